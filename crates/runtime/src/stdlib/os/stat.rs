//! `os.stat_result`: a struct sequence of ten fields (what the repr and the tuple show),
//! plus the float times, nanosecond times and block fields as attributes.

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::value::Value;
use crate::types::object::structseq;

const FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

/// The `os.stat_result` class, made once per interpreter.
pub(crate) fn class(interp: &mut Interp) -> PyResult<Value> {
    if let Some(c) = &interp.modules.state.os.stat_result {
        return Ok(c.clone());
    }
    let c = structseq::new_type(interp, "os", "stat_result", &FIELDS)?;
    interp.modules.state.os.stat_result = Some(c.clone());
    Ok(c)
}

fn int(n: impl TryInto<i64> + Copy + Into<i128>) -> Value {
    match n.try_into() {
        Ok(n) => Value::Int(n),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(n.into())),
    }
}

#[cfg(unix)]
pub(crate) fn stat_result(interp: &mut Interp, m: &std::fs::Metadata) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let class = class(interp)?;
    // CPython: float seconds are `sec + nsec * 1e-9`, nanoseconds `sec * 10**9 + nsec`.
    let float = |s: i64, ns: i64| Value::from_f64(s as f64 + ns as f64 * 1e-9);
    let nanos = |s: i64, ns: i64| int(i128::from(s) * 1_000_000_000 + i128::from(ns));
    let items = vec![
        int(m.mode()),
        int(m.ino()),
        int(m.dev()),
        int(m.nlink()),
        int(m.uid()),
        int(m.gid()),
        int(m.size()),
        int(m.atime()),
        int(m.mtime()),
        int(m.ctime()),
    ];
    let mut attributes: Vec<(&str, Value)> = FIELDS.iter().copied().zip(items.clone()).collect();
    attributes.truncate(7);
    attributes.extend([
        ("st_atime", float(m.atime(), m.atime_nsec())),
        ("st_mtime", float(m.mtime(), m.mtime_nsec())),
        ("st_ctime", float(m.ctime(), m.ctime_nsec())),
        ("st_atime_ns", nanos(m.atime(), m.atime_nsec())),
        ("st_mtime_ns", nanos(m.mtime(), m.mtime_nsec())),
        ("st_ctime_ns", nanos(m.ctime(), m.ctime_nsec())),
        ("st_blksize", int(m.blksize())),
        ("st_blocks", int(m.blocks())),
        ("st_rdev", int(m.rdev())),
    ]);
    Ok(structseq::instance(interp, &class, items, attributes))
}

#[cfg(not(unix))]
pub(crate) fn stat_result(interp: &mut Interp, m: &std::fs::Metadata) -> PyResult<Value> {
    let class = class(interp)?;
    let mode = if m.is_dir() { 0o040755 } else { 0o100644 };
    let mut items = vec![
        Value::Int(mode),
        Value::Int(0),
        Value::Int(0),
        Value::Int(1),
    ];
    items.extend([Value::Int(0), Value::Int(0), int(m.len())]);
    items.extend([Value::Int(0), Value::Int(0), Value::Int(0)]);
    let attributes = FIELDS.iter().copied().zip(items.clone()).collect();
    Ok(structseq::instance(interp, &class, items, attributes))
}
