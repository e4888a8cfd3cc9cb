//! The byte stream under every file object: an open `std::fs::File` (or a standard
//! stream) with one read-ahead buffer and one write buffer. The raw (`FileIO`),
//! buffered (`BufferedReader`/`Writer`/`Random`) and text (`TextIOWrapper`) objects of
//! one `open()` share it, so their reads, writes and positions agree.

use std::io::{BufRead, Read, Seek, SeekFrom, Write};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::access::{os_error, StdinSource};
use crate::object::buffer::Buffer;
use crate::object::value::Value;

/// How much is read ahead, and how much writing is kept before it goes to the file.
pub(crate) const CHUNK: usize = 8192;

/// Where the bytes come from or go to.
pub(crate) enum Source {
    File(std::fs::File),
    /// The interpreter's standard input (`interp.access.stdin`).
    Stdin,
    /// The interpreter's output sink (`interp.out`).
    Stdout,
    /// The process's standard error, after what the output sink holds.
    Stderr,
    Closed,
}

/// What `open()`'s mode allows.
#[derive(Clone, Copy, Default)]
pub(crate) struct Mode {
    pub readable: bool,
    pub writable: bool,
    pub append: bool,
    pub created: bool,
}

impl Mode {
    /// FileIO's `mode`: `rb`, `wb`, `xb`, `ab`, with `+` when both ways.
    pub(crate) fn raw_string(self) -> &'static str {
        match (self.created, self.append, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }
}

pub(crate) struct Core {
    pub source: Source,
    /// The name the file was opened with (a str or an int descriptor).
    pub name: Value,
    pub mode: Mode,
    pub closefd: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

/// An OSError for a failed system call on an open file.
fn io_err(e: &std::io::Error) -> PyErr {
    file_error(e, None)
}

/// The OSError subclass CPython raises for a failed file operation
/// (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
pub(crate) fn file_error(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let mut err = os_error(e, filename);
    let kind = match e.raw_os_error() {
        Some(2) => ExcKind::FileNotFoundError,
        Some(17) => ExcKind::FileExistsError,
        Some(21) => ExcKind::IsADirectoryError,
        Some(20) => ExcKind::NotADirectoryError,
        Some(1 | 13) => ExcKind::PermissionError,
        _ => return err,
    };
    if let crate::error::ErrState::Pending { kind: k, .. } = &mut err.state {
        *k = kind;
    }
    err
}

impl Core {
    pub(crate) fn new(source: Source, name: Value, mode: Mode, closefd: bool) -> Core {
        Core {
            source,
            name,
            mode,
            closefd,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        }
    }

    pub(crate) fn is_closed(&self) -> bool {
        matches!(self.source, Source::Closed)
    }

    pub(crate) fn fileno(&self) -> Option<i64> {
        match &self.source {
            Source::Stdin => Some(0),
            Source::Stdout => Some(1),
            Source::Stderr => Some(2),
            #[cfg(unix)]
            Source::File(f) => {
                use std::os::unix::io::AsRawFd;
                Some(i64::from(f.as_raw_fd()))
            }
            _ => None,
        }
    }

    pub(crate) fn seekable(&self) -> bool {
        matches!(self.source, Source::File(_))
    }

    /// The bytes read ahead and not yet taken.
    pub(crate) fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    pub(crate) fn consume(&mut self, n: usize) {
        self.rpos = (self.rpos + n).min(self.rbuf.len());
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
    }

    /// Puts bytes back in front of what is read next (a text read that decoded more
    /// than it returns).
    pub(crate) fn unread(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut v = Vec::with_capacity(bytes.len() + self.pending().len());
        v.extend_from_slice(bytes);
        v.extend_from_slice(self.pending());
        self.rbuf = v;
        self.rpos = 0;
    }

    /// One read from the source into `dst`: the count (0 at end of file).
    fn read_source(&mut self, interp: &mut Interp, dst: &mut [u8]) -> PyResult<usize> {
        if dst.is_empty() {
            return Ok(0);
        }
        match &mut self.source {
            Source::File(f) => loop {
                match f.read(dst) {
                    Ok(n) => return Ok(n),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(io_err(&e)),
                }
            },
            Source::Stdin => {
                interp.out.flush();
                read_stdin(interp, dst)
            }
            _ => Ok(0),
        }
    }

