//! Big-integer work that can be interrupted: multiplication, division, powers, square
//! roots, gcd and decimal conversion of huge operands, done in pieces that each cost well
//! under a millisecond, with steps charged before each piece (so the deadline, the
//! interrupt flag and the step limit are looked at between them).
//!
//! Small and medium operands go straight to num-bigint, charged once: ordinary int
//! arithmetic pays one size test. The pieces are assembled with plain digit loops on
//! `u32` digits; every result is exactly num-bigint's (the unit tests compare them).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::error::PyResult;
use crate::object::limits::Limits;

/// Digit products (32-bit digits) one num-bigint multiplication may do in one piece
/// (about 0.3 ms, less for balanced operands where num-bigint uses Toom-3).
const MUL_PIECE: u64 = 1 << 21;
/// Digit operations one num-bigint division may do in one piece.
const DIV_PIECE: u64 = 1 << 20;
/// Digit products charged as one step.
const MUL_PER_STEP: u64 = 256;
/// Digits of linear work (copying, adding, comparing) charged as one step (64 bytes).
pub const LINEAR_PER_STEP: u64 = 16;
/// Decimal digits converted to or from text in one piece.
const TEXT_PIECE: usize = 2048;

/// The number of 32-bit digits of a magnitude.
#[inline]
pub fn digits(b: &BigUint) -> u64 {
    b.bits().div_ceil(32)
}

/// Steps for linear work over `n` digits.
#[inline]
pub fn linear_steps(n: u64) -> u64 {
    n / LINEAR_PER_STEP
}

/// Charges linear work over the digits of `b`.
#[inline]
pub fn charge_linear(l: &mut Limits, b: &BigInt) -> PyResult<()> {
    l.charge(linear_steps(digits(b.magnitude())))
}

fn mul_steps(n: u64, m: u64) -> u64 {
    n.saturating_mul(m) / MUL_PER_STEP + linear_steps(n + m)
}

fn signed(sign: Sign, mag: BigUint) -> BigInt {
    BigInt::from_biguint(sign, mag)
}

fn product_sign(a: Sign, b: Sign) -> Sign {
    match (a, b) {
        (Sign::NoSign, _) | (_, Sign::NoSign) => Sign::NoSign,
        (x, y) if x == y => Sign::Plus,
        _ => Sign::Minus,
    }
}

/// `a * b`.
pub fn mul(l: &mut Limits, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    let (n, m) = (digits(a.magnitude()), digits(b.magnitude()));
    if n.saturating_mul(m) <= MUL_PIECE {
        l.charge(mul_steps(n, m))?;
        return Ok(a * b);
    }
    let mag = mul_mag(l, a.magnitude(), b.magnitude())?;
    Ok(signed(product_sign(a.sign(), b.sign()), mag))
}

/// `a * b` for magnitudes.
pub fn mul_mag(l: &mut Limits, a: &BigUint, b: &BigUint) -> PyResult<BigUint> {
    let (n, m) = (digits(a), digits(b));
    if n.saturating_mul(m) <= MUL_PIECE {
        l.charge(mul_steps(n, m))?;
        return Ok(a * b);
    }
    l.charge(linear_steps(n + m))?;
    let (x, y) = (a.to_u32_digits(), b.to_u32_digits());
    Ok(BigUint::new(mul_digits(l, &x, &y)?))
}

fn trim(mut s: &[u32]) -> &[u32] {
    while let [rest @ .., 0] = s {
        s = rest;
    }
    s
}

