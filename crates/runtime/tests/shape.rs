//! The runtime's shape (docs/architecture.md), checked so it cannot silently rot:
//! - layers import one way: a file may name its own layer and the layers below it,
//!   never one above (a lower layer reaches a higher one only through `Interp` methods);
//!   the test reads every `crate::` path in the source, outside comments;
//! - every object a script can create comes from the one allocation path;
//! - no source file in `crates/` passes 1,000 lines, except generated tables.

use std::path::{Path, PathBuf};

/// Bottom to top. `boot.rs` (which installs everything) and `embed.rs` (what hosts call)
/// sit on top; `lib.rs` (the public surface) is exempt. `interp.rs` is the hub (see
/// `HUB`).
const LAYERS: &[(&str, usize)] = &[
    ("error", 0),
    ("object", 1),
    ("types", 2),
    ("protocols", 3),
    ("exec", 4),
    ("builtins", 5),
    ("stdlib", 5),
    ("boot", 6),
    ("embed", 6),
];

/// `Interp` is how a lower layer reaches a higher one, so every layer may name it; its
/// fields hold every layer's state (the module registry, the type caches), so `interp.rs`
/// may name any layer's types. Its behaviour lives in the layers, in `impl Interp` blocks.
const HUB: &str = "interp";

/// The knots a one-way rule cannot untie, each a type named (never code called):
/// (file or folder prefix, path prefix it may name, why).
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "error/",
        "crate::object::",
        "an exception in flight carries its Python exception object, a Value",
    ),
    (
        "object/value.rs",
        "crate::types::",
        "Value is the enum of every type's payload; it names each payload struct",
    ),
    (
        "object/",
        "crate::exec::code::",
        "a function object holds its resolved code",
    ),
    (
        "object/",
        "crate::exec::traceback::TbEntry",
        "an exception object holds the traceback entries of the frames it passed",
    ),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn layer(name: &str) -> Option<usize> {
    let name = name.strip_suffix(".rs").unwrap_or(name);
    LAYERS.iter().find(|(l, _)| *l == name).map(|(_, n)| *n)
}

/// The `crate::a::b` paths a line names, outside `//` comments.
fn crate_paths(line: &str) -> Vec<String> {
    let code = match line.find("//") {
        Some(i) => &line[..i],
        None => line,
    };
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let tail = &rest[i..];
        let end = tail
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '#'))
            .unwrap_or(tail.len());
        out.push(tail[..end].to_string());
        rest = &tail[end..];
    }
    out
}

#[test]
fn imports_point_down() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "lib.rs" {
            continue;
        }
        let top = rel.split('/').next().unwrap();
        if top.strip_suffix(".rs") == Some(HUB) {
            continue;
        }
        let Some(own) = layer(top) else {
            wrong.push(format!("{rel}: not in any layer (see LAYERS)"));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for path in crate_paths(line) {
                let target = path
                    .trim_start_matches("crate::")
                    .split("::")
                    .next()
                    .unwrap();
                if target == HUB {
                    continue;
                }
                let Some(theirs) = layer(target) else {
                    wrong.push(format!("{rel}:{}: `{path}` names no layer", n + 1));
                    continue;
                };
                if theirs <= own {
                    continue;
                }
                let allowed = ALLOWED
                    .iter()
                    .any(|(from, to, _)| rel.starts_with(from) && path.starts_with(to));
                if !allowed {
                    wrong.push(format!("{rel}:{}: `{path}` points up", n + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "wrong-way imports:\n{}", wrong.join("\n"));
}

/// The test would pass vacuously if it found no paths: make sure it reads the tree.
#[test]
fn reads_the_tree() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    assert!(files.len() > 30);
    assert_eq!(
        crate_paths("use crate::object::value::Value; // crate::exec"),
        ["crate::object::value::Value"]
    );
}

/// Heap values are made by `object::alloc::alloc`, never by a bare `Rc::new`.
#[test]
fn objects_come_from_the_allocation_path() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let bare = ["(Rc::new(", "(std::rc::Rc::new("]
                .iter()
                .any(|p| line.contains(p) && line.contains("Value::"));
            if bare {
                wrong.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "objects made outside alloc():\n{}",
        wrong.join("\n")
    );
}

/// Files stay under 1,000 lines (a generated table says so on its first line).
#[test]
fn files_stay_small() {
    let crates = src().join("../..");
    let mut files = Vec::new();
    for dir in [
        "runtime/src",
        "syntax/src",
        "minipy/src",
        "cli/src",
        "minipy/tests",
    ] {
        rust_files(&crates.join(dir), &mut files);
    }
    let mut big = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let generated = text.lines().next().is_some_and(|l| l.contains("generated"));
        let n = text.lines().count();
        if n > 1000 && !generated {
            big.push(format!("{}: {n} lines", file.display()));
        }
    }
    assert!(
        big.is_empty(),
        "files over 1,000 lines:\n{}",
        big.join("\n")
    );
}