    /// Writes made before a read or a seek go to the file first.
    fn before_read(&mut self, interp: &mut Interp) -> PyResult<()> {
        if !self.wbuf.is_empty() {
            self.flush(interp)?;
        }
        Ok(())
    }

    /// Reads more into the read-ahead buffer: how many bytes came (0 at end of file).
    /// Standard input is read a line at a time, so what the script leaves unread stays
    /// for the next reader (the REPL).
    pub(crate) fn fill(&mut self, interp: &mut Interp) -> PyResult<usize> {
        self.before_read(interp)?;
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let by_line = matches!(interp.access.stdin, StdinSource::Process);
        if matches!(self.source, Source::Stdin) && by_line {
            interp.out.flush();
            let line = read_stdin_line(interp)?;
            self.rbuf.extend_from_slice(&line);
            return Ok(line.len());
        }
        let old = self.rbuf.len();
        self.rbuf.resize(old + CHUNK, 0);
        let mut chunk = std::mem::take(&mut self.rbuf);
        let n = self.read_source(interp, &mut chunk[old..]);
        chunk.truncate(old + *n.as_ref().unwrap_or(&0));
        self.rbuf = chunk;
        n
    }

    /// `read()`: everything to the end of the file. The memory limit is asked for the
    /// file's remaining size before it is allocated.
    pub(crate) fn read_all(&mut self, interp: &mut Interp) -> PyResult<Vec<u8>> {
        self.before_read(interp)?;
        let mut out = self.pending().to_vec();
        self.consume(out.len());
        if let Source::File(f) = &mut self.source {
            let size = f.metadata().map(|m| m.len()).unwrap_or(0);
            let pos = f.stream_position().unwrap_or(0);
            let rest = usize::try_from(size.saturating_sub(pos)).unwrap_or(usize::MAX);
            interp.limits.check_alloc(rest)?;
            out.try_reserve(rest)
                .map_err(|_| PyErr::new(crate::error::ExcKind::MemoryError, ""))?;
        }
        loop {
            let old = out.len();
            if out.capacity() - old < CHUNK {
                interp.limits.check_alloc(out.len().max(CHUNK))?;
                out.reserve(out.len().max(CHUNK));
            }
            let room = out.capacity() - old;
            out.resize(old + room, 0);
            let n = self.read_source(interp, &mut out[old..]);
            let got = *n.as_ref().unwrap_or(&0);
            out.truncate(old + got);
            n?;
            interp.limits.charge(got as u64 / 4096 + 1)?;
            if got == 0 {
                return Ok(out);
            }
        }
    }

    /// `read(n)`: up to `n` bytes, fewer only at end of file (`once`: a raw read, at
    /// most one system call).
    pub(crate) fn read_n(
        &mut self,
        interp: &mut Interp,
        n: usize,
        once: bool,
    ) -> PyResult<Vec<u8>> {
        self.before_read(interp)?;
        let have = self.pending().len().min(n);
        let mut out = self.pending()[..have].to_vec();
        self.consume(have);
        if out.len() == n || (once && !out.is_empty()) {
            return Ok(out);
        }
        let cap = match &self.source {
            Source::File(f) => {
                let size = f.metadata().map(|m| m.len()).unwrap_or(0);
                let pos = self.tell().unwrap_or(0);
                usize::try_from(size.saturating_sub(pos)).unwrap_or(usize::MAX)
            }
            _ => CHUNK,
        };
        let want = (n - out.len()).min(cap.max(CHUNK));
        interp.limits.check_alloc(want)?;
        while out.len() < n {
            if self.fill(interp)? == 0 {
                break;
            }
            let take = self.pending().len().min(n - out.len());
            out.extend_from_slice(&self.pending()[..take]);
            self.consume(take);
            interp.limits.charge(take as u64 / 4096 + 1)?;
            if once {
                break;
            }
        }
        Ok(out)
    }

