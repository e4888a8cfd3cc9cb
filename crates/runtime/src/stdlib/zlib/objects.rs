//! `zlib.Compress` and `zlib.Decompress`. A stream's zlib state lives in the module's
//! [`State`], keyed by its object (which holds only a weak link to it there): freed when
//! flushed to the end, or swept once its object is gone.
//!
//! `copy()` replays: flate2 offers no `deflateCopy`/`inflateCopy`, so a stream logs the
//! calls made on it (up to [`LOG_LIMIT`] bytes of data) and a copy is a new stream that
//! has been given the same calls. Past the limit the log is dropped and `copy()` fails
//! with CPython's out-of-memory error (see docs/differences.md).

use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::engine::{self, Deflater, Inflater, OutBuf, ZStatus, Z_STREAM_ERROR};
use super::{int_arg, ssize, status_error, unpack, zlib_error, DEF_BUF_SIZE};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::alloc::alloc;
use crate::object::args::Args;
use crate::object::class::{Class, Instance};
use crate::object::value::Value;
use crate::types::memoryview::{exports_buffer, readable};
use crate::types::sequence::{clone_bytes, extend_bytes};

/// The most data a stream logs for `copy()`.
const LOG_LIMIT: usize = 1 << 20;

/// What the module keeps per interpreter (in [`crate::stdlib::ModuleState`]).
#[derive(Default)]
pub(crate) struct State {
    /// `zlib.error` as the module made it.
    pub(super) error: Option<Rc<Class>>,
    streams: HashMap<usize, Entry>,
    /// Streams whose objects are gone are swept when the table reaches this size.
    sweep_at: usize,
}

struct Entry {
    owner: Weak<Instance>,
    stream: Stream,
}

enum Stream {
    Comp(CompObj),
    Decomp(DecompObj),
}

/// The calls a stream was given, to replay for `copy()`.
struct Log {
    ops: Vec<Op>,
    bytes: usize,
}

/// A call and the input it consumed (inflate's state depends on nothing else: the part
/// left in `unconsumed_tail` need not be kept).
#[derive(Clone)]
enum Op {
    /// `compress(data)` or `decompress(data, max_length)`.
    Data(Vec<u8>, i64),
    /// `flush(mode)` or `flush(length)` (consuming from the tail).
    Flush(Vec<u8>, i64),
}

impl Log {
    fn new() -> Option<Log> {
        Some(Log {
            ops: Vec::new(),
            bytes: 0,
        })
    }

    fn copy(&self) -> Option<Log> {
        Some(Log {
            ops: self.ops.clone(),
            bytes: self.bytes,
        })
    }
}

/// Logs a call; a log that grows past [`LOG_LIMIT`] is dropped.
fn record(
    interp: &mut Interp,
    log: &mut Option<Log>,
    op: fn(Vec<u8>, i64) -> Op,
    data: &[u8],
    n: i64,
) -> PyResult<()> {
    let Some(l) = log else { return Ok(()) };
    if l.bytes + data.len() > LOG_LIMIT {
        *log = None;
        return Ok(());
    }
    l.bytes += data.len();
    l.ops.push(op(clone_bytes(interp, data)?, n));
    Ok(())
}

struct CompObj {
    /// None once flushed with Z_FINISH (CPython's deflateEnd).
    d: Option<Deflater>,
    level: i32,
    wbits: i32,
    zdict: Option<Vec<u8>>,
    log: Option<Log>,
    /// Counted memory standing for zlib's state (allocated outside the counted heap).
    _reserve: Vec<u8>,
}

enum Phase {
    Active(Inflater),
    /// Flushed at the end of the stream (CPython's inflateEnd).
    Ended,
}

struct DecompObj {
    phase: Phase,
    eof: bool,
    unused_data: Value,
    unconsumed_tail: Value,
    zdict: Option<Value>,
    wbits: i32,
    log: Option<Log>,
    _reserve: Vec<u8>,
}

fn state(interp: &mut Interp) -> &mut State {
    &mut interp.modules.state.zlib
}

