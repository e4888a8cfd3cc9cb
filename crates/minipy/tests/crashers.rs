//! The reproducers of `tests/crash/` through the embedding API, each on a thread with a
//! 2 MiB stack (a host's worker thread): the host must get `Ok` or an `Error`, never a
//! panic or a stack overflow, and the output the script's `# expect:` lines name.

use std::path::{Path, PathBuf};
use std::time::Duration;

use minipy::{Interpreter, Limits};

fn header<'a>(src: &'a str, key: &str) -> Vec<&'a str> {
    src.lines()
        .filter_map(|l| l.strip_prefix("# ")?.strip_prefix(key)?.strip_prefix(": "))
        .collect()
}

/// A reproducer too big to keep as a file says `# expand: N TEXT`: `@@` in it stands
/// for TEXT repeated N times.
fn expand(src: &str) -> String {
    match header(src, "expand").first() {
        Some(spec) => {
            let (n, text) = spec.split_once(' ').unwrap();
            src.replace("@@", &text.repeat(n.parse().unwrap()))
        }
        None => src.to_string(),
    }
}

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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/crash");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/crash")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    let failures: Vec<String> = scripts
        .into_iter()
        .filter_map(|p| run_on_small_stack(p).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}