    /// `readinto(b)`: reads straight into `len` bytes of `buf` from `start`, with no
    /// copy in between (what was read ahead is copied first). `once`: one system call.
    pub(crate) fn read_into(
        &mut self,
        interp: &mut Interp,
        buf: &Buffer,
        start: usize,
        len: usize,
        once: bool,
    ) -> PyResult<usize> {
        self.before_read(interp)?;
        let mut done = self.pending().len().min(len);
        if done > 0 {
            let mut data = buf.borrow_mut();
            if let Some(dst) = data.get_mut(start..start + done) {
                dst.copy_from_slice(&self.rbuf[self.rpos..self.rpos + done]);
            }
            drop(data);
            self.consume(done);
            if once {
                return Ok(done);
            }
        }
        while done < len {
            let n = if matches!(self.source, Source::Stdin) {
                let n = self.fill(interp)?;
                let take = n.min(len - done);
                let mut data = buf.borrow_mut();
                if let Some(dst) = data.get_mut(start + done..start + done + take) {
                    dst.copy_from_slice(&self.rbuf[self.rpos..self.rpos + take]);
                }
                drop(data);
                self.consume(take);
                take
            } else {
                let mut data = buf.borrow_mut();
                let Some(dst) = data.get_mut(start + done..start + len) else {
                    break;
                };
                let Source::File(f) = &mut self.source else {
                    break;
                };
                match f.read(dst) {
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(io_err(&e)),
                }
            };
            interp.limits.charge(n as u64 / 4096 + 1)?;
            done += n;
            if n == 0 || once {
                break;
            }
        }
        Ok(done)
    }

    /// `readline(limit)`: up to and including the next `\n`.
    pub(crate) fn read_line(
        &mut self,
        interp: &mut Interp,
        limit: Option<usize>,
    ) -> PyResult<Vec<u8>> {
        self.before_read(interp)?;
        let limit = limit.unwrap_or(usize::MAX);
        let mut scanned = 0;
        loop {
            let p = self.pending();
            let upto = p.len().min(limit);
            if let Some(i) = p[scanned.min(upto)..upto].iter().position(|&b| b == b'\n') {
                let end = scanned.min(upto) + i + 1;
                let line = p[..end].to_vec();
                self.consume(end);
                return Ok(line);
            }
            if p.len() >= limit {
                let line = p[..limit].to_vec();
                self.consume(limit);
                return Ok(line);
            }
            scanned = p.len();
            interp.limits.charge(1)?;
            if self.fill(interp)? == 0 {
                let line = self.pending().to_vec();
                self.consume(line.len());
                return Ok(line);
            }
        }
    }

    /// `peek()`: what is read ahead, reading more when nothing is.
    pub(crate) fn peek(&mut self, interp: &mut Interp) -> PyResult<Vec<u8>> {
        if self.pending().is_empty() {
            self.fill(interp)?;
        }
        Ok(self.pending().to_vec())
    }