/// Registers the two types' methods and the Decompress attributes.
pub(super) fn register(interp: &mut Interp) {
    interp.add_methods(
        "Compress",
        &[
            ("compress", comp_compress),
            ("flush", comp_flush),
            ("copy", comp_copy),
            ("__copy__", comp_copy_dunder),
            ("__deepcopy__", comp_deepcopy),
        ],
    );
    interp.add_methods(
        "Decompress",
        &[
            ("decompress", decomp_decompress),
            ("flush", decomp_flush),
            ("copy", decomp_copy),
            ("__copy__", decomp_copy_dunder),
            ("__deepcopy__", decomp_deepcopy),
        ],
    );
    interp.add_constructor("Compress", |_, _| {
        Err(PyErr::type_error("cannot create 'zlib.Compress' instances"))
    });
    interp.add_constructor("Decompress", |_, _| {
        Err(PyErr::type_error(
            "cannot create 'zlib.Decompress' instances",
        ))
    });
    interp.module_type("Compress", "zlib");
    interp.module_type("Decompress", "zlib");
    let class = interp.builtin_class("Decompress");
    let getters: [(&'static str, crate::object::function::FuncImpl); 3] = [
        ("unused_data", |i, a| {
            decomp_attr(i, a, |d| d.unused_data.clone())
        }),
        ("unconsumed_tail", |i, a| {
            decomp_attr(i, a, |d| d.unconsumed_tail.clone())
        }),
        ("eof", |i, a| decomp_attr(i, a, |d| Value::from_bool(d.eof))),
    ];
    crate::stdlib::add_getters(interp, &class, &getters);
}

/// A new object of `type_name` for `stream`.
fn new_object(interp: &mut Interp, type_name: &'static str, stream: Stream) -> Value {
    let class = interp.builtin_class(type_name);
    let inst = alloc(Instance::new(class));
    let st = state(interp);
    if st.streams.len() >= st.sweep_at {
        st.streams.retain(|_, e| e.owner.strong_count() > 0);
        st.sweep_at = (st.streams.len() * 2).max(16);
    }
    let entry = Entry {
        owner: Rc::downgrade(&inst),
        stream,
    };
    st.streams.insert(Rc::as_ptr(&inst) as usize, entry);
    Value::Instance(inst)
}

/// Runs `f` on the stream of `this` (taken out of the table meanwhile).
fn with_stream<R>(
    interp: &mut Interp,
    this: &Value,
    method: &str,
    decomp: bool,
    f: impl FnOnce(&mut Interp, &mut Stream) -> PyResult<R>,
) -> PyResult<R> {
    let key = match this {
        Value::Instance(i) => Rc::as_ptr(i) as usize,
        _ => 0,
    };
    let entry = state(interp).streams.remove(&key);
    match entry {
        Some(mut e) if matches!(e.stream, Stream::Decomp(_)) == decomp => {
            let r = f(interp, &mut e.stream);
            state(interp).streams.insert(key, e);
            r
        }
        other => {
            if let Some(e) = other {
                state(interp).streams.insert(key, e);
            }
            let t = if decomp { "Decompress" } else { "Compress" };
            Err(PyErr::type_error(format!(
                "descriptor '{method}' for 'zlib.{t}' objects doesn't apply to a '{}' object",
                this.type_name()
            )))
        }
    }
}

fn with_comp<R>(
    interp: &mut Interp,
    this: &Value,
    method: &str,
    f: impl FnOnce(&mut Interp, &mut CompObj) -> PyResult<R>,
) -> PyResult<R> {
    with_stream(interp, this, method, false, |i, s| match s {
        Stream::Comp(c) => f(i, c),
        Stream::Decomp(_) => unreachable_stream(),
    })
}

fn with_decomp<R>(
    interp: &mut Interp,
    this: &Value,
    method: &str,
    f: impl FnOnce(&mut Interp, &mut DecompObj) -> PyResult<R>,
) -> PyResult<R> {
    with_stream(interp, this, method, true, |i, s| match s {
        Stream::Decomp(d) => f(i, d),
        Stream::Comp(_) => unreachable_stream(),
    })
}

/// `with_stream` has checked the kind already.
fn unreachable_stream<R>() -> PyResult<R> {
    Err(PyErr::type_error("zlib stream of the wrong kind"))
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no arguments")))
    }
}

/// `compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)`.
pub(super) fn compressobj(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let [level, method, wbits, mem_level, strategy, zdict] =
        unpack(&args, "compressobj", names, 0, 0)?;
    let level = int_arg(interp, level, -1)?;
    let method = int_arg(interp, method, 8)?;
    let wbits = int_arg(interp, wbits, 15)?;
    let mem_level = int_arg(interp, mem_level, 8)?;
    let strategy = int_arg(interp, strategy, 0)?;
    let zdict = match zdict {
        Some(z) => {
            let held = readable(z)?;
            let bytes = check_zdict_len(held.bytes())?;
            Some(clone_bytes(interp, &bytes)?)
        }
        None => None,
    };
    let Some(d) = Deflater::new(level, method, wbits, mem_level, strategy) else {
        return Err(PyErr::value_error("Invalid initialization option"));
    };
    let c = new_comp(interp, d, level, wbits, zdict)?;
    Ok(new_object(interp, "Compress", Stream::Comp(c)))
}

