//! Every script under `tests/crash/` reproduces a crash or limit escape that was found by
//! attacking minipy. Each must end with a Python exception, CPython's result or the limit
//! error: never a panic (exit 101), an abort or stack overflow (134), or a signal. The
//! script's `# args:` line gives the command-line limits, its `# expect:` lines what the
//! output must contain, and its `# status:` line the exit status. It runs with a 2 MiB
//! main-thread stack, the size of a host's worker thread.

#[path = "crash_support.rs"]
mod crash_support;

use crash_support::{expand, header, scripts};
use std::process::Command;

#[test]
fn reproducers_end_cleanly_in_the_cli() {
    let scripts = scripts();
    assert!(scripts.len() >= 30, "reproducers missing");
    let mut failures = Vec::new();
    for path in &scripts {
        let src = std::fs::read_to_string(path).unwrap();
        let args = header(&src, "args").join(" ");
        let name = path.file_name().unwrap().to_string_lossy();
        let expanded = expand(&src);
        let path = if expanded == src {
            path.clone()
        } else {
            let tmp = std::env::temp_dir().join(format!("minipy-crash-{name}"));
            std::fs::write(&tmp, &expanded).unwrap();
            tmp
        };
        let command = format!("ulimit -s 2048 && exec \"$0\" {args} \"$1\"");
        let out = Command::new("sh")
            .arg("-c")
            .arg(&command)
            .arg(env!("CARGO_BIN_EXE_minipy"))
            .arg(&path)
            .output()
            .expect("run minipy");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let status = out.status.code();
        let want_status: i32 = header(&src, "status")
            .first()
            .map_or(0, |s| s.trim().parse().unwrap());
        if status != Some(want_status) {
            failures.push(format!(
                "{name}: exit {status:?}, wanted {want_status}\n{text}"
            ));
            continue;
        }
        for want in header(&src, "expect") {
            if !text.contains(want) {
                failures.push(format!("{name}: output lacks {want:?}\n{text}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}