    pub(crate) fn write(&mut self, interp: &mut Interp, data: &[u8]) -> PyResult<()> {
        interp.limits.charge(data.len() as u64 / 4096 + 1)?;
        match &mut self.source {
            Source::Stdout => {
                interp.out.write_bytes(data);
                Ok(())
            }
            Source::Stderr => {
                interp.out.flush();
                let _ = std::io::stderr().write_all(data);
                Ok(())
            }
            Source::File(f) => {
                if !self.rbuf[self.rpos..].is_empty() {
                    // Writing after a read-ahead: the file's position goes back to
                    // where the script has read to.
                    let back = (self.rbuf.len() - self.rpos) as i64;
                    f.seek(SeekFrom::Current(-back)).map_err(|e| io_err(&e))?;
                }
                self.rbuf.clear();
                self.rpos = 0;
                if self.wbuf.len() + data.len() > CHUNK {
                    self.flush(interp)?;
                    if data.len() >= CHUNK {
                        if let Source::File(f) = &mut self.source {
                            f.write_all(data).map_err(|e| io_err(&e))?;
                        }
                        return Ok(());
                    }
                }
                self.wbuf.extend_from_slice(data);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    pub(crate) fn flush(&mut self, interp: &mut Interp) -> PyResult<()> {
        match &mut self.source {
            Source::File(f) if !self.wbuf.is_empty() => {
                let r = f.write_all(&self.wbuf);
                self.wbuf.clear();
                r.map_err(|e| io_err(&e))?;
            }
            Source::Stdout | Source::Stderr => interp.out.flush(),
            _ => {}
        }
        Ok(())
    }

    /// The position the script sees (what it has read or written up to).
    pub(crate) fn tell(&mut self) -> PyResult<u64> {
        let Source::File(f) = &mut self.source else {
            return Err(file_error(&std::io::Error::from_raw_os_error(29), None));
        };
        let pos = f.stream_position().map_err(|e| io_err(&e))?;
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        Ok(pos.saturating_sub(ahead) + self.wbuf.len() as u64)
    }

    pub(crate) fn seek(&mut self, interp: &mut Interp, off: i64, whence: i64) -> PyResult<u64> {
        self.flush(interp)?;
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        let Source::File(f) = &mut self.source else {
            return Err(file_error(&std::io::Error::from_raw_os_error(29), None));
        };
        let to = match whence {
            0 => SeekFrom::Start(
                u64::try_from(off)
                    .map_err(|_| file_error(&std::io::Error::from_raw_os_error(22), None))?,
            ),
            1 => SeekFrom::Current(off - ahead),
            _ => SeekFrom::End(off),
        };
        let pos = f.seek(to).map_err(|e| io_err(&e))?;
        self.rbuf.clear();
        self.rpos = 0;
        Ok(pos)
    }

    pub(crate) fn truncate(&mut self, interp: &mut Interp, size: Option<u64>) -> PyResult<u64> {
        self.flush(interp)?;
        let size = match size {
            Some(s) => s,
            None => self.tell()?,
        };
        let Source::File(f) = &mut self.source else {
            return Err(file_error(&std::io::Error::from_raw_os_error(22), None));
        };
        f.set_len(size).map_err(|e| io_err(&e))?;
        Ok(size)
    }

    /// Flushes, then lets the file go (closing its descriptor unless `closefd` is off
    /// for a standard stream).
    pub(crate) fn close(&mut self, interp: &mut Interp) -> PyResult<()> {
        if self.is_closed() {
            return Ok(());
        }
        let r = self.flush(interp);
        self.source = Source::Closed;
        self.rbuf = Vec::new();
        self.rpos = 0;
        r
    }

    pub(crate) fn isatty(&self) -> bool {
        use std::io::IsTerminal;
        match &self.source {
            Source::File(f) => f.is_terminal(),
            _ => false,
        }
    }
}

/// A file left open is flushed when its last object is freed (CPython's dealloc);
/// dropping the `File` closes it.
impl Drop for Core {
    fn drop(&mut self) {
        if let Source::File(f) = &mut self.source {
            if !self.wbuf.is_empty() {
                let _ = f.write_all(&self.wbuf);
            }
        }
    }
}

fn read_stdin(interp: &mut Interp, dst: &mut [u8]) -> PyResult<usize> {
    let r = match &mut interp.access.stdin {
        StdinSource::None => return Ok(0),
        StdinSource::Process => std::io::stdin().lock().read(dst),
        StdinSource::Reader(r) => r.read(dst),
    };
    r.map_err(|e| io_err(&e))
}

/// One line of standard input (with its `\n`; empty at end of input).
fn read_stdin_line(interp: &mut Interp) -> PyResult<Vec<u8>> {
    let mut line = Vec::new();
    match &mut interp.access.stdin {
        StdinSource::None => {}
        StdinSource::Process => {
            std::io::stdin()
                .lock()
                .read_until(b'\n', &mut line)
                .map_err(|e| io_err(&e))?;
        }
        StdinSource::Reader(_) => {}
    }
    Ok(line)
}