fn new_comp(
    interp: &mut Interp,
    mut d: Deflater,
    level: i32,
    wbits: i32,
    zdict: Option<Vec<u8>>,
) -> PyResult<CompObj> {
    if let Some(z) = &zdict {
        if !d.set_dictionary(z) {
            return Err(PyErr::value_error("Invalid dictionary"));
        }
    }
    let size = engine::deflate_state_size(wbits);
    interp.limits.check_alloc(size)?;
    Ok(CompObj {
        d: Some(d),
        level,
        wbits,
        zdict,
        log: Log::new(),
        _reserve: Vec::with_capacity(size),
    })
}

/// `Compress.compress(data, /)`.
fn comp_compress(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [data] = unpack(&args, "compress", ["data"], 1, 1)?;
    let held = readable(data.unwrap_or(&Value::None))?;
    with_comp(interp, this, "compress", |interp, c| {
        let data = held.bytes();
        record(interp, &mut c.log, Op::Data, &data, 0)?;
        compress_data(interp, c, &data).map(Value::bytes)
    })
}

fn compress_data(interp: &mut Interp, c: &mut CompObj, data: &[u8]) -> PyResult<Vec<u8>> {
    let Some(d) = &mut c.d else {
        return Err(zlib_error(
            interp,
            Z_STREAM_ERROR,
            None,
            "while compressing data",
        ));
    };
    let mut out = OutBuf::first_block(None);
    let mut pos = 0;
    loop {
        if out.avail() == 0 {
            out.grow();
        }
        pos += engine::deflate_call(
            interp,
            d,
            &data[pos..],
            &mut out,
            flate2::FlushCompress::None,
        )?;
        if out.avail() != 0 {
            return Ok(out.finish());
        }
    }
}

/// `Compress.flush(mode=Z_FINISH, /)`.
fn comp_flush(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [mode] = unpack(&args, "flush", ["mode"], 1, 0)?;
    let mode = int_arg(interp, mode, 4)?;
    with_comp(interp, this, "flush", |interp, c| {
        record(interp, &mut c.log, Op::Flush, &[], i64::from(mode))?;
        flush_data(interp, c, mode).map(Value::bytes)
    })
}

fn flush_data(interp: &mut Interp, c: &mut CompObj, mode: i32) -> PyResult<Vec<u8>> {
    if mode == 0 {
        return Ok(Vec::new());
    }
    let (Some(d), Some(flush)) = (&mut c.d, engine::flush_mode(mode)) else {
        return Err(zlib_error(interp, Z_STREAM_ERROR, None, "while flushing"));
    };
    let mut out = OutBuf::first_block(None);
    loop {
        if out.avail() == 0 {
            out.grow();
        }
        engine::deflate_call(interp, d, &[], &mut out, flush)?;
        if out.avail() != 0 {
            break;
        }
    }
    if mode == 4 {
        c.d = None;
        c.log = None;
        c._reserve = Vec::new();
    }
    Ok(out.finish())
}

fn comp_copy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "copy")?;
    copy_comp(interp, this)
}

fn comp_copy_dunder(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "__copy__")?;
    copy_comp(interp, this)
}

fn comp_deepcopy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    unpack(&args, "__deepcopy__", ["memo"], 1, 1)?;
    copy_comp(interp, this)
}

/// `Compress.copy()`: a new stream given the same calls.
fn copy_comp(interp: &mut Interp, this: &Value) -> PyResult<Value> {
    let copy = with_comp(interp, this, "copy", |interp, c| {
        if c.d.is_none() {
            return Err(PyErr::value_error("Inconsistent stream state"));
        }
        let Some(log) = &c.log else {
            return Err(PyErr::new(
                ExcKind::MemoryError,
                "Can't allocate memory for compression object",
            ));
        };
        let d = Deflater::new(c.level, 8, c.wbits, 8, 0)
            .ok_or_else(|| PyErr::value_error("Inconsistent stream state"))?;
        let mut new = new_comp(interp, d, c.level, c.wbits, c.zdict.clone())?;
        new.log = None;
        for op in &log.ops {
            match op {
                Op::Data(data, _) => drop(compress_data(interp, &mut new, data)?),
                Op::Flush(_, mode) => drop(flush_data(interp, &mut new, *mode as i32)?),
            }
        }
        new.log = log.copy();
        Ok(new)
    })?;
    Ok(new_object(interp, "Compress", Stream::Comp(copy)))
}

