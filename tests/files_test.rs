//! Reading a large file with `readinto` goes straight into the script's buffer: a 100 MB
//! file read through `f.readinto(memoryview(buf)[off:])` in 1 MiB chunks keeps minipy's
//! peak RSS under the buffer's size plus the interpreter's own base (the peak RSS of
//! `-c pass`), plus 10%. A copy per chunk, or a read into a temporary, would pass it.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

const SIZE: usize = 100 * 1000 * 1000;

/// The byte at offset `i` of the test file (a period that is not a power of two, so a
/// chunk landing at the wrong offset shows).
fn pattern(i: usize) -> u8 {
    (i % 251) as u8
}

/// A fresh directory for this test's file, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let dir = std::env::temp_dir().join(format!("minipy-files-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs minipy under python3, which reports the child's peak RSS in bytes after the
/// child's own output.
fn run_measured(args: &[&str]) -> (String, u64) {
    let wrapper = "import resource, subprocess, sys\n\
        r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n\
        sys.stderr.buffer.write(r.stderr)\n\
        sys.stdout.buffer.write(r.stdout)\n\
        print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)";
    let out = Command::new("python3")
        .args(["-c", wrapper, env!("CARGO_BIN_EXE_minipy")])
        .args(args)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let last = stdout.lines().last().unwrap_or_default().to_string();
    let mut fields = last.split_whitespace();
    let code: i32 = fields.next().and_then(|f| f.parse().ok()).unwrap_or(-1);
    let rss: u64 = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0);
    assert_eq!(code, 0, "minipy failed: {stdout}\n{stderr}");
    (stdout, rss)
}

const READER: &str = r#"import sys
path, size = sys.argv[1], int(sys.argv[2])
buf = bytearray(size)
view = memoryview(buf)
off = 0
chunks = 0
with open(path, 'rb') as f:
    while off < size:
        n = f.readinto(view[off:off + (1 << 20)])
        if not n:
            break
        off += n
        chunks += 1
    assert f.readinto(view[:1]) == 0
print(off, chunks, buf[0], buf[250], buf[251], buf[size // 2], buf[size - 1])
"#;

#[test]
fn readinto_a_large_file_copies_nothing() {
    let dir = TempDir::new();
    let path = dir.0.join("big.bin");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
        let block: Vec<u8> = (0..251 * 4096).map(pattern).collect();
        let mut left = SIZE;
        while left > 0 {
            let n = left.min(block.len());
            f.write_all(&block[..n]).expect("write");
            left -= n;
        }
        f.flush().expect("flush");
    }
    let (_, base) = run_measured(&["-c", "pass"]);
    let path_arg = path.to_string_lossy().to_string();
    let size_arg = SIZE.to_string();
    let (out, rss) = run_measured(&["-c", READER, &path_arg, &size_arg]);
    let expected = format!(
        "{SIZE} {} {} {} {} {} {}",
        SIZE.div_ceil(1 << 20),
        pattern(0),
        pattern(250),
        pattern(251),
        pattern(SIZE / 2),
        pattern(SIZE - 1)
    );
    assert_eq!(out.lines().next().unwrap_or_default(), expected);
    let bound = (SIZE as u64 + base) * 11 / 10;
    assert!(
        rss <= bound,
        "peak RSS {} MiB over the bound {} MiB (base {} MiB)",
        rss >> 20,
        bound >> 20,
        base >> 20
    );
}
