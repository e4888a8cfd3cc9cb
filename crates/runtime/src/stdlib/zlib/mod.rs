//! The `zlib` module: CPython 3.11's API over the system zlib (through flate2), so
//! compressed bytes equal CPython's (see `engine.rs`; what differs is in
//! docs/differences.md). The checksums use crc32fast and adler2.

mod engine;
mod objects;

use std::rc::Rc;

use flate2::FlushCompress;
use num_traits::ToPrimitive;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::class::{AttrMap, Class, Instance};
use crate::object::intern::sym;
use crate::object::value::Value;
use crate::types::memoryview::readable;
use crate::types::numbers::index::{c_int, index_of, ssize_arg};
use crate::types::sequence::{charge_bytes, CHUNK_BYTES};

use engine::{
    Deflater, Inflater, OutBuf, ZStatus, Z_BUF_ERROR, Z_DATA_ERROR, Z_NEED_DICT, Z_STREAM_ERROR,
};
pub(crate) use objects::State;

/// The zlib CPython 3.11 is built with here, and whose output minipy reproduces.
const ZLIB_VERSION: &str = "1.2.13";
const DEF_BUF_SIZE: i64 = 16 * 1024;

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let exception = Value::Class(interp.exc_class(ExcKind::Exception));
    let mut ns = AttrMap::default();
    ns.insert(sym::__module__, Value::str("zlib"));
    let error =
        crate::types::object::new_class(interp, None, "error", "error", vec![exception], ns)?;
    if let Value::Class(c) = &error {
        interp.modules.state.zlib.error = Some(c.clone());
    }
    objects::register(interp);
    let mut members: Vec<(&str, Value)> = vec![("error", error)];
    let ints: [(&str, i64); 20] = [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (name, v) in ints {
        members.push((name, Value::Int(v)));
    }
    members.push(("ZLIB_VERSION", Value::str(ZLIB_VERSION)));
    members.push(("ZLIB_RUNTIME_VERSION", Value::str(ZLIB_VERSION)));
    members.push(("__version__", Value::str("1.0")));
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("adler32", adler32),
        ("compress", compress),
        ("compressobj", objects::compressobj),
        ("crc32", crc32),
        ("decompress", decompress),
        ("decompressobj", objects::decompressobj),
    ];
    for &(name, f) in functions {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("zlib", members))
}

/// A `zlib.error` with the given message.
fn error(interp: &mut Interp, msg: impl Into<String>) -> PyErr {
    match interp.modules.state.zlib.error.clone() {
        Some(class) => new_error(class, msg.into()),
        None => PyErr::new(ExcKind::ValueError, msg),
    }
}

fn new_error(class: Rc<Class>, msg: String) -> PyErr {
    let inst = Instance::new(class);
    if let Some(exc) = &inst.exc {
        exc.borrow_mut().args = vec![Value::str(msg)];
    }
    PyErr::object(crate::object::alloc::alloc(inst))
}

/// CPython's `zlib_error`: "Error <code> <what>: <zlib's message>".
fn zlib_error(interp: &mut Interp, code: i32, msg: Option<&str>, what: &str) -> PyErr {
    let msg = msg.or(match code {
        Z_BUF_ERROR => Some("incomplete or truncated stream"),
        Z_STREAM_ERROR => Some("inconsistent stream state"),
        Z_DATA_ERROR => Some("invalid input data"),
        _ => None,
    });
    error(
        interp,
        match msg {
            Some(m) => format!("Error {code} {what}: {m}"),
            None => format!("Error {code} {what}"),
        },
    )
}

fn status_error(interp: &mut Interp, status: &ZStatus, what: &str) -> PyErr {
    match status {
        ZStatus::Error(code, msg) => zlib_error(interp, *code, msg.as_deref(), what),
        ZStatus::NeedDict => zlib_error(interp, Z_NEED_DICT, None, what),
        _ => zlib_error(interp, Z_BUF_ERROR, None, what),
    }
}

/// Arguments as Argument Clinic's `_PyArg_UnpackKeywords` takes them (CPython 3.11's
/// messages): `names` in order, the first `posonly` by position only, `min` required.
fn unpack<'a, const N: usize>(
    args: &Args<'a>,
    fname: &str,
    names: [&str; N],
    posonly: usize,
    min: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let (nargs, nkw) = (args.pos.len(), args.kw.len());
    if nargs + nkw > N {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    let min_posonly = posonly.min(min);
    if nargs < min_posonly {
        return Err(PyErr::type_error(format!(
            "{fname}() takes {} {min_posonly} positional argument{} ({nargs} given)",
            if min_posonly < N {
                "at least"
            } else {
                "exactly"
            },
            if min_posonly == 1 { "" } else { "s" },
        )));
    }
    let mut out: [Option<&'a Value>; N] = [None; N];
    for (slot, v) in out.iter_mut().zip(args.pos) {
        *slot = Some(v);
    }
    let find = |name: &str| args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v);
    let mut left = nkw;
    for i in nargs.max(posonly)..N {
        if let Some(v) = find(names[i]) {
            out[i] = Some(v);
            left -= 1;
        } else if i < min {
            return Err(crate::error::messages::missing_required(
                fname,
                names[i],
                i + 1,
            ));
        }
    }
    if left > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if find(name).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = args
            .kw
            .iter()
            .find(|(k, _)| !names[posonly..].contains(&&**k))
        {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(out)
}

/// A C `int` argument, or `default` when not given.
fn int_arg(interp: &mut Interp, v: Option<&Value>, default: i32) -> PyResult<i32> {
    match v {
        None => Ok(default),
        Some(Value::Int(i)) => {
            i32::try_from(*i).map_err(|_| crate::error::messages::c_int_overflow())
        }
        Some(v) => c_int(interp, v),
    }
}

/// A `Py_ssize_t` argument, or `default` when not given.
fn ssize(interp: &mut Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => ssize_arg(interp, v),
    }
}

