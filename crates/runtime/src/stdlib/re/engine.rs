//! The backtracking matcher over a program from [`super::compile`]. The text is a slice
//! of code points (`u8` for bytes and ASCII str, `char` otherwise); positions are
//! indices into it. Backtracking uses an explicit stack (never Rust recursion per
//! character); only atomic groups and lookarounds recurse, as deep as the pattern nests.
//! Work is charged to the interpreter's step limit as it is done.

use super::chars::{fold_eq, is_word, lower};
use super::compile::{Inst, Prog, Single, SubKind};
use super::node::{At, RepeatKind};
use crate::error::PyResult;
use crate::object::limits::Limits;

pub(crate) const UNSET: usize = usize::MAX;
/// Steps counted locally before they are charged to the limits.
const CHUNK: u32 = 2048;

/// A code point of a text: `u8` or `char`.
pub(crate) trait Unit: Copy {
    fn code(self) -> u32;
}

impl Unit for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Unit for char {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

enum Bt {
    /// Resume at `pc` with the position `pos`.
    Jump(usize, usize),
    /// Restore a memory cell.
    Undo(usize, usize),
    /// A greedy single-character repeat that may give back characters: its
    /// continuation, start and how many it holds.
    Greedy {
        pc: usize,
        start: usize,
        count: usize,
        min: usize,
    },
    /// A lazy one that may take more: its own instruction, position and count.
    Lazy { pc: usize, pos: usize, count: usize },
}

/// The matcher's buffers, kept between searches so a search allocates nothing.
#[derive(Default)]
pub(crate) struct Scratch {
    mem: Vec<usize>,
    stack: Vec<Bt>,
}

pub(crate) struct Matcher<'a, T: Unit> {
    prog: &'a Prog,
    text: &'a [T],
    /// The end of the text the match may see (`endpos`).
    end: usize,
    pub mem: Vec<usize>,
    stack: Vec<Bt>,
    countdown: u32,
    limits: &'a mut Limits,
    /// The start of the current attempt, and whether a match there must not be empty.
    attempt: usize,
    must_advance: bool,
    match_all: bool,
}

impl<'a, T: Unit> Matcher<'a, T> {
    pub(crate) fn new(
        prog: &'a Prog,
        text: &'a [T],
        end: usize,
        limits: &'a mut Limits,
        scratch: Scratch,
    ) -> Self {
        let Scratch { mut mem, mut stack } = scratch;
        mem.clear();
        mem.resize(prog.nmem, UNSET);
        stack.clear();
        Matcher {
            prog,
            text,
            end: end.min(text.len()),
            mem,
            stack,
            countdown: CHUNK,
            limits,
            attempt: 0,
            must_advance: false,
            match_all: false,
        }
    }

    /// The capture slots of the match found (slots 0 and 1 are the whole match), and
    /// the buffers back.
    pub(crate) fn finish(self) -> (Vec<usize>, Scratch) {
        let slots = self.mem[..self.prog.nslots].to_vec();
        let mut stack = self.stack;
        // A huge stack left by a catastrophic search is not kept.
        if stack.capacity() > 1 << 16 {
            stack = Vec::new();
        }
        (
            slots,
            Scratch {
                mem: self.mem,
                stack,
            },
        )
    }

    /// The last group closed (slots 0 and 1 are the whole match).
    pub(crate) fn lastindex(&self) -> Option<usize> {
        let l = self.mem[self.prog.nslots];
        (l != UNSET).then_some(l)
    }

    /// Matches at `pos` only (`match`, or `fullmatch` with `all`).
    pub(crate) fn match_at(&mut self, pos: usize, all: bool, must_advance: bool) -> PyResult<bool> {
        self.match_all = all;
        let r = self.attempt(pos, must_advance);
        self.settle(r)
    }

    /// The first match starting at or after `pos`.
    pub(crate) fn search(&mut self, pos: usize, must_advance: bool) -> PyResult<bool> {
        let r = self.search_from(pos, must_advance);
        self.settle(r)
    }

    /// Charges the steps of a finished run not charged yet (at least one).
    fn settle(&mut self, r: PyResult<bool>) -> PyResult<bool> {
        let used = CHUNK - self.countdown;
        self.countdown = CHUNK;
        let found = r?;
        self.limits.charge(u64::from(used) + 1)?;
        Ok(found)
    }

    fn search_from(&mut self, pos: usize, must_advance: bool) -> PyResult<bool> {
        self.match_all = false;
        if pos > self.end {
            return Ok(false);
        }
        if self.prog.anchored {
            return self.attempt(pos, must_advance);
        }
        let mut start = pos;
        let mut advance = must_advance;
        loop {
            if let Some(p) = self.prog.prefix {
                match self.text[start..self.end]
                    .iter()
                    .position(|c| c.code() == p)
                {
                    Some(k) => {
                        if k > 0 {
                            advance = false;
                        }
                        self.charge(k / 16 + 1)?;
                        start += k;
                    }
                    None => return Ok(false),
                }
            }
            if self.attempt(start, advance)? {
                return Ok(true);
            }
            advance = false;
            start += 1;
            if start > self.end {
                return Ok(false);
            }
        }
    }

