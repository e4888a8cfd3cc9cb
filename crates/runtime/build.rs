//! Embeds the Python-source standard modules (`src/stdlib/python/**.py`): writes
//! `$OUT_DIR/frozen.rs`, a table of every module's dotted name, whether it is a package,
//! its path under that folder and its text (`include_str!`), sorted by name.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                let name = format!("{prefix}{stem}");
                walk(&path, &format!("{name}."), out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            if stem == "__init__" {
                out.push((prefix.trim_end_matches('.').to_owned(), true, path));
            } else {
                out.push((format!("{prefix}{stem}"), false, path));
            }
        }
    }
}

fn main() {
    let root = Path::new("src/stdlib/python");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut modules = Vec::new();
    walk(root, "", &mut modules);
    modules.sort();
    let mut table = String::from("pub(crate) const FROZEN: &[Frozen] = &[\n");
    for (name, package, path) in modules {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let _ = writeln!(
            table,
            "    Frozen {{ name: {name:?}, package: {package}, path: {rel:?}, \
             source: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/src/stdlib/python/\", {rel:?})) }},"
        );
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("frozen.rs");
    // A build script reports failure by panicking: without the table the crate cannot
    // compile. This runs at build time only; no script reaches it.
    if let Err(e) = std::fs::write(&out, table) {
        panic!("cannot write {}: {e}", out.display());
    }
}
