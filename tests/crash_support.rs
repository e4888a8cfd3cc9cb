//! What `tests/crash/` reproducers say of themselves, shared by the CLI test and the
//! embedding test: `# args:` (command-line limits), `# expect:` (output that must appear),
//! `# status:` (exit status) and `# expand: N TEXT` (`@@` stands for TEXT repeated N
//! times, for reproducers too big to keep as a file).

use std::path::{Path, PathBuf};

/// The reproducers, sorted.
pub fn scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/crash");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/crash")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    scripts
}

/// The values of a header line `# KEY: VALUE`, in order.
pub fn header<'a>(src: &'a str, key: &str) -> Vec<&'a str> {
    src.lines()
        .filter_map(|l| l.strip_prefix("# ")?.strip_prefix(key)?.strip_prefix(": "))
        .collect()
}

/// The script with its `@@` expanded.
pub fn expand(src: &str) -> String {
    match header(src, "expand").first() {
        Some(spec) => {
            let (n, text) = spec.split_once(' ').unwrap();
            src.replace("@@", &text.repeat(n.parse().unwrap()))
        }
        None => src.to_string(),
    }
}
