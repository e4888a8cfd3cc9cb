//! The `minipy` command: `minipy FILE`, `minipy -c CODE`, `minipy -` and the REPL.
#![forbid(unsafe_code)]

mod args;
mod repl;

use std::io::{IsTerminal, Read, Write};

use args::Cli;
use minipy::{Access, Interpreter, Limits};

/// Grants what the flags ask for: the process's own access by default, nothing with
/// `--sandbox`, only the mounted directories with `--mount`.
fn grant_access(py: &mut Interpreter, cli: &Cli) -> Result<(), String> {
    if !cli.sandbox && cli.mounts.is_empty() {
        py.allow_process_access();
        return Ok(());
    }
    for m in &cli.mounts {
        py.mount_dir(&m.host, &m.virtual_path, m.writable)
            .map_err(|e| format!("cannot mount '{}': {e}", m.host.display()))?;
    }
    py.allow_env(cli.allow_env);
    Ok(())
}

fn configure(py: &mut Interpreter, cli: &Cli) {
    py.set_limits(Limits {
        max_steps: cli.max_steps,
        max_memory: cli.max_memory,
        max_recursion: cli.max_recursion.map(|depth| depth as usize),
        timeout: cli.timeout,
    });
    // Ctrl-C while code runs raises KeyboardInterrupt in the script.
    py.set_interrupt_as_keyboard(true);
    let interrupt = py.interrupt_handle();
    let _ = ctrlc::set_handler(move || interrupt.interrupt());
}

/// Runs a program and reports an uncaught error like CPython; returns the exit status.
fn run_program(py: &mut Interpreter, filename: &str, source: &str) -> u8 {
    match py.run(filename, source) {
        Ok(()) => 0,
        Err(e) => {
            eprint!("{}", e.traceback);
            e.process_status() as u8
        }
    }
}

/// CPython shows the main script's absolute path in tracebacks.
fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_string();
    };
    let mut out = cwd;
    for part in p.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.to_string_lossy().into_owned()
}

/// A script's source, or the message and exit status for why it cannot run.
fn read_file(path: &str) -> Result<String, (String, u8)> {
    let bytes = std::fs::read(path).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "[Errno 2] No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "[Errno 13] Permission denied".to_string(),
            _ => e.to_string(),
        };
        (format!("minipy: can't open file '{path}': {reason}"), 2)
    })?;
    decode_source(path, bytes).map_err(|msg| (msg, 1))
}

fn decode_source(path: &str, bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[pos];
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            e.as_bytes()[..pos].iter().filter(|b| **b == b'\n').count() + 1
        )
    })
}

/// What the command line grants a script: the process's own files, environment and
/// stdin, and the module search path: `first` (the script's directory, '' for `-c` and
/// the prompt, the working directory for `-m`), then the `MINIPYPATH` entries (made
/// absolute, as CPython makes `PYTHONPATH`'s).
fn grant_process(py: &mut Interpreter, first: String) {
    let mut module_path = vec![first];
    if let Some(extra) = std::env::var_os("MINIPYPATH") {
        for dir in std::env::split_paths(&extra) {
            let dir = dir.to_string_lossy();
            if !dir.is_empty() {
                module_path.push(absolute(&dir));
            }
        }
    }
    py.set_access(Access {
        module_path,
        ..Access::process()
    });
}

/// `minipy -m MODULE ARGS...`: CPython shows runpy's frames above the module's own.
fn run_module_flag(py: &mut Interpreter, name: &str, args: &[String], sandboxed: bool) -> u8 {
    if !sandboxed {
        grant_process(py, absolute("."));
    }
    let mut argv = vec!["-m".to_string()];
    argv.extend(args.iter().cloned());
    py.set_argv(argv);
    match py.run_main_module(name) {
        Ok(None) => 0,
        Ok(Some(reason)) => {
            eprintln!("minipy: {reason}");
            1
        }
        Err(e) => {
            const HEADER: &str = "Traceback (most recent call last):\n";
            let text = &e.traceback;
            let shown = if let Some(at) = text.rfind(HEADER) {
                let (head, tail) = text.split_at(at + HEADER.len());
                format!(
                    "{head}  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  File \"<frozen runpy>\", line 88, in _run_code\n{tail}"
                )
            } else if text.starts_with("  File ") {
                // A syntax error in the module itself, found while runpy compiled it.
                format!(
                    "{HEADER}  File \"<frozen runpy>\", line 189, in _run_module_as_main\n  File \"<frozen runpy>\", line 159, in _get_module_details\n  File \"<frozen importlib._bootstrap_external>\", line 1074, in get_code\n  File \"<frozen importlib._bootstrap_external>\", line 1004, in source_to_code\n  File \"<frozen importlib._bootstrap>\", line 241, in _call_with_frames_removed\n{text}"
                )
            } else {
                text.clone()
            };
            eprint!("{shown}");
            e.process_status() as u8
        }
    }
}