/// `decompressobj(wbits=15, zdict=b'')`.
pub(super) fn decompressobj(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [wbits, zdict] = unpack(&args, "decompressobj", ["wbits", "zdict"], 0, 0)?;
    let wbits = int_arg(interp, wbits, 15)?;
    if let Some(z) = zdict {
        if !exports_buffer(z) {
            return Err(PyErr::type_error(
                "zdict argument must support the buffer protocol",
            ));
        }
    }
    let d = new_decomp(interp, wbits, zdict.cloned())?;
    Ok(new_object(interp, "Decompress", Stream::Decomp(d)))
}

fn new_decomp(interp: &mut Interp, wbits: i32, zdict: Option<Value>) -> PyResult<DecompObj> {
    let Some(mut inf) = Inflater::new(wbits) else {
        return Err(PyErr::value_error("Invalid initialization option"));
    };
    if let (Some(z), true) = (&zdict, wbits < 0) {
        set_zdict(interp, &mut inf, z)?;
    }
    let size = engine::inflate_state_size(wbits);
    interp.limits.check_alloc(size)?;
    Ok(DecompObj {
        phase: Phase::Active(inf),
        eof: false,
        unused_data: Value::bytes(Vec::new()),
        unconsumed_tail: Value::bytes(Vec::new()),
        zdict,
        wbits,
        log: Log::new(),
        _reserve: Vec::with_capacity(size),
    })
}

/// zlib takes a dictionary's length as an `unsigned int`.
fn check_zdict_len<T: std::ops::Deref<Target = [u8]>>(zdict: T) -> PyResult<T> {
    if zdict.len() >= u32::MAX as usize {
        return Err(PyErr::overflow_error(
            "zdict length does not fit in an unsigned int",
        ));
    }
    Ok(zdict)
}

fn set_zdict(interp: &mut Interp, inf: &mut Inflater, zdict: &Value) -> PyResult<()> {
    let held = readable(zdict)?;
    let bytes = check_zdict_len(held.bytes())?;
    let r = inf.set_dictionary(&bytes);
    r.map_err(|(code, msg)| zlib_error(interp, code, msg.as_deref(), "while setting zdict"))
}

fn decomp_attr(interp: &mut Interp, args: Args, f: fn(&DecompObj) -> Value) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    with_decomp(interp, &this, "attribute", |_, d| Ok(f(d)))
}

/// `Decompress.decompress(data, /, max_length=0)`.
fn decomp_decompress(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [data, max_length] = unpack(&args, "decompress", ["data", "max_length"], 1, 1)?;
    let held = readable(data.unwrap_or(&Value::None))?;
    let max_length = ssize(interp, max_length, 0)?;
    if max_length < 0 {
        return Err(PyErr::value_error("max_length must be non-negative"));
    }
    with_decomp(interp, this, "decompress", |interp, d| {
        decompress_data(interp, d, &held.bytes(), max_length).map(Value::bytes)
    })
}

fn decompress_data(
    interp: &mut Interp,
    d: &mut DecompObj,
    data: &[u8],
    max_length: i64,
) -> PyResult<Vec<u8>> {
    let max = (max_length > 0).then_some(max_length as usize);
    let mut out = OutBuf::first_block(max);
    let (pos, status) = match &mut d.phase {
        Phase::Ended => (0, ZStatus::Error(Z_STREAM_ERROR, None)),
        Phase::Active(_) if d.eof => (0, ZStatus::End),
        Phase::Active(inf) => {
            let (mut pos, mut status) = (0, ZStatus::Ok);
            loop {
                if out.avail() == 0 {
                    if out.at_max() {
                        break;
                    }
                    out.grow();
                }
                let (consumed, st) = engine::inflate_call(interp, inf, &data[pos..], &mut out)?;
                pos += consumed;
                status = st;
                match status {
                    ZStatus::NeedDict if d.zdict.is_some() => {
                        let z = d.zdict.clone().unwrap_or(Value::None);
                        set_zdict(interp, inf, &z)?;
                    }
                    ZStatus::Ok | ZStatus::End if out.avail() == 0 => {}
                    _ => break,
                }
            }
            (pos, status)
        }
    };
    save_unconsumed(interp, d, data, pos, &status)?;
    record(interp, &mut d.log, Op::Data, &data[..pos], max_length)?;
    match status {
        ZStatus::End => d.eof = true,
        ZStatus::Ok => {}
        other => return Err(status_error(interp, &other, "while decompressing data")),
    }
    Ok(out.finish())
}

