//! The conversions of `binascii` over byte slices, with no interpreter: hex, base64,
//! uuencode and crc_hqx. Callers split long inputs into pieces and charge for each.

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Each byte's two lowercase hex digits.
const HEX_PAIRS: [[u8; 2]; 256] = {
    let mut t = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = [HEX_DIGITS[i >> 4], HEX_DIGITS[i & 15]];
        i += 1;
    }
    t
};

/// Each byte's hex digit value, 0xff for a byte that is no hex digit.
const HEX_VALUES: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// Writes the hex digits of `src` to `dst` (twice as long).
pub(crate) fn hex_encode(src: &[u8], dst: &mut [u8]) {
    for (pair, &b) in dst.chunks_exact_mut(2).zip(src) {
        pair.copy_from_slice(&HEX_PAIRS[b as usize]);
    }
}

/// Writes the bytes of the hex digits `src` (of even length) to `dst`; false when a
/// byte of `src` is no hex digit.
pub(crate) fn hex_decode(src: &[u8], dst: &mut [u8]) -> bool {
    let mut bad = 0u8;
    for (out, pair) in dst.iter_mut().zip(src.chunks_exact(2)) {
        let (hi, lo) = (HEX_VALUES[pair[0] as usize], HEX_VALUES[pair[1] as usize]);
        bad |= hi | lo;
        *out = (hi << 4) | (lo & 15);
    }
    bad & 0xf0 == 0
}

const B64_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Each byte's base64 value, 0xff for a byte outside the alphabet (`=` included).
const B64_VALUES: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 64 {
        t[B64_ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// Writes the base64 of `src` to `dst` (4 bytes for each 3 begun), padded with `=`.
pub(crate) fn b64_encode(src: &[u8], dst: &mut [u8]) {
    let chunks = src.chunks_exact(3);
    let rest = chunks.remainder();
    let mut quads = dst.chunks_exact_mut(4);
    // (The chunks first: zip asks its first iterator first, so no quad is skipped.)
    for (c, q) in chunks.zip(&mut quads) {
        let n = (c[0] as usize) << 16 | (c[1] as usize) << 8 | c[2] as usize;
        q[0] = B64_ALPHABET[n >> 18];
        q[1] = B64_ALPHABET[(n >> 12) & 63];
        q[2] = B64_ALPHABET[(n >> 6) & 63];
        q[3] = B64_ALPHABET[n & 63];
    }
    if rest.is_empty() {
        return;
    }
    if let Some(q) = quads.next() {
        let b1 = rest.get(1).copied().unwrap_or(0) as usize;
        let n = (rest[0] as usize) << 16 | b1 << 8;
        q[0] = B64_ALPHABET[n >> 18];
        q[1] = B64_ALPHABET[(n >> 12) & 63];
        q[2] = if rest.len() == 2 {
            B64_ALPHABET[(n >> 6) & 63]
        } else {
            b'='
        };
        q[3] = b'=';
    }
}

/// CPython's base64 decoding state machine (`a2b_base64`), fed in pieces.
pub(crate) struct B64Decoder {
    strict: bool,
    quad_pos: u8,
    leftchar: u8,
    pads: u8,
    padding_started: bool,
    done: bool,
    /// Bytes written so far.
    out: usize,
}

impl B64Decoder {
    pub(crate) fn new(strict: bool) -> B64Decoder {
        B64Decoder {
            strict,
            quad_pos: 0,
            leftchar: 0,
            pads: 0,
            padding_started: false,
            done: false,
            out: 0,
        }
    }

    /// Decodes `d[start..end]` into `out`; true once a complete padding ends the data.
    pub(crate) fn feed(
        &mut self,
        d: &[u8],
        start: usize,
        end: usize,
        out: &mut [u8],
    ) -> Result<bool, &'static str> {
        if self.strict && start == 0 && d.first() == Some(&b'=') {
            return Err("Leading padding not allowed");
        }
        let mut o = self.out;
        let mut i = start;
        while i < end {
            // Whole quads of alphabet characters, the common case, four at a time.
            // (In strict mode a character after padding is an error: the slow path.)
            if self.quad_pos == 0 && i + 4 <= end && !(self.strict && self.padding_started) {
                let q = &d[i..i + 4];
                let (a, b, c, e) = (
                    B64_VALUES[q[0] as usize],
                    B64_VALUES[q[1] as usize],
                    B64_VALUES[q[2] as usize],
                    B64_VALUES[q[3] as usize],
                );
                if (a | b | c | e) < 64 {
                    out[o] = (a << 2) | (b >> 4);
                    out[o + 1] = (b << 4) | (c >> 2);
                    out[o + 2] = (c << 6) | e;
                    o += 3;
                    i += 4;
                    self.pads = 0;
                    continue;
                }
            }
            let ch = d[i];
            i += 1;
            if ch == b'=' {
                self.padding_started = true;
                if self.quad_pos >= 2 {
                    self.pads += 1;
                    if self.quad_pos + self.pads >= 4 {
                        if self.strict && i < d.len() {
                            return Err("Excess data after padding");
                        }
                        self.done = true;
                        self.out = o;
                        return Ok(true);
                    }
                }
                continue;
            }
            let v = B64_VALUES[ch as usize];
            if v >= 64 {
                if self.strict {
                    return Err("Only base64 data is allowed");
                }
                continue;
            }
            if self.strict && self.padding_started {
                return Err("Discontinuous padding not allowed");
            }
            self.pads = 0;
            match self.quad_pos {
                0 => {
                    self.quad_pos = 1;
                    self.leftchar = v;
                }
                1 => {
                    self.quad_pos = 2;
                    out[o] = (self.leftchar << 2) | (v >> 4);
                    o += 1;
                    self.leftchar = v & 0x0f;
                }
                2 => {
                    self.quad_pos = 3;
                    out[o] = (self.leftchar << 4) | (v >> 2);
                    o += 1;
                    self.leftchar = v & 0x03;
                }
                _ => {
                    self.quad_pos = 0;
                    out[o] = (self.leftchar << 6) | v;
                    o += 1;
                    self.leftchar = 0;
                }
            }
        }
        self.out = o;
        Ok(false)
    }

    /// The decoded length, or the error for data that ended inside a quad.
    pub(crate) fn finish(&self) -> Result<usize, String> {
        if self.done || self.quad_pos == 0 {
            return Ok(self.out);
        }
        if self.quad_pos == 1 {
            return Err(format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                self.out / 3 * 4 + 1
            ));
        }
        Err("Incorrect padding".into())
    }
}