/// The interpreter's native stack: the 8 MiB a main thread has by default. Deeper
/// recursion grows it by segments (`with_stack`).
const STACK_SIZE: usize = 8 << 20;

/// The interpreter runs on a thread of its own: glibc knows a spawned thread's stack
/// bounds, while for the main thread it parses `/proc/self/maps` (which the stack
/// checks would otherwise ask for once more at start).
fn main() {
    let runner = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_SIZE)
        .spawn(run);
    match runner.map(std::thread::JoinHandle::join) {
        Ok(Ok(())) => {}
        // The panic was reported by the panic hook.
        Ok(Err(_)) => std::process::exit(101),
        Err(e) => {
            eprintln!("minipy: cannot start the interpreter's thread: {e}");
            std::process::exit(1);
        }
    }
}

fn run() {
    let cli = match args::parse(std::env::args_os().skip(1)) {
        Ok(cli) => cli,
        Err(stop) => {
            if stop.status == 0 {
                print!("{}", stop.message);
            } else {
                eprint!("{}", stop.message);
            }
            let _ = std::io::stdout().flush();
            std::process::exit(i32::from(stop.status));
        }
    };
    let mut py = Interpreter::new();
    configure(&mut py, &cli);
    if let Err(msg) = grant_access(&mut py, &cli) {
        eprintln!("minipy: {msg}");
        py.exit(2);
    }
    let sandboxed = cli.sandbox || !cli.mounts.is_empty();
    let script_dir = match (&cli.command, &cli.module, cli.args.first()) {
        (None, None, Some(path)) if path != "-" => {
            let abs = absolute(path);
            std::path::Path::new(&abs)
                .parent()
                .map_or(String::new(), |p| p.to_string_lossy().into_owned())
        }
        _ => String::new(),
    };
    if !sandboxed {
        grant_process(&mut py, script_dir);
    }
    let status = if let Some(name) = &cli.module {
        run_module_flag(&mut py, name, &cli.args, sandboxed)
    } else if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        py.set_argv(argv);
        let status = run_program(&mut py, "<string>", code);
        if cli.interactive {
            std::process::exit(repl::run(py, true).into());
        }
        status
    } else if let Some(path) = cli.args.first().filter(|p| *p != "-") {
        py.set_argv(cli.args.clone());
        match read_file(path) {
            Ok(source) => {
                let _ = py.set_global("__file__", absolute(path));
                let _ = py.set_global("__cached__", ());
                let status = run_program(&mut py, &absolute(path), &source);
                if cli.interactive {
                    std::process::exit(repl::run(py, true).into());
                }
                status
            }
            Err((msg, status)) => {
                eprintln!("{msg}");
                status
            }
        }
    } else if !cli.args.is_empty() || !std::io::stdin().is_terminal() {
        // `minipy -` or piped input: read the whole program, run it without prompts.
        let mut argv = cli.args.clone();
        if argv.is_empty() {
            argv.push(String::new());
        }
        py.set_argv(argv);
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("minipy: cannot read standard input: {e}");
            py.exit(1);
        }
        match decode_source("<stdin>", bytes) {
            Ok(source) => run_program(&mut py, "<stdin>", &source),
            Err(msg) => {
                eprintln!("{msg}");
                1
            }
        }
    } else {
        std::process::exit(repl::run(py, cli.quiet).into());
    };
    py.exit(status)
}