/// The product of two digit strings (least significant first), `a.len() + b.len()`
/// digits long: num-bigint for pieces, Karatsuba above them (and unbalanced operands cut
/// into pieces of the shorter one's size).
fn mul_digits(l: &mut Limits, a: &[u32], b: &[u32]) -> PyResult<Vec<u32>> {
    let width = a.len() + b.len();
    let (a, b) = (trim(a), trim(b));
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let (n, m) = (a.len() as u64, b.len() as u64);
    let mut out = vec![0u32; width];
    if m == 0 {
        return Ok(out);
    }
    if n * m <= MUL_PIECE {
        l.charge(mul_steps(n, m))?;
        let p = BigUint::from_slice(a) * BigUint::from_slice(b);
        add_at(&mut out, &p.to_u32_digits(), 0);
        return Ok(out);
    }
    if n >= 2 * m {
        // Pieces of `a` no shorter than `b`, each multiplied by all of `b`.
        let piece = if m * m >= MUL_PIECE { m } else { MUL_PIECE / m } as usize;
        for (i, chunk) in a.chunks(piece).enumerate() {
            let p = mul_digits(l, chunk, b)?;
            l.charge(linear_steps(p.len() as u64))?;
            add_at(&mut out, &p, i * piece);
        }
        return Ok(out);
    }
    // Karatsuba: a = a1·B^h + a0, b = b1·B^h + b0 (b is longer than h).
    let h = a.len().div_ceil(2);
    let (a0, a1) = a.split_at(h);
    let (b0, b1) = b.split_at(h.min(b.len()));
    let z0 = mul_digits(l, a0, b0)?;
    let z2 = mul_digits(l, a1, b1)?;
    let (sa, sb) = (sum_digits(a0, a1), sum_digits(b0, b1));
    let mut z1 = mul_digits(l, &sa, &sb)?;
    l.charge(linear_steps(4 * width as u64))?;
    sub_in_place(&mut z1, &z0);
    sub_in_place(&mut z1, &z2);
    add_at(&mut out, &z0, 0);
    add_at(&mut out, &z2, 2 * h);
    add_at(&mut out, &z1, h);
    Ok(out)
}

/// `out += piece · B^offset`; the caller guarantees the sum fits in `out`.
fn add_at(out: &mut [u32], piece: &[u32], offset: usize) {
    let piece = trim(piece);
    let mut carry = 0u64;
    let mut i = offset;
    for &d in piece {
        let Some(slot) = out.get_mut(i) else { return };
        let s = u64::from(*slot) + u64::from(d) + carry;
        *slot = s as u32;
        carry = s >> 32;
        i += 1;
    }
    while carry != 0 {
        let Some(slot) = out.get_mut(i) else { return };
        let s = u64::from(*slot) + carry;
        *slot = s as u32;
        carry = s >> 32;
        i += 1;
    }
}

/// `a + b` as digits.
fn sum_digits(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len().max(b.len()) + 1];
    add_at(&mut out, a, 0);
    add_at(&mut out, b, 0);
    out
}

/// `x -= y`, where `x >= y`.
fn sub_in_place(x: &mut [u32], y: &[u32]) {
    let y = trim(y);
    let mut borrow = 0i64;
    let mut i = 0;
    while i < x.len() && (i < y.len() || borrow != 0) {
        let d = i64::from(x[i]) - i64::from(y.get(i).copied().unwrap_or(0)) + borrow;
        x[i] = d as u32;
        borrow = if d < 0 { -1 } else { 0 };
        i += 1;
    }
}

/// Truncating `(u / d, u % d)` for magnitudes; `d` is not zero.
///
/// num-bigint divides in one piece (Knuth's algorithm D, or Burnikel-Ziegler, which
/// pads the divisor to the dividend's size). Past a piece's size this is long division
/// by blocks of quotient digits: each block's digits are estimated from the top digits
/// (a smaller division, done the same way) and corrected with one multiplication.
pub fn div_rem_mag(l: &mut Limits, u: &BigUint, d: &BigUint) -> PyResult<(BigUint, BigUint)> {
    let (n, m) = (digits(u), digits(d));
    if n < m {
        l.charge(linear_steps(n))?;
        return Ok((BigUint::zero(), u.clone()));
    }
    let q = n - m + 1;
    if native_division(n, m) {
        l.charge(mul_steps(q, m) * 2)?;
        return Ok(u.div_rem(d));
    }
    let k = if m <= SHORT_DIVISOR {
        (DIV_PIECE / m).max(1)
    } else {
        q.min(m / 2)
    } as usize;
    let ud = u.to_u32_digits();
    let m = m as usize;
    let top = ud.len() - (m - 1);
    let mut rem = BigUint::from_slice(&ud[top..]);
    let mut quot = vec![0u32; top];
    let mut end = top;
    while end > 0 {
        let start = end.saturating_sub(k);
        l.charge(linear_steps(2 * m as u64))?;
        let num = (rem << (32 * (end - start))) + BigUint::from_slice(&ud[start..end]);
        let (qc, r) = divide_block(l, &num, d)?;
        add_at(&mut quot, &qc.to_u32_digits(), start);
        rem = r;
        end = start;
    }
    Ok((BigUint::new(quot), rem))
}

