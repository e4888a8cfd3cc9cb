//! The `math` module: float functions with CPython's domain and range errors, and the
//! exact integer functions (`gcd`, `isqrt`, `factorial`, `comb`, `perm`).

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{BoolWord, Value};

use crate::types::numbers::bigarith;
use crate::types::numbers::index::index_of;

/// Creates the module.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let mut members: Vec<(&str, Value)> = vec![
        ("pi", Value::from_f64(std::f64::consts::PI)),
        ("e", Value::from_f64(std::f64::consts::E)),
        ("tau", Value::from_f64(std::f64::consts::TAU)),
        ("inf", Value::from_f64(f64::INFINITY)),
        ("nan", Value::from_f64(f64::NAN)),
    ];
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("pow", pow),
        ("atan2", atan2),
        ("copysign", copysign),
        ("fmod", fmod),
        ("hypot", hypot),
        ("isclose", isclose),
        ("fsum", fsum),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("modf", modf),
        ("prod", prod),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
    ];
    for &(name, f) in functions {
        members.push((name, Interp::module_fn(name, f)));
    }
    Ok(interp.make_module("math", members))
}

/// A number argument as a float ("must be real number, not str"): ints, floats and
/// objects with `__float__` or `__index__` (a `Fraction`), as CPython's
/// `PyFloat_AsDouble`.
fn real(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match crate::types::numbers::int::as_number(v.unwrap_native()) {
        Some(n) => crate::types::numbers::int::num_to_f64(&n),
        None => crate::protocols::percent::as_double(interp, v),
    }
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// Applies `f` and turns a NaN or infinity that came from a finite argument into
/// CPython's errors: NaN is a domain error; infinity is a range error when the function
/// can overflow and a domain error (a pole such as `atanh(1)`) otherwise.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::from_f64(r))
}

/// Between `min` and `max` positional arguments of `math.<name>()`, with CPython's
/// messages ("math.gcd() takes no keyword arguments", "perm expected at most 2 arguments").
fn positional<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    args.no_kw(&format!("math.{name}"))?;
    if min == 1 && max == 1 {
        return args.range(&format!("math.{name}"), 1, 1);
    }
    args.range(name, min, max)
}

/// The single argument of `math.<name>()`.
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&positional(args, name, 1, 1)?[0])
}

macro_rules! unary {
    ($($name:ident => $f:expr, $can_overflow:expr;)*) => {$(
        fn $name(interp: &mut Interp, args: Args) -> PyResult<Value> {
            let x = real(interp, one(&args, stringify!($name))?)?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $can_overflow)
        }
    )*};
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => |x| if x == -1.0 { f64::NEG_INFINITY } else { x.ln_1p() }, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    atanh => f64::atanh, false;
    fabs => f64::abs, false;
    degrees => f64::to_degrees, true;
    radians => f64::to_radians, false;
}

/// A logarithm of any positive number. Integers too large for a float are split into
/// `m * 2**e` first, as CPython does, so `log(10**400)` works.
fn logarithm(interp: &mut Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if b.to_f64().is_none_or(f64::is_infinite) {
            let e = b.bits() - 53;
            let m = (&**b >> e).to_f64().unwrap_or(f64::NAN) / (1u64 << 53) as f64;
            return Ok(f(m) + f(2.0) * (e + 53) as f64);
        }
    }
    let x = real(interp, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn log(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.no_kw("log")?;
    let a = args.pos;
    if a.is_empty() || a.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = logarithm(interp, &a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(Value::from_f64(num)),
        Some(base) => {
            let den = logarithm(interp, base, f64::ln)?;
            if den == 0.0 {
                return Err(crate::error::messages::float_division_by_zero());
            }
            Ok(Value::from_f64(num / den))
        }
    }
}

fn log2(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_f64(logarithm(
        interp,
        one(&args, "log2")?,
        f64::log2,
    )?))
}

fn log10(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_f64(logarithm(
        interp,
        one(&args, "log10")?,
        f64::log10,
    )?))
}

/// `floor`/`ceil`: integers come back unchanged, floats are rounded to an int.
/// floor, ceil and trunc: ints as they are, a user object's `__floor__`/`__ceil__`/
/// `__trunc__`, floats (and what converts to one) rounded.
fn round_to_int(interp: &mut Interp, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one(&args, name)?;
    if let Value::Instance(_) = v {
        let hook = interp.intern(&format!("__{name}__"));
        if let Some(r) = interp.call_special(v, hook, Vec::new) {
            return r;
        }
    }
    let v = v.unwrap_native();
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(x) => crate::types::numbers::methods::float_to_int(f(x.get())),
        _ if name == "trunc" => Err(PyErr::type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        ))),
        _ => {
            let x = crate::types::numbers::methods::to_float(interp, v).map_err(|_| {
                PyErr::type_error(format!("must be real number, not {}", v.type_name()))
            })?;
            crate::types::numbers::methods::float_to_int(f(real(interp, &x)?))
        }
    }
}

