//! `TextIOWrapper`: text over a file's byte stream, decoded and encoded through the
//! project's codecs (`types/codecs/`), lines ended per `newline=` (universal newlines
//! by default). Reads work on the stream's bytes: a line is found by its terminator's
//! encoded bytes and only that line is decoded, so `tell()` is the byte position.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::Class;
use crate::object::value::{BoolWord, Value};
use crate::types::codecs::{self, Encoding};

use super::core::{Core, Source};
use super::{closed_error, size_arg, state_of, unsupported, CLOSED};

/// How lines end (`newline=`): `None` is universal with translation to `\n`, `''`
/// universal without it, the others one terminator each.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Newline {
    Universal,
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    pub(crate) fn parse(s: &str) -> Option<Newline> {
        Some(match s {
            "" => Newline::Untranslated,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => return None,
        })
    }

    /// What a StringIO stores for written text: universal mode turns `\r\n` and `\r`
    /// into `\n`; `\r` and `\r\n` modes write `\n` as themselves.
    pub(crate) fn on_write(self, s: &str) -> String {
        match self {
            Newline::Universal => translate(s),
            _ => self.file_write(s),
        }
    }

    /// What a text file writes for `\n`.
    pub(crate) fn file_write(self, s: &str) -> String {
        match self {
            Newline::Cr => s.replace('\n', "\r"),
            Newline::CrLf => s.replace('\n', "\r\n"),
            _ => s.to_string(),
        }
    }

    /// Where the first line of `text` ends (after its terminator); `None` when no line
    /// ends in it (or a final `\r` may yet be followed by `\n`, unless `eof`).
    pub(crate) fn line_end(self, text: &[char], eof: bool) -> Option<usize> {
        for (i, &c) in text.iter().enumerate() {
            match (self, c) {
                (Newline::Lf, '\n') | (Newline::Cr, '\r') => return Some(i + 1),
                (Newline::CrLf, '\r') if text.get(i + 1) == Some(&'\n') => return Some(i + 2),
                (Newline::Universal | Newline::Untranslated, '\n') => return Some(i + 1),
                (Newline::Universal | Newline::Untranslated, '\r') => {
                    return match text.get(i + 1) {
                        Some('\n') => Some(i + 2),
                        Some(_) => Some(i + 1),
                        None if eof => Some(i + 1),
                        None => None,
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// Universal newlines: `\r\n` and `\r` read as `\n`.
fn translate(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

pub(crate) struct TextFile {
    pub core: Rc<RefCell<Core>>,
    pub buffer: Value,
    /// The encoding in use: a byte-order-mark encoding becomes its marked form once the
    /// mark is read or written.
    encoding: Cell<Encoding>,
    declared: Encoding,
    /// The name `encoding` shows (as given, or `UTF-8`).
    enc_name: String,
    errors: String,
    newline: Newline,
    /// What `open()` was given (a TextIOWrapper made directly has no `mode`).
    mode: Option<String>,
    line_buffering: bool,
}

impl TextFile {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        core: Rc<RefCell<Core>>,
        buffer: Value,
        encoding: Encoding,
        enc_name: String,
        errors: String,
        newline: Newline,
        mode: Option<String>,
        line_buffering: bool,
    ) -> TextFile {
        TextFile {
            core,
            buffer,
            encoding: Cell::new(encoding),
            declared: encoding,
            enc_name,
            errors,
            newline,
            mode,
            line_buffering,
        }
    }
}

pub(super) fn install(interp: &mut Interp, class: &Rc<Class>) {
    super::add_methods(
        interp,
        class,
        "TextIOWrapper",
        &[
            ("__repr__", repr),
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("flush", flush),
            ("close", close),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("detach", detach),
        ],
    );
    crate::stdlib::add_getters(
        interp,
        class,
        &[
            ("name", name),
            ("mode", mode),
            ("closed", closed),
            ("encoding", encoding),
            ("errors", errors),
            ("buffer", buffer),
            ("newlines", newlines),
            ("line_buffering", line_buffering),
            ("write_through", write_through),
        ],
    );
}

fn this_state(this: &Value) -> PyResult<Rc<TextFile>> {
    state_of::<TextFile>(this, "TextIOWrapper")
}

fn open_state(this: &Value) -> PyResult<Rc<TextFile>> {
    let s = this_state(this)?;
    if s.core.borrow().is_closed() {
        return Err(closed_error(CLOSED));
    }
    Ok(s)
}

fn readable_state(interp: &mut Interp, this: &Value) -> PyResult<Rc<TextFile>> {
    let s = open_state(this)?;
    if !s.core.borrow().mode.readable {
        return Err(unsupported(interp, "not readable"));
    }
    Ok(s)
}

/// The byte patterns of `\n` and `\r` in the encoding in use, and its code unit.
fn terminators(enc: Encoding) -> (Vec<u8>, Vec<u8>, usize) {
    let lf = codecs::encode("\n", enc, "strict").unwrap_or_else(|_| b"\n".to_vec());
    let cr = codecs::encode("\r", enc, "strict").unwrap_or_else(|_| b"\r".to_vec());
    let unit = lf.len().max(1);
    (lf, cr, unit)
}

/// Reads (at the start of the file) or writes the byte-order mark of a `utf-16`,
/// `utf-32` or `utf-8-sig` stream, then uses the marked encoding.
fn resolve_bom(interp: &mut Interp, s: &TextFile, core: &mut Core, writing: bool) -> PyResult<()> {
    let enc = s.encoding.get();
    if !matches!(enc, Encoding::Utf16 | Encoding::Utf32 | Encoding::Utf8Sig) {
        return Ok(());
    }
    let at_start = matches!(core.source, Source::File(_)) && core.tell()? == 0;
    let little = |e| match e {
        Encoding::Utf16 => Encoding::Utf16Le,
        Encoding::Utf32 => Encoding::Utf32Le,
        _ => Encoding::Utf8,
    };
    if !at_start {
        s.encoding.set(little(enc));
        return Ok(());
    }
    if writing {
        let bom = codecs::encode("", enc, "strict")?;
        core.write(interp, &bom)?;
        s.encoding.set(little(enc));
        return Ok(());
    }
    while core.pending().len() < 4 && core.fill(interp)? > 0 {}
    let p = core.pending();
    let (used, skip) = match enc {
        Encoding::Utf16 if p.starts_with(b"\xfe\xff") => (Encoding::Utf16Be, 2),
        Encoding::Utf16 if p.starts_with(b"\xff\xfe") => (Encoding::Utf16Le, 2),
        Encoding::Utf32 if p.starts_with(b"\x00\x00\xfe\xff") => (Encoding::Utf32Be, 4),
        Encoding::Utf32 if p.starts_with(b"\xff\xfe\x00\x00") => (Encoding::Utf32Le, 4),
        Encoding::Utf8Sig if p.starts_with(b"\xef\xbb\xbf") => (Encoding::Utf8, 3),
        e => (little(e), 0),
    };
    core.consume(skip);
    s.encoding.set(used);
    Ok(())
}

/// How many leading bytes of `p` are whole characters in `enc`.
fn complete_prefix(enc: Encoding, p: &[u8]) -> usize {
    match enc {
        Encoding::Utf8 | Encoding::Utf8Sig => {
            let mut i = p.len();
            let mut back = 0;
            while i > 0 && back < 4 {
                i -= 1;
                back += 1;
                let b = p[i];
                if b & 0xc0 != 0x80 {
                    let need = match b {
                        0x00..=0x7f => 1,
                        0xc0..=0xdf => 2,
                        0xe0..=0xef => 3,
                        0xf0..=0xf7 => 4,
                        _ => 1,
                    };
                    return if i + need > p.len() { i } else { p.len() };
                }
            }
            p.len()
        }
        Encoding::Utf16 | Encoding::Utf16Le | Encoding::Utf16Be => {
            let n = p.len() - p.len() % 2;
            if n >= 2 {
                let hi = if enc == Encoding::Utf16Be {
                    p[n - 2]
                } else {
                    p[n - 1]
                };
                if (0xd8..=0xdb).contains(&hi) {
                    return n - 2;
                }
            }
            n
        }
        Encoding::Utf32 | Encoding::Utf32Le | Encoding::Utf32Be => p.len() - p.len() % 4,
        _ => p.len(),
    }
}

/// The most bytes a character takes in `enc`.
fn max_char_bytes(enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 | Encoding::Utf8Sig | Encoding::Utf16 | Encoding::Utf16Le => 4,
        Encoding::Utf16Be | Encoding::Utf32 | Encoding::Utf32Le | Encoding::Utf32Be => 4,
        _ => 1,
    }
}

fn decode(s: &TextFile, bytes: &[u8]) -> PyResult<String> {
    let text = codecs::decode(bytes, s.encoding.get(), &s.errors)?;
    Ok(if s.newline == Newline::Universal {
        translate(&text)
    } else {
        text
    })
}

/// `read()`: the rest of the file.
fn read_all(interp: &mut Interp, s: &TextFile) -> PyResult<String> {
    let mut core = s.core.borrow_mut();
    resolve_bom(interp, s, &mut core, false)?;
    let bytes = core.read_all(interp)?;
    drop(core);
    interp.limits.check_alloc(bytes.len())?;
    decode(s, &bytes)
}

/// How many characters `raw` (decoded, not yet translated) reads as.
fn output_len(universal: bool, raw: &str) -> usize {
    let n = raw.chars().count();
    if universal {
        n - raw.matches("\r\n").count()
    } else {
        n
    }
}

/// Where in `raw` the first `n` characters it reads as end (a `\r\n` read as one).
fn split_translated(universal: bool, raw: &str, n: usize) -> usize {
    let mut it = raw.char_indices().peekable();
    for _ in 0..n {
        let Some((_, c)) = it.next() else {
            return raw.len();
        };
        if universal && c == '\r' && it.peek().is_some_and(|&(_, d)| d == '\n') {
            it.next();
        }
    }
    it.peek().map_or(raw.len(), |&(i, _)| i)
}

/// `read(n)`: up to `n` characters. What was decoded beyond them goes back to the
/// stream as the bytes it came from.
fn read_chars(interp: &mut Interp, s: &TextFile, n: usize) -> PyResult<String> {
    let mut core = s.core.borrow_mut();
    resolve_bom(interp, s, &mut core, false)?;
    let enc = s.encoding.get();
    let universal = s.newline == Newline::Universal;
    let mut raw = String::new();
    let mut count = 0;
    // A final `\r` may be the start of `\r\n`: what follows is read first.
    while count < n || (universal && raw.ends_with('\r')) {
        if core.pending().is_empty() && core.fill(interp)? == 0 {
            break;
        }
        let want = n
            .saturating_sub(count)
            .max(1)
            .saturating_mul(max_char_bytes(enc));
        let take = core.pending().len().min(want);
        let mut cut = complete_prefix(enc, &core.pending()[..take]);
        if cut == 0 {
            cut = complete_prefix(enc, core.pending());
        }
        if cut == 0 {
            // A character split across reads: more, or at end of file what is left.
            if core.fill(interp)? == 0 {
                cut = core.pending().len();
            } else {
                continue;
            }
        }
        let bytes = core.pending()[..cut].to_vec();
        core.consume(cut);
        raw.push_str(&codecs::decode(&bytes, enc, &s.errors)?);
        count = output_len(universal, &raw);
        interp.limits.charge(1 + cut as u64 / 4096)?;
    }
    let cut = split_translated(universal, &raw, n);
    let tail = codecs::encode(&raw[cut..], enc, &s.errors)?;
    core.unread(&tail);
    raw.truncate(cut);
    Ok(if universal { translate(&raw) } else { raw })
}

/// The bytes of the next line, its terminator included.
fn line_bytes(interp: &mut Interp, s: &TextFile, core: &mut Core) -> PyResult<Vec<u8>> {
    let (lf, cr, unit) = terminators(s.encoding.get());
    let mut scanned = 0;
    loop {
        let p = core.pending();
        let mut i = scanned;
        let mut end = None;
        let mut need_more = false;
        while i + unit <= p.len() {
            let u = &p[i..i + unit];
            let is_lf = u == &lf[..];
            let is_cr = u == &cr[..];
            let next_lf = p.get(i + unit..i + 2 * unit).map(|n| n == &lf[..]);
            match s.newline {
                Newline::Lf if is_lf => end = Some(i + unit),
                Newline::Cr if is_cr => end = Some(i + unit),
                Newline::CrLf if is_cr => match next_lf {
                    Some(true) => end = Some(i + 2 * unit),
                    None => need_more = true,
                    Some(false) => {}
                },
                Newline::Universal | Newline::Untranslated if is_lf => end = Some(i + unit),
                Newline::Universal | Newline::Untranslated if is_cr => match next_lf {
                    Some(true) => end = Some(i + 2 * unit),
                    Some(false) => end = Some(i + unit),
                    None => need_more = true,
                },
                _ => {}
            }
            if end.is_some() || need_more {
                break;
            }
            i += unit;
        }
        if let Some(end) = end {
            let line = p[..end].to_vec();
            core.consume(end);
            return Ok(line);
        }
        scanned = i;
        interp.limits.charge(1)?;
        if core.fill(interp)? == 0 {
            let p = core.pending();
            let line = p.to_vec();
            core.consume(line.len());
            return Ok(line);
        }
    }
}

fn read_line(interp: &mut Interp, s: &TextFile, limit: Option<usize>) -> PyResult<String> {
    let mut core = s.core.borrow_mut();
    resolve_bom(interp, s, &mut core, false)?;
    let bytes = line_bytes(interp, s, &mut core)?;
    let Some(n) = limit else {
        return decode(s, &bytes);
    };
    let universal = s.newline == Newline::Universal;
    let mut raw = codecs::decode(&bytes, s.encoding.get(), &s.errors)?;
    let cut = split_translated(universal, &raw, n);
    let tail = codecs::encode(&raw[cut..], s.encoding.get(), &s.errors)?;
    core.unread(&tail);
    raw.truncate(cut);
    Ok(if universal { translate(&raw) } else { raw })
}

fn read(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("read", 0, 1)?;
    let n = size_arg(interp, a.first())?;
    let s = readable_state(interp, this)?;
    let text = match n {
        None => read_all(interp, &s)?,
        Some(n) => read_chars(interp, &s, n)?,
    };
    Ok(Value::str(text))
}

fn readline(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("readline", 0, 1)?;
    let n = match a.first() {
        None => None,
        Some(v) => {
            let n = crate::types::numbers::index::ssize_arg(interp, v)?;
            usize::try_from(n).ok()
        }
    };
    let s = readable_state(interp, this)?;
    Ok(Value::str(read_line(interp, &s, n)?))
}

/// `input()`'s read: one line of `sys.stdin` without its newline; `None` at end of input.
pub(crate) fn input_line(interp: &mut Interp, stdin: &Value) -> PyResult<Option<String>> {
    let s = readable_state(interp, stdin)?;
    let mut line = read_line(interp, &s, None)?;
    if line.is_empty() {
        return Ok(None);
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Some(line))
}

fn write(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let s = open_state(this)?;
    let Value::Str(t) = a[0].unwrap_native() else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            a[0].type_name()
        )));
    };
    if !s.core.borrow().mode.writable {
        return Err(unsupported(interp, "not writable"));
    }
    write_text(interp, &s, t.as_str())?;
    Ok(Value::Int(t.char_len() as i64))
}