/// Divisors of at most this many digits go to num-bigint's algorithm D (no padding).
const SHORT_DIVISOR: u64 = 128;
/// Dividends of at most this many digits are divided by num-bigint in one piece.
const SMALL_DIVIDEND: u64 = 1024;

fn native_division(n: u64, m: u64) -> bool {
    n <= SMALL_DIVIDEND || (m <= SHORT_DIVISOR && (n - m + 1).saturating_mul(m) <= DIV_PIECE)
}

/// `(num / d, num % d)` where the quotient is short (a block): its digits estimated from
/// the top digits of both, then corrected by at most a few additions of `d`.
fn divide_block(l: &mut Limits, num: &BigUint, d: &BigUint) -> PyResult<(BigUint, BigUint)> {
    let (n, m) = (digits(num), digits(d));
    if n < m || native_division(n, m) {
        l.charge(mul_steps((n + 1).saturating_sub(m), m) * 2)?;
        return Ok(num.div_rem(d));
    }
    // Keep two more digits of the divisor than the quotient has.
    let qlen = n - m + 1;
    let cut = 32 * m.saturating_sub(qlen + 2);
    l.charge(linear_steps(2 * n))?;
    let (num_top, d_top) = (num >> cut, d >> cut);
    let (mut q, _) = div_rem_mag(l, &num_top, &d_top)?;
    let mut prod = mul_mag(l, &q, d)?;
    l.charge(linear_steps(2 * n))?;
    while prod > *num {
        l.charge(linear_steps(2 * n))?;
        q -= 1u32;
        prod -= d;
    }
    let mut r = num - prod;
    while r >= *d {
        l.charge(linear_steps(2 * n))?;
        q += 1u32;
        r -= d;
    }
    Ok((q, r))
}

/// Python's floor division and modulo: `(a // b, a % b)`; `b` is not zero.
pub fn div_mod_floor(l: &mut Limits, a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    let (n, m) = (digits(a.magnitude()), digits(b.magnitude()));
    if n < m || native_division(n, m) {
        l.charge(mul_steps(n.saturating_sub(m) + 1, m) * 2)?;
        return Ok(a.div_mod_floor(b));
    }
    let (q, r) = div_rem_mag(l, a.magnitude(), b.magnitude())?;
    let mut q = signed(product_sign(a.sign(), b.sign()), q);
    let mut r = signed(a.sign(), r);
    if !r.is_zero() && r.sign() != b.sign() {
        q -= 1;
        r += b;
    }
    Ok((q, r))
}

/// Truncating division of magnitudes that divide exactly (or where only the quotient
/// matters).
pub fn div_mag(l: &mut Limits, u: &BigUint, d: &BigUint) -> PyResult<BigUint> {
    Ok(div_rem_mag(l, u, d)?.0)
}

/// `base ** e`.
pub fn pow(l: &mut Limits, base: &BigInt, e: u64) -> PyResult<BigInt> {
    let bits = base.bits();
    let result_digits = bits.saturating_mul(e) / 32;
    if e == 0 {
        return Ok(BigInt::one());
    }
    if result_digits <= 256 {
        l.charge(mul_steps(result_digits, result_digits))?;
        if let Ok(e) = u32::try_from(e) {
            return Ok(num_traits::pow::Pow::pow(base, e));
        }
    }
    let sign = if base.sign() == Sign::Minus && e % 2 == 1 {
        Sign::Minus
    } else {
        Sign::Plus
    };
    let mag = base.magnitude();
    // A power of two is a shift.
    if mag.trailing_zeros() == Some(bits - 1) {
        l.charge(linear_steps(result_digits))?;
        return Ok(signed(sign, BigUint::one() << ((bits - 1) * e)));
    }
    let mut r = mag.clone();
    for i in (0..63 - e.leading_zeros()).rev() {
        r = mul_mag(l, &r, &r)?;
        if (e >> i) & 1 == 1 {
            r = mul_mag(l, &r, mag)?;
        }
    }
    Ok(signed(sign, r))
}

