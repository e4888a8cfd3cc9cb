//! The reproducers of `tests/crash/` through the embedding API, each on a thread with a
//! 2 MiB stack (a host's worker thread): the host must get `Ok` or an `Error`, never a
//! panic or a stack overflow, and the output the script's `# expect:` lines name.

#[path = "../../../tests/crash_support.rs"]
mod crash_support;

use crash_support::{expand, header, scripts};
use std::path::PathBuf;
use std::time::Duration;

use minipy::{Interpreter, Limits};

/// The command-line limits of a reproducer, as the embedding API's [`Limits`].
fn limits(args: &str) -> Limits {
    let mut limits = Limits::default();
    let words: Vec<&str> = args.split_whitespace().collect();
    for pair in words.chunks(2) {
        let [flag, value] = pair else { continue };
        match *flag {
            "--timeout" => limits.timeout = Some(Duration::from_secs_f64(value.parse().unwrap())),
            "--max-steps" => limits.max_steps = Some(value.parse().unwrap()),
            "--max-recursion" => limits.max_recursion = Some(value.parse().unwrap()),
            "--max-memory" => {
                let mb: usize = value.trim_end_matches('M').parse().unwrap();
                limits.max_memory = Some(mb << 20);
            }
            other => panic!("unknown flag {other}"),
        }
    }
    limits
}

fn run_on_small_stack(path: PathBuf) -> Result<(), String> {
    let src = std::fs::read_to_string(&path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let args = header(&src, "args").join(" ");
    let expect: Vec<String> = header(&src, "expect")
        .iter()
        .map(|s| s.to_string())
        .collect();
    let script = expand(&src);
    let filename = name.clone();
    let worker = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let mut py = Interpreter::new();
            py.set_limits(limits(&args));
            let out = py.capture_output();
            let result = py.run(&filename, &script);
            let mut text = out.take();
            if let Err(e) = result {
                text.push_str(&e.traceback);
            }
            text
        })
        .unwrap();
    let text = worker
        .join()
        .map_err(|_| format!("{name}: the host thread panicked"))?;
    for want in &expect {
        if !text.contains(want.as_str()) {
            return Err(format!("{name}: output lacks {want:?}\n{text}"));
        }
    }
    Ok(())
}

#[test]
fn reproducers_end_cleanly_in_a_host_thread() {
    let scripts = scripts();
    let failures: Vec<String> = scripts
        .into_iter()
        .filter_map(|p| run_on_small_stack(p).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}