/// Whether `v` is a text file over the output sink (`sys.stdout` as made).
pub(crate) fn write_to_stdout(v: &Value) -> bool {
    state_of::<TextFile>(v, "TextIOWrapper")
        .is_ok_and(|s| matches!(s.core.borrow().source, Source::Stdout))
}

/// Writes text (sys.stdout's text goes to the output sink as it is).
pub(crate) fn write_text(interp: &mut Interp, s: &TextFile, text: &str) -> PyResult<()> {
    let mut core = s.core.borrow_mut();
    if matches!(core.source, Source::Stdout) {
        drop(core);
        return interp.write(text);
    }
    resolve_bom(interp, s, &mut core, true)?;
    let text = s.newline.file_write(text);
    let bytes = codecs::encode(&text, s.encoding.get(), &s.errors)?;
    core.write(interp, &bytes)?;
    if s.line_buffering && text.contains(['\n', '\r']) {
        core.flush(interp)?;
    }
    Ok(())
}

fn seek(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let a = args.range("seek", 1, 2)?;
    let off = crate::types::numbers::index::index_i64(interp, &a[0])?;
    let whence = super::whence_arg(interp, a.get(1), false)?;
    let s = open_state(this)?;
    if !s.core.borrow().seekable() {
        return Err(unsupported(interp, "underlying stream is not seekable"));
    }
    if whence == 1 && off != 0 {
        return Err(unsupported(interp, "can't do nonzero cur-relative seeks"));
    }
    if whence == 2 && off != 0 {
        return Err(unsupported(interp, "can't do nonzero end-relative seeks"));
    }
    if whence == 0 && off < 0 {
        return Err(PyErr::value_error(format!("negative seek position {off}")));
    }
    let mut core = s.core.borrow_mut();
    let pos = if whence == 1 {
        core.tell()?
    } else {
        core.seek(interp, off, whence)?
    };
    if pos == 0 {
        s.encoding.set(s.declared);
    }
    Ok(Value::Int(pos as i64))
}