/// `base ** e % m` for a non-negative base below a positive modulus.
pub fn pow_mod_mag(l: &mut Limits, base: &BigUint, e: &BigUint, m: &BigUint) -> PyResult<BigUint> {
    let md = digits(m);
    let cost = e
        .bits()
        .saturating_mul(3)
        .saturating_mul(md.saturating_mul(md));
    if cost <= MUL_PIECE {
        l.charge(cost / MUL_PER_STEP + 1)?;
        return Ok(base.modpow(e, m));
    }
    if m.is_one() {
        return Ok(BigUint::zero());
    }
    let mut r = BigUint::one();
    for i in (0..e.bits()).rev() {
        r = mul_mag(l, &r, &r)?;
        r = div_rem_mag(l, &r, m)?.1;
        if e.bit(i) {
            r = mul_mag(l, &r, base)?;
            r = div_rem_mag(l, &r, m)?.1;
        }
    }
    Ok(r)
}

/// `gcd(a, b)` of magnitudes: Euclid's algorithm, a division per round.
pub fn gcd_mag(l: &mut Limits, a: &BigUint, b: &BigUint) -> PyResult<BigUint> {
    let (mut a, mut b) = (a.clone(), b.clone());
    loop {
        if b.is_zero() {
            return Ok(a);
        }
        let n = digits(&a).max(digits(&b));
        if n <= 64 {
            l.charge(n * n / MUL_PER_STEP + 1)?;
            return Ok(a.gcd(&b));
        }
        let r = div_rem_mag(l, &a, &b)?.1;
        l.charge(linear_steps(n) + 1)?;
        a = b;
        b = r;
    }
}

/// The inverse of `a` modulo `m` (`a` in `[0, m)`, `m > 0`), if there is one: the
/// extended Euclidean algorithm, charged per round.
pub fn mod_inverse(l: &mut Limits, a: &BigInt, m: &BigInt) -> PyResult<Option<BigInt>> {
    let (mut r0, mut r1) = (m.clone(), a.clone());
    let (mut s0, mut s1) = (BigInt::zero(), BigInt::one());
    while !r1.is_zero() {
        let (q, r) = div_mod_floor(l, &r0, &r1)?;
        let qs = mul(l, &q, &s1)?;
        l.charge(linear_steps(3 * digits(r0.magnitude())) + 1)?;
        let s = &s0 - qs;
        r0 = std::mem::replace(&mut r1, r);
        s0 = std::mem::replace(&mut s1, s);
    }
    if !r0.is_one() {
        return Ok(None);
    }
    Ok(Some(s0.mod_floor(m)))
}

/// `isqrt(n)` for `n >= 0`: CPython's recursion, whose divisions double in size, so the
/// last one dominates.
pub fn isqrt(l: &mut Limits, n: &BigUint) -> PyResult<BigUint> {
    if n.is_zero() {
        return Ok(BigUint::zero());
    }
    if digits(n) <= 64 {
        l.charge(64)?;
        return Ok(n.sqrt());
    }
    let c = (n.bits() - 1) / 2;
    let mut a = BigUint::one();
    let mut d = 0u64;
    for s in (0..64 - c.leading_zeros()).rev() {
        let e = d;
        d = c >> s;
        let shifted = n >> (2 * c - e - d + 1);
        l.charge(linear_steps(digits(n)))?;
        let q = div_mag(l, &shifted, &a)?;
        a = (a << (d - e - 1)) + q;
    }
    let square = mul_mag(l, &a, &a)?;
    if square > *n {
        a -= 1u32;
    }
    Ok(a)
}

/// The decimal digits of a magnitude: divide and conquer by powers of ten, so each piece
/// is a bounded division.
pub fn to_decimal(l: &mut Limits, x: &BigUint) -> PyResult<String> {
    let small = TEXT_PIECE as u64 * 2;
    if x.bits() <= small * 3 {
        let d = digits(x);
        l.charge(d * d / MUL_PER_STEP + 1)?;
        return Ok(x.to_string());
    }
    // pows[j] = 10^(TEXT_PIECE·2^j); the top level takes x < pows[j]².
    let mut pows = vec![BigUint::from(10u32).pow(TEXT_PIECE as u32)];
    while let Some(p) = pows.last() {
        if (p.bits() - 1) * 2 >= x.bits() {
            break;
        }
        let next = mul_mag(l, p, p)?;
        pows.push(next);
    }
    let mut out = String::new();
    decimal_piece(l, x, &pows, pows.len() - 1, false, &mut out)?;
    Ok(out)
}

