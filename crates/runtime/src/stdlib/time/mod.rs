//! The `time` module: clocks, `sleep` (which the script's deadline and interrupts end),
//! and broken-down times (`struct_time`, `gmtime`, `localtime`, `mktime`, `strftime`,
//! `strptime`). The local time zone is UTC (docs/differences.md).

mod calendar;
mod format;

use num_traits::ToPrimitive;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::object::structseq;

use calendar::Tm;
use format::StrptimeError;

/// The clocks' origin and the `struct_time` type, made on first import.
#[derive(Default)]
pub(crate) struct State {
    start: Option<Instant>,
    struct_time: Option<Value>,
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// The local zone's name (the local zone is UTC).
const LOCAL_ZONE: &str = "UTC";

/// Creates the module.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    interp
        .modules
        .state
        .time
        .start
        .get_or_insert_with(Instant::now);
    let struct_time = structseq::new_type(interp, "time", "struct_time", &FIELDS)?;
    interp.modules.state.time.struct_time = Some(struct_time.clone());
    let tzname = Value::tuple(vec![Value::str(LOCAL_ZONE), Value::str(LOCAL_ZONE)]);
    let mut members: Vec<(&str, Value)> = vec![
        ("struct_time", struct_time),
        ("timezone", Value::Int(0)),
        ("altzone", Value::Int(0)),
        ("daylight", Value::Int(0)),
        ("tzname", tzname),
    ];
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("process_time", monotonic),
        ("process_time_ns", monotonic_ns),
        ("thread_time", monotonic),
        ("thread_time_ns", monotonic_ns),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
        ("strptime", strptime),
        ("get_clock_info", get_clock_info),
    ];
    for &(name, f) in functions {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("time", members))
}

fn since_epoch() -> Duration {
    // A clock set before 1970 reads as the epoch.
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("time", 0, 0)?;
    Ok(Value::from_f64(since_epoch().as_secs_f64()))
}

fn time_ns(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("time_ns", 0, 0)?;
    Ok(Value::from_bigint(since_epoch().as_nanos().into()))
}

fn elapsed(interp: &mut Interp) -> Duration {
    let start = *interp
        .modules
        .state
        .time
        .start
        .get_or_insert_with(Instant::now);
    start.elapsed()
}

/// `monotonic`, `perf_counter`: seconds since the module was first imported. The CPU
/// clocks (`process_time`) read the same clock: no CPU-time call without `unsafe`.
fn monotonic(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("monotonic", 0, 0)?;
    Ok(Value::from_f64(elapsed(interp).as_secs_f64()))
}

fn monotonic_ns(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("monotonic_ns", 0, 0)?;
    Ok(Value::from_bigint(elapsed(interp).as_nanos().into()))
}

