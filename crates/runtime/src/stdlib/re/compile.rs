//! The compiler: a parsed tree to a program for the backtracking matcher
//! ([`super::engine`]). Single-character items under a quantifier become one
//! `Repeat` instruction (no backtrack entry per character, as `_sre`'s REPEAT_ONE);
//! other repeats count their iterations in registers.

use super::chars::{case_fixes, fold_eq, lower, set_matches, upper};
use super::node::{At, Item, Mode, Node, RepeatKind};
use super::parse::MAXREPEAT;

/// One character test.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Single {
    Char(u32),
    /// The lowercase of a cased literal, matched under folding (`unicode` folding rules).
    CharFold(u32, bool),
    NotChar(u32),
    NotCharFold(u32, bool),
    Any,
    AnyAll,
    Set(u32),
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum SubKind {
    Atomic,
    Ahead(bool),
    /// Negated?, width.
    Behind(bool, usize),
}

#[derive(Clone, Debug)]
pub(crate) enum Inst {
    Match,
    SubEnd,
    One(Single),
    Str(Box<[u32]>),
    At(At, bool),
    Split(usize, usize),
    /// An alternative that starts only with the ASCII characters of `sets[guard]` (or
    /// any non-ASCII one): elsewhere it is skipped for `alt` without a backtrack entry.
    Guarded {
        guard: u32,
        alt: usize,
    },
    Jmp(usize),
    Open(usize),
    Close(usize),
    Ref(usize, Mode),
    RefExists(usize, usize),
    Repeat {
        s: Single,
        min: usize,
        max: usize,
        kind: RepeatKind,
    },
    CountInit(usize),
    CountLoop {
        r: usize,
        min: usize,
        max: usize,
        greedy: bool,
        exit: usize,
    },
    CountInc(usize),
    Sub {
        kind: SubKind,
        end: usize,
    },
}

/// A character set: its items, and whether each ASCII character is in it.
pub(crate) struct Set {
    pub negate: bool,
    pub items: Vec<Item>,
    pub mode: Mode,
    pub ascii: [bool; 128],
}

impl Set {
    #[inline]
    pub(crate) fn matches(&self, c: u32) -> bool {
        if c < 128 {
            return self.ascii[c as usize];
        }
        set_matches(self.negate, &self.items, self.mode, c)
    }
}

pub(crate) struct Prog {
    pub insts: Vec<Inst>,
    pub sets: Vec<Set>,
    /// Capture slots (two per group, group 0 included).
    pub nslots: usize,
    /// Slots plus the last-index register plus two registers per counted loop.
    pub nmem: usize,
    /// A literal every match starts with, for skipping ahead in a search.
    pub prefix: Option<u32>,
    /// Whether every match starts at the string's beginning (`\A...`).
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<Set>,
    nmem: usize,
}

pub(crate) fn compile(node: &Node, groups: usize) -> Prog {
    let nslots = 2 * (groups + 1);
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        nmem: nslots + 1,
    };
    c.emit(node);
    c.insts.push(Inst::Match);
    let (prefix, anchored) = match c.insts.first() {
        Some(Inst::One(Single::Char(ch))) => (Some(*ch), false),
        Some(Inst::Str(s)) => (s.first().copied(), false),
        Some(Inst::At(At::BeginningString, _)) | Some(Inst::At(At::Beginning, _)) => (None, true),
        _ => (None, false),
    };
    Prog {
        insts: c.insts,
        sets: c.sets,
        nslots,
        nmem: c.nmem,
        prefix,
        anchored,
    }
}

fn cased(c: u32, unicode: bool) -> bool {
    lower(c, unicode) != c
        || upper(c, unicode) != c
        || (unicode && !case_fixes(lower(c, unicode)).is_empty())
}

impl Compiler {
    fn single(&mut self, n: &Node) -> Option<Single> {
        Some(match n {
            Node::Lit(c, m) if m.fold && cased(*c, m.unicode) => {
                Single::CharFold(lower(*c, m.unicode), m.unicode)
            }
            Node::Lit(c, _) => Single::Char(*c),
            Node::NotLit(c, m) if m.fold && cased(*c, m.unicode) => {
                Single::NotCharFold(lower(*c, m.unicode), m.unicode)
            }
            Node::NotLit(c, _) => Single::NotChar(*c),
            Node::Any(true) => Single::AnyAll,
            Node::Any(false) => Single::Any,
            Node::In(negate, items, mode) => {
                let mut ascii = [false; 128];
                for (i, a) in ascii.iter_mut().enumerate() {
                    *a = set_matches(*negate, items, *mode, i as u32);
                }
                self.sets.push(Set {
                    negate: *negate,
                    items: items.clone(),
                    mode: *mode,
                    ascii,
                });
                Single::Set((self.sets.len() - 1) as u32)
            }
            _ => return None,
        })
    }

    fn here(&self) -> usize {
        self.insts.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.insts[at] {
            Inst::Split(_, b) => *b = target,
            Inst::Guarded { alt, .. } => *alt = target,
            Inst::Jmp(t) => *t = target,
            Inst::RefExists(_, no) => *no = target,
            Inst::CountLoop { exit, .. } => *exit = target,
            Inst::Sub { end, .. } => *end = target,
            _ => {}
        }
    }