/// Appends `x < pows[j]²` in decimal, zero-padded to its full width when `pad`.
fn decimal_piece(
    l: &mut Limits,
    x: &BigUint,
    pows: &[BigUint],
    j: usize,
    pad: bool,
    out: &mut String,
) -> PyResult<()> {
    if j == 0 {
        let d = digits(x);
        l.charge(d * d / MUL_PER_STEP + 1)?;
        let s = x.to_string();
        if pad {
            out.extend(std::iter::repeat_n(
                '0',
                (2 * TEXT_PIECE).saturating_sub(s.len()),
            ));
        }
        out.push_str(&s);
        return Ok(());
    }
    let (q, r) = div_rem_mag(l, x, &pows[j])?;
    if !pad && q.is_zero() {
        return decimal_piece(l, &r, pows, j - 1, false, out);
    }
    decimal_piece(l, &q, pows, j - 1, pad, out)?;
    decimal_piece(l, &r, pows, j - 1, true, out)
}

/// The value of ASCII digits in `base` (already checked), divide and conquer: the high
/// half times a power of the base, plus the low half.
pub fn from_digits(l: &mut Limits, text: &[u8], base: u32) -> Option<PyResult<BigUint>> {
    if base.is_power_of_two() || text.len() <= TEXT_PIECE {
        let n = text.len() as u64;
        let cost = if base.is_power_of_two() {
            n / 64
        } else {
            n * n / 4096
        };
        if let Err(e) = l.charge(cost + 1) {
            return Some(Err(e));
        }
        return BigUint::parse_bytes(text, base).map(Ok);
    }
    // pows[j] = base^(TEXT_PIECE·2^j).
    let mut pows = vec![BigUint::from(base).pow(TEXT_PIECE as u32)];
    while TEXT_PIECE << pows.len() < text.len() {
        let p = &pows[pows.len() - 1];
        match mul_mag(l, p, p) {
            Ok(next) => pows.push(next),
            Err(e) => return Some(Err(e)),
        }
    }
    digits_piece(l, text, base, &pows).transpose()
}

fn digits_piece(
    l: &mut Limits,
    text: &[u8],
    base: u32,
    pows: &[BigUint],
) -> PyResult<Option<BigUint>> {
    if text.len() <= TEXT_PIECE {
        let n = text.len() as u64;
        l.charge(n * n / 4096 + 1)?;
        return Ok(BigUint::parse_bytes(text, base));
    }
    // The largest TEXT_PIECE·2^j below the length: the high part is no longer.
    let mut j = 0;
    while TEXT_PIECE << (j + 1) < text.len() {
        j += 1;
    }
    let (hi, lo) = text.split_at(text.len() - (TEXT_PIECE << j));
    let Some(hi) = digits_piece(l, hi, base, pows)? else {
        return Ok(None);
    };
    let Some(lo) = digits_piece(l, lo, base, pows)? else {
        return Ok(None);
    };
    let scaled = mul_mag(l, &hi, &pows[j])?;
    l.charge(linear_steps(digits(&scaled)))?;
    Ok(Some(scaled + lo))
}