    fn attempt(&mut self, pos: usize, must_advance: bool) -> PyResult<bool> {
        self.mem.iter_mut().for_each(|m| *m = UNSET);
        self.stack.clear();
        self.attempt = pos;
        self.must_advance = must_advance;
        match self.run(0, pos)? {
            Some(e) => {
                self.mem[0] = pos;
                self.mem[1] = e;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    #[inline]
    fn charge(&mut self, n: usize) -> PyResult<()> {
        let n = n.min(u32::MAX as usize) as u32;
        if n < self.countdown {
            self.countdown -= n;
            return Ok(());
        }
        self.countdown = CHUNK;
        self.limits.charge(u64::from(CHUNK) + u64::from(n))
    }

    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self.text[i].code()
    }

    #[inline]
    fn single(&self, s: &Single, c: u32) -> bool {
        match *s {
            Single::Char(x) => c == x,
            Single::CharFold(x, u) => fold_eq(c, x, u),
            Single::NotChar(x) => c != x,
            Single::NotCharFold(x, u) => !fold_eq(c, x, u),
            Single::Any => c != '\n' as u32,
            Single::AnyAll => true,
            Single::Set(i) => self.prog.sets[i as usize].matches(c),
        }
    }

    fn set(&mut self, i: usize, v: usize) {
        self.stack.push(Bt::Undo(i, self.mem[i]));
        self.mem[i] = v;
    }

    fn word_at(&self, i: usize, unicode: bool) -> bool {
        i < self.end && is_word(self.at(i), unicode)
    }

    fn at_ok(&self, a: At, unicode: bool, pos: usize) -> bool {
        let end = self.end;
        match a {
            At::Beginning | At::BeginningString => pos == 0,
            At::BeginningLine => pos == 0 || self.at(pos - 1) == '\n' as u32,
            At::End => pos == end || (pos + 1 == end && self.at(pos) == '\n' as u32),
            At::EndLine => pos == end || self.at(pos) == '\n' as u32,
            At::EndString => pos == end,
            At::Boundary | At::NonBoundary => {
                let before = pos > 0 && self.word_at(pos - 1, unicode);
                let after = self.word_at(pos, unicode);
                // Neither matches in an empty string.
                end > 0 && (a == At::Boundary) == (before != after)
            }
        }
    }

    /// Drops the backtrack entries above `base`, keeping their undo records.
    fn commit(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if matches!(self.stack[r], Bt::Undo(..)) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undoes everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            if let Some(Bt::Undo(i, v)) = self.stack.pop() {
                self.mem[i] = v;
            }
        }
    }

    /// Runs from `pc` at `pos` until `Match` or `SubEnd`: the end position, or None.
    fn run(&mut self, mut pc: usize, mut pos: usize) -> PyResult<Option<usize>> {
        let base = self.stack.len();
        let prog = self.prog;
        loop {
            if self.countdown == 0 {
                self.charge(1)?;
            }
            self.countdown -= 1;
            let ok = match &prog.insts[pc] {
                Inst::Match => {
                    if (self.must_advance && pos == self.attempt)
                        || (self.match_all && pos != self.end)
                    {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
                Inst::SubEnd => return Ok(Some(pos)),
                Inst::One(s) => {
                    if pos < self.end && self.single(s, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Str(s) => {
                    let n = s.len();
                    if pos + n <= self.end
                        && s.iter().enumerate().all(|(k, &c)| self.at(pos + k) == c)
                    {
                        pos += n;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a, u) => {
                    pc += 1;
                    self.at_ok(*a, *u, pos)
                }
                Inst::Guarded { guard, alt } => {
                    let skip = pos >= self.end || {
                        let c = self.at(pos);
                        c < 128 && !prog.sets[*guard as usize].ascii[c as usize]
                    };
                    if skip {
                        pc = *alt;
                    } else {
                        self.stack.push(Bt::Jump(*alt, pos));
                        pc += 1;
                    }
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Jump(*b, pos));
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Open(g) => {
                    self.set(2 * g, pos);
                    pc += 1;
                    true
                }
                Inst::Close(g) => {
                    self.set(2 * g + 1, pos);
                    let li = prog.nslots;
                    self.set(li, *g);
                    pc += 1;
                    true
                }
                Inst::Ref(g, mode) => {
                    let (s, e) = (self.mem[2 * g], self.mem[2 * g + 1]);
                    if s == UNSET || e == UNSET || e < s {
                        false
                    } else {
                        let n = e - s;
                        self.charge(n)?;
                        let ok = pos + n <= self.end
                            && (0..n).all(|k| {
                                let (a, b) = (self.at(s + k), self.at(pos + k));
                                a == b
                                    || (mode.fold
                                        && fold_eq(b, lower(a, mode.unicode), mode.unicode))
                            });
                        if ok {
                            pos += n;
                            pc += 1;
                        }
                        ok
                    }
                }
                Inst::RefExists(g, no) => {
                    let set = self.mem[2 * g] != UNSET && self.mem[2 * g + 1] != UNSET;
                    pc = if set { pc + 1 } else { *no };
                    true
                }
                Inst::Repeat { s, min, max, kind } => {
                    let (min, max) = (*min, *max);
                    match kind {
                        RepeatKind::Lazy => {
                            let mut count = 0;
                            while count < min && pos < self.end && self.single(s, self.at(pos)) {
                                pos += 1;
                                count += 1;
                            }
                            self.charge(count)?;
                            if count < min {
                                false
                            } else {
                                if count < max {
                                    self.stack.push(Bt::Lazy { pc, pos, count });
                                }
                                pc += 1;
                                true
                            }
                        }
                        _ => {
                            let limit = self.end.min(pos.saturating_add(max));
                            let mut p = pos;
                            while p < limit && self.single(s, self.at(p)) {
                                p += 1;
                            }
                            let count = p - pos;
                            self.charge(count)?;
                            if count < min {
                                false
                            } else {
                                if count > min && *kind == RepeatKind::Greedy {
                                    self.stack.push(Bt::Greedy {
                                        pc: pc + 1,
                                        start: pos,
                                        count,
                                        min,
                                    });
                                }
                                pos = p;
                                pc += 1;
                                true
                            }
                        }
                    }
                }
                Inst::CountInit(r) => {
                    self.set(*r, 0);
                    self.set(r + 1, UNSET);
                    pc += 1;
                    true
                }
                Inst::CountLoop {
                    r,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let c = self.mem[*r];
                    if c > 0 && c >= *min && pos == self.mem[r + 1] {
                        // An empty iteration ends the loop.
                        pc = *exit;
                    } else if c < *min {
                        pc += 1;
                    } else if c >= *max {
                        pc = *exit;
                    } else if *greedy {
                        self.stack.push(Bt::Jump(*exit, pos));
                        pc += 1;
                    } else {
                        self.stack.push(Bt::Jump(pc + 1, pos));
                        pc = *exit;
                    }
                    true
                }
                Inst::CountInc(r) => {
                    let c = self.mem[*r];
                    self.set(*r, c + 1);
                    self.set(r + 1, pos);
                    pc += 1;
                    true
                }
                Inst::Sub { kind, end } => {
                    let sub_base = self.stack.len();
                    let (must, all) = (self.must_advance, self.match_all);
                    let from = match *kind {
                        SubKind::Behind(_, w) => pos.checked_sub(w),
                        _ => Some(pos),
                    };
                    let found = match from {
                        Some(f) => self.run(pc + 1, f)?,
                        None => None,
                    };
                    self.must_advance = must;
                    self.match_all = all;
                    match (*kind, found) {
                        (SubKind::Atomic, Some(p)) => {
                            self.commit(sub_base);
                            pos = p;
                            pc = *end;
                            true
                        }
                        (SubKind::Ahead(false) | SubKind::Behind(false, _), Some(_)) => {
                            self.commit(sub_base);
                            pc = *end;
                            true
                        }
                        (SubKind::Ahead(true) | SubKind::Behind(true, _), Some(_)) => {
                            self.unwind(sub_base);
                            false
                        }
                        (SubKind::Ahead(true) | SubKind::Behind(true, _), None) => {
                            pc = *end;
                            true
                        }
                        (_, None) => false,
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                if self.stack.len() <= base {
                    return Ok(None);
                }
                let Some(top) = self.stack.pop() else {
                    return Ok(None);
                };
                match top {
                    Bt::Undo(i, v) => self.mem[i] = v,
                    Bt::Jump(p, q) => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::Greedy {
                        pc: next,
                        start,
                        count,
                        min,
                    } => {
                        let mut count = count - 1;
                        // Give back until the next literal could match.
                        if let Inst::One(Single::Char(c)) = prog.insts[next] {
                            while count > min
                                && (start + count >= self.end || self.at(start + count) != c)
                            {
                                count -= 1;
                            }
                            if start + count >= self.end || self.at(start + count) != c {
                                continue;
                            }
                        }
                        if count > min {
                            self.stack.push(Bt::Greedy {
                                pc: next,
                                start,
                                count,
                                min,
                            });
                        }
                        pc = next;
                        pos = start + count;
                        break;
                    }
                    Bt::Lazy {
                        pc: at,
                        pos: p,
                        count,
                    } => {
                        let Inst::Repeat { s, max, .. } = &prog.insts[at] else {
                            continue;
                        };
                        if p < self.end && self.single(s, self.at(p)) {
                            if count + 1 < *max {
                                self.stack.push(Bt::Lazy {
                                    pc: at,
                                    pos: p + 1,
                                    count: count + 1,
                                });
                            }
                            pc = at + 1;
                            pos = p + 1;
                            break;
                        }
                    }
                }
            }
        }
    }
}