/// CPython's `save_unconsumed_input`.
fn save_unconsumed(
    interp: &mut Interp,
    d: &mut DecompObj,
    data: &[u8],
    pos: usize,
    status: &ZStatus,
) -> PyResult<()> {
    let rest = &data[pos..];
    let mut left = !rest.is_empty();
    if *status == ZStatus::End && left {
        let mut unused = d
            .unused_data
            .bytes_buffer()
            .map(|b| b.to_vec())
            .unwrap_or_default();
        extend_bytes(interp, &mut unused, rest)?;
        d.unused_data = Value::bytes(unused);
        left = false;
    }
    let tail_empty = d
        .unconsumed_tail
        .bytes_buffer()
        .is_none_or(|b| b.is_empty());
    if left || !tail_empty {
        d.unconsumed_tail = Value::bytes(clone_bytes(interp, rest)?);
    }
    Ok(())
}

/// `Decompress.flush(length=DEF_BUF_SIZE, /)`: zlib's errors are not raised.
fn decomp_flush(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    let [length] = unpack(&args, "flush", ["length"], 1, 0)?;
    let length = ssize(interp, length, DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(PyErr::value_error("length must be greater than zero"));
    }
    with_decomp(interp, this, "flush", |interp, d| {
        flush_decomp(interp, d, length as usize, None).map(Value::bytes)
    })
}

/// Flushes `d`, consuming its tail (or, in a replay, `input`, the part of the tail the
/// call being replayed consumed).
fn flush_decomp(
    interp: &mut Interp,
    d: &mut DecompObj,
    length: usize,
    input: Option<&[u8]>,
) -> PyResult<Vec<u8>> {
    let tail = d.unconsumed_tail.clone();
    let held = readable(&tail)?;
    let tail_bytes = held.bytes();
    let data: &[u8] = input.unwrap_or(&tail_bytes);
    let mut out = OutBuf::with_size(length);
    let (pos, status) = match &mut d.phase {
        Phase::Ended => (0, ZStatus::Error(Z_STREAM_ERROR, None)),
        Phase::Active(_) if d.eof => (0, ZStatus::End),
        Phase::Active(inf) => {
            let mut pos = 0;
            let status = loop {
                if out.avail() == 0 {
                    out.grow();
                }
                let (consumed, status) = engine::inflate_call(interp, inf, &data[pos..], &mut out)?;
                pos += consumed;
                if !(matches!(status, ZStatus::Ok | ZStatus::End) && out.avail() == 0) {
                    break status;
                }
            };
            (pos, status)
        }
    };
    save_unconsumed(interp, d, data, pos, &status)?;
    record(interp, &mut d.log, Op::Flush, &data[..pos], length as i64)?;
    if status == ZStatus::End {
        d.eof = true;
        d.phase = Phase::Ended;
        d.log = None;
        d._reserve = Vec::new();
    }
    Ok(out.finish())
}

fn decomp_copy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "copy")?;
    copy_decomp(interp, this)
}

fn decomp_copy_dunder(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    no_args(&args, "__copy__")?;
    copy_decomp(interp, this)
}

fn decomp_deepcopy(interp: &mut Interp, this: &Value, args: Args) -> PyResult<Value> {
    unpack(&args, "__deepcopy__", ["memo"], 1, 1)?;
    copy_decomp(interp, this)
}

/// `Decompress.copy()`: a new stream given the same calls (their errors again ignored).
fn copy_decomp(interp: &mut Interp, this: &Value) -> PyResult<Value> {
    let copy = with_decomp(interp, this, "copy", |interp, d| {
        if matches!(d.phase, Phase::Ended) {
            return Err(PyErr::value_error("Inconsistent stream state"));
        }
        let Some(log) = &d.log else {
            return Err(PyErr::new(
                ExcKind::MemoryError,
                "Can't allocate memory for decompression object",
            ));
        };
        let mut new = new_decomp(interp, d.wbits, d.zdict.clone())?;
        new.log = None;
        for op in &log.ops {
            let r = match op {
                Op::Data(data, max_length) => decompress_data(interp, &mut new, data, *max_length),
                Op::Flush(data, length) => {
                    flush_decomp(interp, &mut new, *length as usize, Some(data))
                }
            };
            if let Err(e) = r {
                if e.is_limit() {
                    return Err(e);
                }
            }
        }
        new.eof = d.eof;
        new.unused_data = d.unused_data.clone();
        new.unconsumed_tail = d.unconsumed_tail.clone();
        new.log = log.copy();
        Ok(new)
    })?;
    Ok(new_object(interp, "Decompress", Stream::Decomp(copy)))
}
