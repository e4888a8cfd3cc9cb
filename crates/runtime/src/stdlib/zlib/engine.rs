//! The DEFLATE engine under `zlib`: flate2 over the system zlib (the library CPython
//! links), driven as CPython's `zlibmodule.c` drives zlib. Output space is offered in
//! CPython's block sizes, so level 0's stored blocks split where CPython's do; input is
//! fed in pieces (where that changes no output byte) and every piece is charged, so the
//! step, time and memory limits hold on large and highly compressed data.

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::error::PyResult;
use crate::interp::Interp;
use crate::types::sequence::charge_bytes;

/// zlib's return codes, as CPython's messages show them.
pub(super) const Z_STREAM_ERROR: i32 = -2;
pub(super) const Z_DATA_ERROR: i32 = -3;
pub(super) const Z_BUF_ERROR: i32 = -5;
pub(super) const Z_NEED_DICT: i32 = 2;

/// The sizes of CPython's output blocks (`pycore_blocks_output_buffer.h`).
const BLOCK_SIZES: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// Input given to zlib per call, and output space offered to inflate per call: each call
/// takes well under a millisecond.
const IN_PIECE: usize = 64 << 10;
const OUT_PIECE: usize = 256 << 10;

/// What zlib allocates for a stream (deflate: window, prev, head and pending buffers at
/// memLevel 8; inflate: its state and window). zlib allocates it outside the counted heap,
/// so the memory limit is probed with it and a live stream object reserves as much.
pub(super) fn deflate_state_size(wbits: i32) -> usize {
    (4usize << wbits.unsigned_abs().clamp(9, 15)) + (134 << 10)
}

pub(super) fn inflate_state_size(wbits: i32) -> usize {
    (1usize << (wbits.unsigned_abs() & 15).clamp(9, 15)) + (8 << 10)
}

/// A call's output, grown as CPython's `_BlocksOutputBuffer` grows: `allocated` is the
/// space CPython would have allocated, `data` what is actually made ready (inflate's
/// space is made ready a piece at a time, so a large `bufsize` costs nothing unused).
pub(super) struct OutBuf {
    data: Vec<u8>,
    used: usize,
    allocated: usize,
    blocks: usize,
    max_length: Option<usize>,
}

impl OutBuf {
    /// `_BlocksOutputBuffer_InitAndGrow`: a first block of 32 KiB (less under a smaller
    /// `max_length`).
    pub(super) fn first_block(max_length: Option<usize>) -> OutBuf {
        let first = match max_length {
            Some(m) if m < BLOCK_SIZES[0] => m,
            _ => BLOCK_SIZES[0],
        };
        OutBuf {
            data: Vec::new(),
            used: 0,
            allocated: first,
            blocks: 1,
            max_length,
        }
    }

    /// `_BlocksOutputBuffer_InitWithSize`.
    pub(super) fn with_size(size: usize) -> OutBuf {
        OutBuf {
            data: Vec::new(),
            used: 0,
            allocated: size,
            blocks: 1,
            max_length: None,
        }
    }

    pub(super) fn avail(&self) -> usize {
        self.allocated - self.used
    }

    /// Whether the output has reached `max_length`.
    pub(super) fn at_max(&self) -> bool {
        self.max_length == Some(self.used)
    }

    /// `_BlocksOutputBuffer_Grow` (called when the space is used up).
    pub(super) fn grow(&mut self) {
        let mut block = BLOCK_SIZES[self.blocks.min(BLOCK_SIZES.len() - 1)];
        if let Some(m) = self.max_length {
            block = block.min(m.saturating_sub(self.allocated));
        }
        self.allocated = self.allocated.saturating_add(block);
        self.blocks += 1;
    }

    /// The next `limit` bytes (at most) of the space, ready to be written, the memory
    /// limit probed before the buffer grows.
    fn space(&mut self, interp: &mut Interp, limit: usize) -> PyResult<&mut [u8]> {
        let want = self.used + self.avail().min(limit);
        if want > self.data.len() {
            if want > self.data.capacity() {
                let doubled = self.data.capacity().saturating_mul(2);
                let cap = want.max(doubled.min(self.allocated));
                interp.limits.check_alloc(cap)?;
                self.data.reserve_exact(cap - self.data.len());
            }
            self.data.resize(want, 0);
        }
        Ok(&mut self.data[self.used..want])
    }

    /// The bytes written.
    pub(super) fn finish(mut self) -> Vec<u8> {
        self.data.truncate(self.used);
        self.data.shrink_to_fit();
        self.data
    }
}

/// A compressor, as `deflateInit2` made it.
pub(super) struct Deflater {
    z: Compress,
    level: i32,
}

/// The flush modes of `Compress.flush` zlib accepts, as flate2 names them. `Z_BLOCK`
/// (5) has no flate2 name: it flushes as `Z_PARTIAL_FLUSH` (see docs/differences.md).
pub(super) fn flush_mode(mode: i32) -> Option<FlushCompress> {
    Some(match mode {
        0 => FlushCompress::None,
        1 | 5 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return None,
    })
}