fn floor(interp: &mut Interp, args: Args) -> PyResult<Value> {
    round_to_int(interp, args, "floor", f64::floor)
}

fn ceil(interp: &mut Interp, args: Args) -> PyResult<Value> {
    round_to_int(interp, args, "ceil", f64::ceil)
}

fn trunc(interp: &mut Interp, args: Args) -> PyResult<Value> {
    round_to_int(interp, args, "trunc", f64::trunc)
}

fn isnan(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(
        real(interp, one(&args, "isnan")?)?.is_nan(),
    ))
}

fn isinf(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(
        real(interp, one(&args, "isinf")?)?.is_infinite(),
    ))
}

fn isfinite(interp: &mut Interp, args: Args) -> PyResult<Value> {
    Ok(Value::from_bool(
        real(interp, one(&args, "isfinite")?)?.is_finite(),
    ))
}

/// The two float arguments of `name`, with CPython's arity message.
fn two(interp: &mut Interp, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = positional(args, name, 2, 2)?;
    Ok((real(interp, &a[0])?, real(interp, &a[1])?))
}

fn pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "pow")?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
    }
    Ok(Value::from_f64(r))
}

fn atan2(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (y, x) = two(interp, &args, "atan2")?;
    Ok(Value::from_f64(y.atan2(x)))
}

fn copysign(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "copysign")?;
    Ok(Value::from_f64(x.copysign(y)))
}

fn fmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two(interp, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::from_f64(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::from_f64(r))
}

fn hypot(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut saw_nan = false;
    let mut saw_inf = false;
    for v in positional(&args, "hypot", 0, usize::MAX)? {
        let x = real(interp, v)?;
        saw_nan |= x.is_nan();
        saw_inf |= x.is_infinite();
        acc = acc.hypot(x);
    }
    if saw_inf {
        return Ok(Value::from_f64(f64::INFINITY));
    }
    if saw_nan {
        return Ok(Value::from_f64(f64::NAN));
    }
    Ok(Value::from_f64(acc))
}

fn isclose(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let [a, b, rel_tol, abs_tol] = args.parse("isclose", ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let a = real(interp, &a.unwrap_or(Value::None))?;
    let b = real(interp, &b.unwrap_or(Value::None))?;
    let rel_tol = rel_tol.map_or(Ok(1e-9), |v| real(interp, &v))?;
    let abs_tol = abs_tol.map_or(Ok(0.0), |v| real(interp, &v))?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(BoolWord::TRUE));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(BoolWord::FALSE));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::from_bool(close))
}

/// `2**n` for a normal exponent (`-1022 <= n <= 1023`).
fn pow2(n: i64) -> f64 {
    f64::from_bits(((n + 1023) as u64) << 52)
}

/// Splits `x` into a mantissa in `[0.5, 1)` and a power of two, as C's `frexp`.
fn split_float(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    if exponent == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = split_float(x * pow2(54));
        return (m, e - 54);
    }
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent - 1022)
}

fn frexp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (m, e) = split_float(real(interp, one(&args, "frexp")?)?);
    Ok(Value::tuple(vec![Value::from_f64(m), Value::Int(e)]))
}

fn ldexp(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(&args, "ldexp", 2, 2)?;
    let x = real(interp, &a[0])?;
    let Some(e) = crate::types::numbers::int::to_bigint(&a[1]) else {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::from_f64(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { -5000 } else { 5000 });
    let (m, ex) = split_float(x);
    let exponent = ex.saturating_add(e.clamp(-5000, 5000));
    if exponent > 1024 {
        return Err(range_error());
    }
    let r = if exponent >= -1021 {
        m * 2.0 * pow2(exponent - 1)
    } else if exponent >= -2022 {
        // The first product is exact, so the result is rounded once.
        m * pow2(-1000) * pow2(exponent + 1000)
    } else {
        0.0f64.copysign(x)
    };
    Ok(Value::from_f64(r))
}

fn modf(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let x = real(interp, one(&args, "modf")?)?;
    let (fraction, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x - x.trunc(), x.trunc())
    };
    Ok(Value::tuple(vec![
        Value::from_f64(fraction.copysign(x)),
        Value::from_f64(whole),
    ]))
}

/// Exact float sum (Shewchuk's algorithm, as CPython's `fsum`).
fn fsum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let it = interp.iter(one(&args, "fsum")?)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(v) = interp.next(&it)? {
        let mut x = real(interp, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A finite input that made a non-finite sum overflowed on the way.
                if xsave.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::from_f64(special));
    }
    Ok(Value::from_f64(round_partials(&partials)))
}