/// Steps for a bitwise or additive operation over two big ints.
#[inline]
pub fn binop_steps(a: &BigInt, b: &BigInt) -> u64 {
    linear_steps(digits(a.magnitude()).max(digits(b.magnitude())))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn big(&mut self, n: usize) -> BigInt {
            let mut v: Vec<u32> = (0..n).map(|_| self.next() as u32).collect();
            // Runs of zero and full digits reach the carry and borrow paths.
            if n > 8 && self.next().is_multiple_of(3) {
                let at = (self.next() as usize) % (n - 4);
                let fill = if self.next().is_multiple_of(2) {
                    0
                } else {
                    u32::MAX
                };
                v[at..at + 4].iter_mut().for_each(|d| *d = fill);
            }
            let sign = match self.next() % 5 {
                0 => Sign::Minus,
                _ => Sign::Plus,
            };
            BigInt::from_biguint(sign, BigUint::new(v))
        }
    }

    fn limits() -> Limits {
        let mut l = Limits::default();
        l.start();
        l
    }

    #[test]
    fn pieces_match_num_bigint() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut l = limits();
        let sizes = [0usize, 1, 3, 100, 1500, 2049, 3000, 5000, 9000, 20000];
        for &n in &sizes {
            for &m in &sizes {
                let (a, b) = (rng.big(n), rng.big(m));
                assert_eq!(mul(&mut l, &a, &b).unwrap(), &a * &b, "mul {n}x{m}");
                if !b.is_zero() {
                    assert_eq!(
                        div_mod_floor(&mut l, &a, &b).unwrap(),
                        a.div_mod_floor(&b),
                        "divmod {n}/{m}"
                    );
                }
            }
        }
        // Squares (the same operand twice) and a zero factor.
        let a = rng.big(30000);
        assert_eq!(mul(&mut l, &a, &a).unwrap(), &a * &a);
        assert!(mul(&mut l, &a, &BigInt::zero()).unwrap().is_zero());
        // Divisor of one digit, huge dividend; negative both ways.
        let d = BigInt::from(-7);
        let big = rng.big(3_000_000);
        assert_eq!(
            div_mod_floor(&mut l, &big, &d).unwrap(),
            big.div_mod_floor(&d)
        );
    }

    #[test]
    fn powers_roots_text_match() {
        let mut rng = Rng(12345);
        let mut l = limits();
        for (b, e) in [
            (7i64, 100_000u64),
            (-3, 77_777),
            (2, 1000),
            (-2, 99_999),
            (1, 5),
            (12, 1),
        ] {
            let b = BigInt::from(b);
            assert_eq!(
                pow(&mut l, &b, e).unwrap(),
                num_traits::pow::Pow::pow(&b, e as u32)
            );
        }
        let m = rng.big(300).magnitude().clone() | BigUint::one();
        let base = rng.big(300).magnitude() % &m;
        let e = rng.big(40).magnitude().clone();
        assert_eq!(
            pow_mod_mag(&mut l, &base, &e, &m).unwrap(),
            base.modpow(&e, &m)
        );
        let even = m.clone() << 3;
        assert_eq!(
            pow_mod_mag(&mut l, &base, &e, &even).unwrap(),
            base.modpow(&e, &even)
        );
        for n in [1usize, 65, 500, 7000] {
            let x = rng.big(n).magnitude().clone();
            assert_eq!(isqrt(&mut l, &x).unwrap(), x.sqrt(), "isqrt {n}");
            assert_eq!(to_decimal(&mut l, &x).unwrap(), x.to_string(), "str {n}");
            let text = x.to_string();
            let back = from_digits(&mut l, text.as_bytes(), 10).unwrap().unwrap();
            assert_eq!(back, x, "parse {n}");
            let t7 = x.to_str_radix(7);
            assert_eq!(from_digits(&mut l, t7.as_bytes(), 7).unwrap().unwrap(), x);
            let y = rng.big(n / 2 + 1).magnitude().clone();
            assert_eq!(gcd_mag(&mut l, &x, &y).unwrap(), x.gcd(&y));
        }
        let ten = BigUint::from(10u32).pow(9000);
        assert_eq!(to_decimal(&mut l, &ten).unwrap(), ten.to_string());
        let m = BigInt::from(1_000_003u32) * BigInt::from(999_983u32);
        let a = BigInt::from(12345u32);
        let inv = mod_inverse(&mut l, &a, &m).unwrap().unwrap();
        assert!((inv * a).mod_floor(&m).is_one());
        assert!(mod_inverse(&mut l, &BigInt::from(1_000_003u32), &m)
            .unwrap()
            .is_none());
    }

    #[test]
    fn huge_work_stops_at_the_step_limit() {
        let mut l = Limits::default();
        l.max_steps = Some(100_000);
        l.start();
        let x = BigInt::from(7).pow(1_000_000u32);
        assert!(mul(&mut l, &x, &x).is_err());
    }
}