fn tell(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("tell", 0, 0)?;
    let s = open_state(this)?;
    if !s.core.borrow().seekable() {
        return Err(unsupported(interp, "underlying stream is not seekable"));
    }
    let pos = s.core.borrow_mut().tell()?;
    Ok(Value::Int(pos as i64))
}

fn truncate(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let size = super::truncate_size(interp, args, super::file_offset)?;
    let s = open_state(this)?;
    if !s.core.borrow().mode.writable {
        return Err(unsupported(interp, "truncate"));
    }
    super::file::truncate_core(interp, &s.core, size)
}

fn flush(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("flush", 0, 0)?;
    let s = open_state(this)?;
    s.core.borrow_mut().flush(interp)?;
    Ok(Value::None)
}

fn close(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("close", 0, 0)?;
    let s = this_state(this)?;
    s.core.borrow_mut().close(interp)?;
    Ok(Value::None)
}

/// The methods the text layer passes to its buffer: on a closed file they raise the
/// buffer's message (no final dot).
fn delegated(this: &Value) -> PyResult<Rc<TextFile>> {
    let s = this_state(this)?;
    if s.core.borrow().is_closed() {
        return Err(closed_error("I/O operation on closed file"));
    }
    Ok(s)
}

fn fileno(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("fileno", 0, 0)?;
    let s = delegated(this)?;
    let n = s.core.borrow().fileno();
    n.map(Value::Int)
        .ok_or_else(|| unsupported(interp, "fileno"))
}