/// An `unsigned int` taken bitwise (the checksums' start value): any int, modulo 2**32.
pub(crate) fn start_value(interp: &mut Interp, v: Option<&Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(Value::Int(i)) => Ok(*i as u32),
        Some(v) => {
            let b = index_of(interp, v)? & num_bigint::BigInt::from(u32::MAX);
            Ok(b.to_u32().unwrap_or(0))
        }
    }
}

/// The checksums' arguments: `(data, value=start, /)`, keywords refused as CPython does.
fn checksum_args<'a>(
    interp: &mut Interp,
    args: &Args<'a>,
    name: &str,
    start: u32,
) -> PyResult<(crate::types::memoryview::view::HeldBuffer, u32)> {
    args.no_kw(&format!("zlib.{name}"))?;
    let a = args.range(name, 1, 2)?;
    let held = readable(&a[0])?;
    let value = start_value(interp, a.get(1), start)?;
    Ok((held, value))
}

/// `crc32(data, value=0, /)`.
fn crc32(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (held, value) = checksum_args(interp, &args, "crc32", 0)?;
    let data = held.bytes();
    Ok(Value::Int(i64::from(crc32_of(interp, &data, value)?)))
}

/// The CRC-32 of `data` continuing from `start`, charged piece by piece (also
/// `binascii.crc32`).
pub(crate) fn crc32_of(interp: &mut Interp, data: &[u8], start: u32) -> PyResult<u32> {
    let mut h = crc32fast::Hasher::new_with_initial(start);
    for piece in data.chunks(CHUNK_BYTES) {
        charge_bytes(interp, piece.len())?;
        h.update(piece);
    }
    Ok(h.finalize())
}

/// `adler32(data, value=1, /)`.
fn adler32(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (held, value) = checksum_args(interp, &args, "adler32", 1)?;
    let data = held.bytes();
    let mut a = adler2::Adler32::from_checksum(value);
    for piece in data.chunks(CHUNK_BYTES) {
        charge_bytes(interp, piece.len())?;
        a.write_slice(piece);
    }
    // zlib reduces both halves, whatever the start value held.
    let sum = a.checksum();
    let (lo, hi) = ((sum & 0xffff) % 65521, (sum >> 16) % 65521);
    Ok(Value::Int(i64::from(hi << 16 | lo)))
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [data, level, wbits] = unpack(&args, "compress", ["data", "level", "wbits"], 1, 1)?;
    let held = readable(data.unwrap_or(&Value::None))?;
    let level = int_arg(interp, level, -1)?;
    let wbits = int_arg(interp, wbits, 15)?;
    let Some(mut d) = Deflater::new(level, 8, wbits, 8, 0) else {
        return Err(error(interp, "Bad compression level"));
    };
    interp
        .limits
        .check_alloc(engine::deflate_state_size(wbits))?;
    let data = held.bytes();
    let mut out = OutBuf::first_block(None);
    let mut pos = 0;
    loop {
        if out.avail() == 0 {
            out.grow();
        }
        pos += engine::deflate_call(
            interp,
            &mut d,
            &data[pos..],
            &mut out,
            FlushCompress::Finish,
        )?;
        if out.avail() != 0 {
            break;
        }
    }
    Ok(Value::bytes(out.finish()))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [data, wbits, bufsize] = unpack(&args, "decompress", ["data", "wbits", "bufsize"], 1, 1)?;
    let held = readable(data.unwrap_or(&Value::None))?;
    let wbits = int_arg(interp, wbits, 15)?;
    let bufsize = ssize(interp, bufsize, DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let Some(mut inf) = Inflater::new(wbits) else {
        return Err(zlib_error(
            interp,
            Z_STREAM_ERROR,
            None,
            "while preparing to decompress data",
        ));
    };
    interp
        .limits
        .check_alloc(engine::inflate_state_size(wbits))?;
    let data = held.bytes();
    let mut out = OutBuf::with_size(bufsize.max(1) as usize);
    let mut pos = 0;
    loop {
        if out.avail() == 0 {
            out.grow();
        }
        let (consumed, status) = engine::inflate_call(interp, &mut inf, &data[pos..], &mut out)?;
        pos += consumed;
        match status {
            ZStatus::End => return Ok(Value::bytes(out.finish())),
            ZStatus::Ok if out.avail() == 0 => {}
            other => return Err(status_error(interp, &other, "while decompressing data")),
        }
    }
}