/// A number of seconds (int or float), as CPython's `_PyTime` reads it.
fn seconds(v: &Value) -> PyResult<f64> {
    let x = match v.unwrap_native() {
        Value::Float(f) => f.get(),
        Value::Int(i) => *i as f64,
        Value::Bool(b) => b.get() as i64 as f64,
        Value::BigInt(b) => crate::types::numbers::int::big_to_f64(b)
            .map_err(|_| PyErr::overflow_error("timestamp too large to convert to C _PyTime_t"))?,
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if x.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    Ok(x)
}

fn sleep(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("time.sleep", 1, 1)?;
    let secs = seconds(&a[0])?;
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if secs * 1e9 >= 9.2e18 {
        return Err(PyErr::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    let d = Duration::from_secs_f64(secs);
    interp.limits.sleep(d)?;
    Ok(Value::None)
}

/// Unix seconds from `secs` (None: now), rounded toward minus infinity.
fn timestamp(v: Option<&Value>) -> PyResult<i64> {
    let secs = match v {
        None | Some(Value::None) => return Ok(since_epoch().as_secs() as i64),
        Some(Value::Int(i)) => return Ok(*i),
        Some(v) => seconds(v)?,
    };
    let f = secs.floor();
    // A time_t (64 bits) holds it.
    if f.abs() >= 9.223_372_036_854_776e18 {
        return Err(PyErr::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(f as i64)
}

/// glibc refuses a year past a C int (EOVERFLOW).
fn check_year(tm: Tm) -> PyResult<Tm> {
    if tm.year - 1900 > i64::from(i32::MAX) || tm.year - 1900 < i64::from(i32::MIN) {
        return Err(PyErr::with_args(
            crate::error::ExcKind::for_errno(75),
            vec![
                Value::Int(75),
                Value::str("Value too large for defined data type"),
            ],
        ));
    }
    Ok(tm)
}

fn struct_time(interp: &mut Interp, tm: &Tm, zone: Value, gmtoff: Value) -> Value {
    let class = interp
        .modules
        .state
        .time
        .struct_time
        .clone()
        .unwrap_or(Value::None);
    let values = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ];
    let items: Vec<Value> = values.iter().map(|&v| Value::Int(v)).collect();
    let mut attrs: Vec<(&str, Value)> = FIELDS.iter().copied().zip(items.clone()).collect();
    attrs.push(("tm_zone", zone));
    attrs.push(("tm_gmtoff", gmtoff));
    structseq::instance(interp, &class, items, attrs)
}

fn broken_down(interp: &mut Interp, args: Args, name: &str, zone: &str) -> PyResult<Value> {
    let a = args.range(name, 0, 1)?;
    let tm = check_year(calendar::from_seconds(timestamp(a.first())?, zone))?;
    Ok(struct_time(interp, &tm, Value::str(zone), Value::Int(0)))
}

fn gmtime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    broken_down(interp, args, "gmtime", "GMT")
}

fn localtime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    broken_down(interp, args, "localtime", LOCAL_ZONE)
}

/// A time tuple or struct_time argument, as CPython's `gettmarg` reads it.
fn time_tuple(interp: &mut Interp, v: &Value, func: &str) -> PyResult<Tm> {
    let Value::Tuple(t) = v.unwrap_native() else {
        return Err(PyErr::type_error("Tuple or struct_time argument required"));
    };
    if t.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{func}(): illegal time tuple argument"
        )));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(t.iter()) {
        // Each field is a C int.
        let n = crate::types::numbers::index::index_of(interp, item)?;
        *slot = match n.to_i32() {
            Some(v) => i64::from(v),
            None if n.sign() == num_bigint::Sign::Minus => {
                return Err(PyErr::overflow_error("signed integer is less than minimum"))
            }
            None => {
                return Err(PyErr::overflow_error(
                    "signed integer is greater than maximum",
                ))
            }
        };
    }
    if f[0] - 1900 < i64::from(i32::MIN) {
        return Err(PyErr::overflow_error("year out of range"));
    }
    let mut tm = Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
        zone: None,
        gmtoff: 0,
    };
    if let Value::Instance(_) = v {
        if let Some(Value::Str(z)) = interp.get_attr_optional(v, "tm_zone")? {
            tm.zone = Some(z.as_str().to_string());
        }
        if let Some(Value::Int(off)) = interp.get_attr_optional(v, "tm_gmtoff")? {
            tm.gmtoff = off;
        }
    }
    Ok(tm)
}

/// CPython's `checktm`, over Python's field conventions; zeros a tuple leaves unset
/// are taken as the first month, day and day of year, and the weekday is taken mod 7.
fn check_tm(tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let bad = |what: &str| Err(PyErr::value_error(format!("{what} out of range")));
    if !(1..=12).contains(&tm.mon) {
        return bad("month");
    }
    if !(1..=31).contains(&tm.mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.sec) {
        return bad("seconds");
    }
    // C's weekday (0 = Sunday) is `(wday + 1) % 7`, negative for a wday below -1.
    let c_wday = (tm.wday + 1) % 7;
    if c_wday < 0 {
        return bad("day of week");
    }
    tm.wday = (c_wday + 6) % 7;
    if !(1..=366).contains(&tm.yday) {
        return bad("day of year");
    }
    Ok(())
}