fn isatty(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("isatty", 0, 0)?;
    let s = delegated(this)?;
    let t = s.core.borrow().isatty(interp);
    Ok(Value::from_bool(t))
}

fn readable(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("readable", 0, 0)?;
    let s = delegated(this)?;
    let r = s.core.borrow().mode.readable;
    Ok(Value::from_bool(r))
}

fn writable(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("writable", 0, 0)?;
    let s = this_state(this)?;
    let core = s.core.borrow();
    if core.is_closed() {
        // A reader's buffer has no `writable` of its own: IOBase's answers False.
        if !core.mode.writable {
            return Ok(Value::Bool(BoolWord::FALSE));
        }
        return Err(closed_error("I/O operation on closed file"));
    }
    Ok(Value::from_bool(core.mode.writable))
}

fn seekable(_: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    args.range("seekable", 0, 0)?;
    let s = delegated(this)?;
    let r = s.core.borrow().seekable();
    Ok(Value::from_bool(r))
}

fn detach(interp: &mut Interp, _: &Value, _: Args) -> PyResult<Value> {
    Err(unsupported(interp, "detach"))
}

fn getter_state(args: &Args, name: &str) -> PyResult<Rc<TextFile>> {
    let a = args.range(name, 1, 1)?;
    this_state(&a[0])
}

