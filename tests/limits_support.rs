//! The bombs of `tests/limits/`, shared by the CLI test and the embedding test: each line
//! of a `PREFIX*.txt` file is one program (`\n` in it is a newline; blank and `#` lines
//! are skipped).

use std::path::{Path, PathBuf};

/// `(line as written, program)` for every bomb of the files starting with `prefix`.
pub fn bombs(prefix: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/limits");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/limits")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        for line in std::fs::read_to_string(&f).expect("bomb file").lines() {
            if !line.trim().is_empty() && !line.starts_with('#') {
                out.push((line.to_string(), line.replace("\\n", "\n")));
            }
        }
    }
    assert!(!out.is_empty(), "no bombs for {prefix}");
    out
}