/// Adds up the non-overlapping partials, correctly rounded (CPython's `fsum` tail).
fn round_partials(p: &[f64]) -> f64 {
    let Some((&last, rest)) = p.split_last() else {
        return 0.0;
    };
    let mut hi = last;
    let mut lo = 0.0;
    let mut n = rest.len();
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Round half to even when the remaining partials tip the balance.
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

fn prod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let [iterable, start] = args.parse("prod", ["iterable", "start"], 1)?;
    let mut acc = start.unwrap_or(Value::Int(1));
    let it = interp.iter(&iterable.unwrap_or(Value::None))?;
    while let Some(v) = interp.next(&it)? {
        acc = interp.binary_op(minipy_syntax::ast::BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

/// All positional arguments as exact integers.
fn integers(interp: &mut Interp, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    positional(args, name, 0, usize::MAX)?
        .iter()
        .map(|v| index_of(interp, v))
        .collect()
}

fn gcd(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let ns = integers(interp, &args, "gcd")?;
    let mut g = num_bigint::BigUint::zero();
    for n in &ns {
        g = bigarith::gcd_mag(&mut interp.limits, &g, n.magnitude())?;
    }
    Ok(Value::from_bigint(g.into()))
}

fn lcm(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let ns = integers(interp, &args, "lcm")?;
    let mut acc = num_bigint::BigUint::one();
    for n in &ns {
        let n = n.magnitude();
        if acc.is_zero() || n.is_zero() {
            acc = num_bigint::BigUint::zero();
            continue;
        }
        let g = bigarith::gcd_mag(&mut interp.limits, &acc, n)?;
        let part = bigarith::div_mag(&mut interp.limits, n, &g)?;
        acc = bigarith::mul_mag(&mut interp.limits, &acc, &part)?;
    }
    Ok(Value::from_bigint(acc.into()))
}

fn isqrt(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let n = index_of(interp, one(&args, "isqrt")?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(
        bigarith::isqrt(&mut interp.limits, n.magnitude())?.into(),
    ))
}

/// The product `lo * (lo+1) * … * (lo+count-1)`, checked against the memory and step
/// limits before and while it grows.
fn product(interp: &mut Interp, lo: &BigInt, count: u64) -> PyResult<BigInt> {
    // log2 of the result is at most count * log2(lo + count).
    let bits = count as f64 * (lo + count).bits().max(1) as f64;
    interp.limits.check_alloc((bits / 8.0) as usize)?;
    split_product(interp, lo, count)
}

/// Binary splitting keeps the factors balanced, so the big multiplications stay fast.
fn split_product(interp: &mut Interp, lo: &BigInt, count: u64) -> PyResult<BigInt> {
    if count <= 16 {
        let mut acc = BigInt::one();
        for k in 0..count {
            acc = bigarith::mul(&mut interp.limits, &acc, &(lo + k))?;
        }
        interp.limits.tick()?;
        return Ok(acc);
    }
    let half = count / 2;
    let left = split_product(interp, lo, half)?;
    let right = split_product(interp, &(lo + half), count - half)?;
    bigarith::mul(&mut interp.limits, &left, &right)
}

/// A non-negative integer argument ("n must be a non-negative integer").
fn natural(interp: &mut Interp, v: &Value, negative: &str) -> PyResult<BigInt> {
    let n = index_of(interp, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(negative.to_string()));
    }
    Ok(n)
}

/// A count small enough to loop over, or CPython's OverflowError.
fn small(n: &BigInt, overflow: &str) -> PyResult<u64> {
    n.to_i64()
        .map(|n| n as u64)
        .ok_or_else(|| PyErr::overflow_error(format!("{overflow} {}", i64::MAX)))
}

fn factorial(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = one(&args, "factorial")?;
    let n = natural(interp, v, "factorial() not defined for negative values")?;
    let n = small(&n, "factorial() argument should not exceed")?;
    Ok(Value::from_bigint(product(interp, &BigInt::one(), n)?))
}

fn perm(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(&args, "perm", 1, 2)?;
    let k = match a.get(1) {
        None | Some(Value::None) => return factorial(interp, Args::positional(&a[..1])),
        Some(k) => k,
    };
    let n = natural(interp, &a[0], "n must be a non-negative integer")?;
    let k = natural(interp, k, "k must be a non-negative integer")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let count = small(&k, "k must not exceed")?;
    Ok(Value::from_bigint(product(interp, &(n - k + 1u32), count)?))
}

fn comb(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = positional(&args, "comb", 2, 2)?;
    let n = natural(interp, &a[0], "n must be a non-negative integer")?;
    let k = natural(interp, &a[1], "k must be a non-negative integer")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let count = small(&k, "min(n - k, k) must not exceed")?;
    let top = product(interp, &(n - k + 1u32), count)?;
    let bottom = product(interp, &BigInt::one(), count)?;
    let q = bigarith::div_mag(&mut interp.limits, top.magnitude(), bottom.magnitude())?;
    Ok(Value::from_bigint(q.into()))
}