impl Deflater {
    /// `deflateInit2`'s checks; `None` where it refuses the options. `memLevel` and
    /// `strategy` are checked but flate2 has no way to pass them (memLevel 8 and the
    /// default strategy are used; see docs/differences.md).
    pub(super) fn new(
        level: i32,
        method: i32,
        wbits: i32,
        mem_level: i32,
        strategy: i32,
    ) -> Option<Deflater> {
        let level = if level == -1 { 6 } else { level };
        if !(0..=9).contains(&level)
            || method != 8
            || !(1..=9).contains(&mem_level)
            || !(0..=4).contains(&strategy)
        {
            return None;
        }
        let (header, gzip, bits) = if wbits < 0 {
            (false, false, wbits.checked_neg()?)
        } else if wbits > 15 {
            (true, true, wbits - 16)
        } else {
            (true, false, wbits)
        };
        if !(8..=15).contains(&bits) || (bits == 8 && (gzip || !header)) {
            return None;
        }
        // zlib itself turns a window of 8 bits into 9.
        let bits = bits.max(9) as u8;
        let c = Compression::new(level as u32);
        let z = if gzip {
            Compress::new_gzip(c, bits)
        } else {
            Compress::new_with_window_bits(c, header, bits)
        };
        Some(Deflater { z, level })
    }

    /// `deflateSetDictionary`; false where zlib refuses it (a gzip stream).
    pub(super) fn set_dictionary(&mut self, dict: &[u8]) -> bool {
        self.z.set_dictionary(dict).is_ok()
    }
}

/// One `deflate(strm, flush)` call on `input` with the output's space: returns the input
/// consumed. Levels 1-9 are fed in pieces (their output does not depend on how input
/// arrives); level 0 copies stored blocks sized by the input and space at hand, so it
/// gets the whole input at once, as in CPython.
pub(super) fn deflate_call(
    interp: &mut Interp,
    d: &mut Deflater,
    input: &[u8],
    out: &mut OutBuf,
    flush: FlushCompress,
) -> PyResult<usize> {
    let piece = if d.level == 0 { usize::MAX } else { IN_PIECE };
    let mut pos = 0;
    loop {
        let end = if input.len() - pos > piece {
            pos + piece
        } else {
            input.len()
        };
        let last = end == input.len();
        let mode = if last { flush } else { FlushCompress::None };
        let space = out.space(interp, usize::MAX)?;
        let (in0, out0) = (d.z.total_in(), d.z.total_out());
        // zlib refuses only a bad flush mode or a finished stream, which callers rule out.
        let _ = d.z.compress(&input[pos..end], space, mode);
        let consumed = (d.z.total_in() - in0) as usize;
        let produced = (d.z.total_out() - out0) as usize;
        pos += consumed;
        out.used += produced;
        charge_bytes(interp, consumed + produced)?;
        if last || out.avail() == 0 || pos < end {
            return Ok(pos);
        }
    }
}

/// How a stream's data is framed.
#[derive(Clone, Copy, PartialEq)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
    /// zlib or gzip, told by the first two bytes (wbits 32 + n).
    Auto,
}

/// What an inflate call ended with (zlib's return codes as CPython tells them apart).
#[derive(Clone, PartialEq)]
pub(super) enum ZStatus {
    /// `Z_OK` or `Z_BUF_ERROR`: more input or space is needed.
    Ok,
    End,
    NeedDict,
    /// Any other code, with zlib's message.
    Error(i32, Option<String>),
}

/// A decompressor, as `inflateInit2` made it.
pub(super) struct Inflater {
    z: Option<Decompress>,
    framing: Framing,
    /// The window bits asked for (8-15; 0 was taken as 15).
    bits: u8,
    /// The first byte, held until the second tells the framing (see `sniffs`).
    head: Vec<u8>,
    /// zlib's message once the stream is refused: zlib keeps returning it (its state is
    /// BAD), but flate2 clears the message before each call.
    failed: Option<Option<String>>,
}

impl Inflater {
    /// `inflateInit2`'s checks (`inflateReset2`); `None` where it refuses `wbits`.
    pub(super) fn new(wbits: i32) -> Option<Inflater> {
        let (framing, w) = if wbits < 0 {
            if !(-15..=-8).contains(&wbits) {
                return None;
            }
            (Framing::Raw, -wbits)
        } else {
            let w = if wbits < 48 { wbits & 15 } else { wbits };
            if w != 0 && !(8..=15).contains(&w) {
                return None;
            }
            let framing = match wbits >> 4 {
                0 => Framing::Zlib,
                1 => Framing::Gzip,
                _ => Framing::Auto,
            };
            (framing, if w == 0 { 15 } else { w })
        };
        let mut inf = Inflater {
            z: None,
            framing,
            bits: w as u8,
            head: Vec::new(),
            failed: None,
        };
        if !inf.sniffs() {
            inf.z = Some(inf.make(framing));
        }
        Some(inf)
    }