    fn emit(&mut self, n: &Node) {
        match n {
            Node::Seq(v) => {
                let mut i = 0;
                while i < v.len() {
                    // A run of plain literals is one string test.
                    let mut run = Vec::new();
                    while let Some(Node::Lit(c, m)) = v.get(i) {
                        if m.fold && cased(*c, m.unicode) {
                            break;
                        }
                        run.push(*c);
                        i += 1;
                    }
                    match run.len() {
                        0 => {
                            self.emit(&v[i]);
                            i += 1;
                        }
                        1 => self.insts.push(Inst::One(Single::Char(run[0]))),
                        _ => self.insts.push(Inst::Str(run.into())),
                    }
                }
            }
            Node::Branch(v) => {
                let mut jumps = Vec::new();
                for (k, alt) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.here();
                        match first(alt) {
                            Some(ascii) => {
                                self.sets.push(Set {
                                    negate: false,
                                    items: Vec::new(),
                                    mode: Mode {
                                        fold: false,
                                        unicode: true,
                                    },
                                    ascii,
                                });
                                let guard = (self.sets.len() - 1) as u32;
                                self.insts.push(Inst::Guarded { guard, alt: 0 });
                            }
                            None => self.insts.push(Inst::Split(split + 1, 0)),
                        }
                        self.emit(alt);
                        jumps.push(self.here());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.here();
                        self.patch(split, next);
                    } else {
                        self.emit(alt);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Group(g, n) => {
                self.insts.push(Inst::Open(*g));
                self.emit(n);
                self.insts.push(Inst::Close(*g));
            }
            Node::Repeat(min, max, kind, n) => self.repeat(*min, *max, *kind, n),
            Node::Atomic(n) => self.sub(SubKind::Atomic, n),
            Node::Assert {
                behind,
                neg,
                width,
                node,
            } => {
                let kind = if *behind {
                    SubKind::Behind(*neg, *width)
                } else {
                    SubKind::Ahead(*neg)
                };
                self.sub(kind, node);
            }
            Node::At(a, u) => self.insts.push(Inst::At(*a, *u)),
            Node::GroupRef(g, m) => self.insts.push(Inst::Ref(*g, *m)),
            Node::GroupRefExists(g, yes, no) => {
                let test = self.here();
                self.insts.push(Inst::RefExists(*g, 0));
                self.emit(yes);
                let jump = self.here();
                self.insts.push(Inst::Jmp(0));
                let other = self.here();
                self.patch(test, other);
                self.emit(no);
                let end = self.here();
                self.patch(jump, end);
            }
            leaf => {
                if let Some(s) = self.single(leaf) {
                    self.insts.push(Inst::One(s));
                }
            }
        }
    }

    fn sub(&mut self, kind: SubKind, n: &Node) {
        let at = self.here();
        self.insts.push(Inst::Sub { kind, end: 0 });
        self.emit(n);
        self.insts.push(Inst::SubEnd);
        let end = self.here();
        self.patch(at, end);
    }

    fn repeat(&mut self, min: u64, max: u64, kind: RepeatKind, n: &Node) {
        let cap = |x: u64| {
            if x >= MAXREPEAT {
                usize::MAX
            } else {
                x as usize
            }
        };
        let (min, max) = (cap(min), cap(max));
        let mut n = n;
        while let Node::Seq(v) = n {
            match v.as_slice() {
                [one] => n = one,
                _ => break,
            }
        }
        if let Some(s) = self.single(n) {
            self.insts.push(Inst::Repeat { s, min, max, kind });
            return;
        }
        if kind == RepeatKind::Possessive {
            let at = self.here();
            self.insts.push(Inst::Sub {
                kind: SubKind::Atomic,
                end: 0,
            });
            self.counted(min, max, true, n);
            self.insts.push(Inst::SubEnd);
            let end = self.here();
            self.patch(at, end);
            return;
        }
        self.counted(min, max, kind == RepeatKind::Greedy, n);
    }

    fn counted(&mut self, min: usize, max: usize, greedy: bool, n: &Node) {
        let r = self.nmem;
        self.nmem += 2;
        self.insts.push(Inst::CountInit(r));
        let head = self.here();
        self.insts.push(Inst::CountLoop {
            r,
            min,
            max,
            greedy,
            exit: 0,
        });
        self.insts.push(Inst::CountInc(r));
        self.emit(n);
        self.insts.push(Inst::Jmp(head));
        let exit = self.here();
        self.patch(head, exit);
    }
}

/// The ASCII characters a match of `n` can start with, when `n` cannot match empty and
/// starts with a character test; None when unknown. (A non-ASCII start is always let
/// through by the guard.)
fn first(n: &Node) -> Option<[bool; 128]> {
    let mut out = [false; 128];
    match n {
        Node::Lit(c, m) => {
            if *c < 128 {
                out[*c as usize] = true;
            }
            if m.fold {
                let lo = lower(*c, m.unicode);
                for (x, o) in out.iter_mut().enumerate() {
                    *o |= fold_eq(x as u32, lo, m.unicode);
                }
            }
            Some(out)
        }
        Node::In(negate, items, mode) => {
            for (x, o) in out.iter_mut().enumerate() {
                *o = set_matches(*negate, items, *mode, x as u32);
            }
            Some(out)
        }
        Node::Seq(v) => first(v.first()?),
        Node::Group(_, n) | Node::Atomic(n) => first(n),
        Node::Repeat(min, _, _, n) if *min >= 1 => first(n),
        Node::Branch(v) => {
            for alt in v {
                let f = first(alt)?;
                for (o, x) in out.iter_mut().zip(f) {
                    *o |= x;
                }
            }
            Some(out)
        }
        _ => None,
    }
}