/// The time tuple argument at `a[index]`, or the local time now.
fn tuple_or_now(interp: &mut Interp, a: &[Value], index: usize, func: &str) -> PyResult<Tm> {
    match a.get(index) {
        Some(v) => time_tuple(interp, v, func),
        None => Ok(calendar::from_seconds(timestamp(None)?, LOCAL_ZONE)),
    }
}

fn mktime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("mktime", 1, 1)?;
    let tm = time_tuple(interp, &a[0], "mktime")?;
    match calendar::to_seconds(&tm) {
        Some(s) => Ok(Value::from_f64(s as f64)),
        None => Err(PyErr::overflow_error("mktime argument out of range")),
    }
}

fn asctime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("asctime", 0, 1)?;
    let mut tm = tuple_or_now(interp, a, 0, "asctime")?;
    check_tm(&mut tm)?;
    Ok(Value::str(format::asctime(&tm)))
}

fn ctime(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("ctime", 0, 1)?;
    let tm = check_year(calendar::from_seconds(timestamp(a.first())?, LOCAL_ZONE))?;
    Ok(Value::str(format::asctime(&tm)))
}

fn strftime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range_old("strftime", 1, 2)?;
    let Some(fmt) = a[0].as_pystr().cloned() else {
        return Err(PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            a[0].arg_type_name()
        )));
    };
    let mut tm = tuple_or_now(interp, a, 1, "strftime")?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    check_tm(&mut tm)?;
    if fmt.as_str().contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    Ok(Value::str(format::strftime(fmt.as_str(), &tm, LOCAL_ZONE)))
}

fn strptime(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("strptime", 1, 2)?;
    let fmt = match a.get(1) {
        None => "%a %b %d %H:%M:%S %Y".to_string(),
        Some(v) => str_arg(interp, v, 1)?,
    };
    let text = str_arg(interp, &a[0], 0)?;
    match format::strptime(&text, &fmt) {
        Ok(tm) => {
            let zone = tm.zone.clone().map_or(Value::None, Value::str);
            let off = if tm.zone.is_some() || tm.gmtoff != 0 {
                Value::Int(tm.gmtoff)
            } else {
                Value::None
            };
            Ok(struct_time(interp, &tm, zone, off))
        }
        Err(StrptimeError::NoMatch) => Err(PyErr::value_error(format!(
            "time data {} does not match format {}",
            interp.repr(&Value::str(text.clone()))?,
            interp.repr(&Value::str(fmt.clone()))?
        ))),
        Err(StrptimeError::Unconverted(rest)) => Err(PyErr::value_error(format!(
            "unconverted data remains: {rest}"
        ))),
        Err(StrptimeError::BadDirective(d)) => Err(PyErr::value_error(format!(
            "{} is a bad directive in format {}",
            interp.repr(&Value::str(d.to_string()))?,
            interp.repr(&Value::str(fmt.clone()))?
        ))),
        Err(StrptimeError::Value(msg)) => Err(PyErr::value_error(msg)),
    }
}

fn str_arg(interp: &mut Interp, v: &Value, n: usize) -> PyResult<String> {
    match v.as_pystr() {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let class = Value::Class(interp.type_of(v));
            Err(PyErr::type_error(format!(
                "strptime() argument {} must be str, not {}",
                n,
                interp.repr(&class)?
            )))
        }
    }
}

fn get_clock_info(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("get_clock_info", 1, 1)?;
    let name = a[0].as_pystr().map(|s| s.as_str().to_string());
    let (implementation, monotonic, adjustable) = match name.as_deref() {
        Some("time") => ("clock_gettime(CLOCK_REALTIME)", false, true),
        Some("monotonic" | "perf_counter") => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        Some("process_time") => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        Some("thread_time") => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(PyErr::value_error("unknown clock")),
    };
    let fields = vec![
        ("implementation", Value::str(implementation)),
        ("monotonic", Value::from_bool(monotonic)),
        ("adjustable", Value::from_bool(adjustable)),
        ("resolution", Value::from_f64(1e-09)),
    ];
    structseq::new(interp, "", "namespace", fields)
}