    /// Whether the first two bytes are looked at before a decoder is made: to tell gzip
    /// from zlib, or to refuse a zlib header's 9-bit window under `wbits=8` (flate2's
    /// smallest window is 9 bits).
    fn sniffs(&self) -> bool {
        self.framing == Framing::Auto || (self.framing == Framing::Zlib && self.bits == 8)
    }

    fn make(&self, framing: Framing) -> Decompress {
        let bits = self.bits.max(9);
        match framing {
            Framing::Raw => Decompress::new_with_window_bits(false, bits),
            Framing::Gzip => Decompress::new_gzip(bits),
            Framing::Zlib | Framing::Auto => Decompress::new_with_window_bits(true, bits),
        }
    }

    /// `inflateSetDictionary`: the error code and message where zlib refuses it.
    pub(super) fn set_dictionary(&mut self, dict: &[u8]) -> Result<(), (i32, Option<String>)> {
        let Some(z) = &mut self.z else {
            return Err((Z_STREAM_ERROR, None));
        };
        match z.set_dictionary(dict) {
            Ok(_) => Ok(()),
            // An Adler-32 that is not the one the stream asks for.
            Err(e) if e.needs_dictionary().is_some() => Err((Z_DATA_ERROR, None)),
            Err(e) => Err((Z_STREAM_ERROR, e.message().map(String::from))),
        }
    }

    /// One call of zlib's `inflate`: (input consumed, output produced, status).
    fn feed(&mut self, input: &[u8], out: &mut [u8]) -> (usize, usize, ZStatus) {
        if let Some(msg) = &self.failed {
            return (0, 0, ZStatus::Error(Z_DATA_ERROR, msg.clone()));
        }
        if self.z.is_none() {
            if self.head.len() + input.len() < 2 {
                self.head.extend_from_slice(input);
                return (input.len(), 0, ZStatus::Ok);
            }
            let (b0, b1) = match self.head.first() {
                Some(&b0) => (b0, input[0]),
                None => (input[0], input[1]),
            };
            let gzip = self.framing == Framing::Auto && b0 == 0x1f && b1 == 0x8b;
            let header_ok = (u32::from(b0) * 256 + u32::from(b1)) % 31 == 0 && b0 & 15 == 8;
            if !gzip && self.bits == 8 && header_ok && b0 >> 4 == 1 {
                let msg = Some("invalid window size".to_string());
                self.failed = Some(msg.clone());
                return (2 - self.head.len(), 0, ZStatus::Error(Z_DATA_ERROR, msg));
            }
            let mut z = self.make(if gzip { Framing::Gzip } else { Framing::Zlib });
            // The held byte was consumed by an earlier call; zlib keeps it in its bit buffer.
            let _ = z.decompress(&self.head, out, FlushDecompress::None);
            self.head.clear();
            self.z = Some(z);
        }
        let Some(z) = &mut self.z else {
            return (0, 0, ZStatus::Error(Z_STREAM_ERROR, None));
        };
        let (in0, out0) = (z.total_in(), z.total_out());
        let r = z.decompress(input, out, FlushDecompress::None);
        let consumed = (z.total_in() - in0) as usize;
        let produced = (z.total_out() - out0) as usize;
        let status = match r {
            Ok(Status::StreamEnd) => ZStatus::End,
            Ok(_) => ZStatus::Ok,
            Err(e) if e.needs_dictionary().is_some() => ZStatus::NeedDict,
            Err(e) => {
                let msg = e.message().map(String::from);
                self.failed = Some(msg.clone());
                ZStatus::Error(Z_DATA_ERROR, msg)
            }
        };
        (consumed, produced, status)
    }
}

/// One `inflate(strm, flush)` call on `input` with the output's space, made of charged
/// pieces: returns the input consumed and the status the call ends with.
pub(super) fn inflate_call(
    interp: &mut Interp,
    inf: &mut Inflater,
    input: &[u8],
    out: &mut OutBuf,
) -> PyResult<(usize, ZStatus)> {
    let mut pos = 0;
    loop {
        let end = input.len().min(pos + IN_PIECE);
        let space = out.space(interp, OUT_PIECE)?;
        let offered = space.len();
        let (consumed, produced, status) = inf.feed(&input[pos..end], space);
        pos += consumed;
        out.used += produced;
        charge_bytes(interp, consumed + produced)?;
        if status != ZStatus::Ok || out.avail() == 0 {
            return Ok((pos, status));
        }
        let starved = pos == input.len() && produced < offered;
        if starved || (consumed == 0 && produced == 0) {
            return Ok((pos, ZStatus::Ok));
        }
    }
}