fn name(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(getter_state(&args, "name")?.core.borrow().name.clone())
}

fn mode(_: &mut Interp, args: Args) -> PyResult<Value> {
    match &getter_state(&args, "mode")?.mode {
        Some(m) => Ok(Value::str(m.as_str())),
        None => Err(PyErr::new(
            crate::error::ExcKind::AttributeError,
            "'_io.TextIOWrapper' object has no attribute 'mode'",
        )),
    }
}

fn closed(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(
        getter_state(&args, "closed")?.core.borrow().is_closed(),
    ))
}

fn encoding(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::str(
        getter_state(&args, "encoding")?.enc_name.as_str(),
    ))
}

fn errors(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::str(getter_state(&args, "errors")?.errors.as_str()))
}

fn buffer(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(getter_state(&args, "buffer")?.buffer.clone())
}

fn newlines(_: &mut Interp, args: Args) -> PyResult<Value> {
    getter_state(&args, "newlines")?;
    Ok(Value::None)
}

fn line_buffering(_: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(
        getter_state(&args, "line_buffering")?.line_buffering,
    ))
}

fn write_through(_: &mut Interp, args: Args) -> PyResult<Value> {
    getter_state(&args, "write_through")?;
    Ok(Value::Bool(BoolWord::FALSE))
}

fn repr(interp: &mut Interp, this: &Value, _: Args) -> PyResult<Value> {
    let s = this_state(this)?;
    let name = s.core.borrow().name.clone();
    let name = interp.repr(&name)?;
    let cls = this.type_name().to_string();
    let cls = if cls == "TextIOWrapper" {
        "_io.TextIOWrapper".to_string()
    } else {
        cls
    };
    let mode = s
        .mode
        .as_ref()
        .map_or(String::new(), |m| format!(" mode='{m}'"));
    Ok(Value::str(format!(
        "<{cls} name={name}{mode} encoding='{}'>",
        s.enc_name
    )))
}