/// CRC-CCITT (polynomial 0x1021, most significant bit first), one byte at a time.
const CRC_HQX: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

pub(crate) fn crc_hqx(d: &[u8], mut crc: u16) -> u16 {
    for &b in d {
        crc = (crc << 8) ^ CRC_HQX[((crc >> 8) as u8 ^ b) as usize];
    }
    crc
}

/// One uuencoded line: a length character, then 4 characters for each 3 bytes.
pub(crate) fn uu_encode(d: &[u8], backtick: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 + d.len().div_ceil(3) * 4);
    out.push(if backtick && d.is_empty() {
        b'`'
    } else {
        b' ' + d.len() as u8
    });
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    let mut i = 0;
    while i < d.len() || leftbits != 0 {
        leftchar = (leftchar << 8) | d.get(i).copied().unwrap_or(0) as u32;
        leftbits += 8;
        while leftbits >= 6 {
            let ch = ((leftchar >> (leftbits - 6)) & 0x3f) as u8;
            leftbits -= 6;
            out.push(if backtick && ch == 0 { b'`' } else { ch + b' ' });
        }
        i += 1;
    }
    out.push(b'\n');
    out
}

/// The bytes of one uuencoded line, as CPython reads it: the length from the first
/// character (a missing one reads as NUL), missing characters as zero bits, and only
/// spaces, backticks and line ends after the data.
pub(crate) fn uu_decode(d: &[u8]) -> Result<Vec<u8>, &'static str> {
    let first = d.first().copied().unwrap_or(0);
    let bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let ascii = d.get(1..).unwrap_or(&[]);
    let mut out = Vec::with_capacity(bin_len);
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    let mut i = 0;
    while out.len() < bin_len {
        let v = match ascii.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err("Illegal char");
                }
                (c - b' ') as u32 & 0o77
            }
        };
        leftchar = (leftchar << 6) | v;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push((leftchar >> leftbits) as u8);
            leftchar &= (1 << leftbits) - 1;
        }
        i += 1;
    }
    let rest = ascii.get(i..).unwrap_or(&[]);
    if rest
        .iter()
        .any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r'))
    {
        return Err("Trailing garbage");
    }
    Ok(out)
}
