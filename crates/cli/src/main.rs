//! The `minipy` command: `minipy FILE`, `minipy -c CODE`, `minipy -` and the REPL.
#![forbid(unsafe_code)]

mod repl;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use minipy::{Access, Interpreter, Limits};

/// A Python 3.11 subset whose bytes, bytearray and memoryview share buffers.
#[derive(Parser, Debug)]
#[command(name = "minipy", version, about, disable_help_subcommand = true)]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,
    /// Run a module found on the module search path as the main module (a package runs
    /// its `__main__`); the remaining arguments go to `sys.argv`.
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,
    /// Run the script, then open the interactive prompt with its globals.
    #[arg(short = 'i')]
    interactive: bool,
    /// Do not print the banner at the interactive prompt.
    #[arg(short = 'q')]
    quiet: bool,
    /// Stop the script after this many steps (statements and loop iterations).
    #[arg(long, value_name = "N")]
    max_steps: Option<u64>,
    /// Stop the script when it asks for more memory than this (e.g. 64M, 1G).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_memory: Option<usize>,
    /// Python call depth beyond which RecursionError is raised; the script's
    /// `sys.setrecursionlimit` can lower it but not raise it (default 1000).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    max_recursion: Option<u32>,
    /// Stop the script after this many seconds.
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, allow_negative_numbers = true)]
    timeout: Option<Duration>,
    /// Grant the script nothing outside the interpreter: no files, no environment, no
    /// standard input, no modules from disk.
    #[arg(long)]
    sandbox: bool,
    /// Let the script see HOST_DIR at /VIRTUAL, read-only unless `::rw` is added
    /// (HOST_DIR::/VIRTUAL[::ro|rw]; repeatable). Implies --sandbox: the script sees
    /// only its mounts.
    #[arg(long = "mount", value_name = "HOST_DIR::/VIRTUAL[::ro|rw]", value_parser = parse_mount)]
    mounts: Vec<MountSpec>,
    /// With --sandbox or --mount: show the process environment in os.environ.
    #[arg(long)]
    allow_env: bool,
    /// The script to run (`-` reads it from standard input), then its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// A `--mount` argument.
#[derive(Clone, Debug)]
struct MountSpec {
    host: std::path::PathBuf,
    virtual_path: String,
    writable: bool,
}

fn parse_mount(text: &str) -> Result<MountSpec, String> {
    let parts: Vec<&str> = text.split("::").collect();
    let (host, virtual_path, writable) = match parts.as_slice() {
        [host, virt] => (*host, *virt, false),
        [host, virt, "ro"] => (*host, *virt, false),
        [host, virt, "rw"] => (*host, *virt, true),
        [_, _, mode] => return Err(format!("unknown mount mode '{mode}' (use ro or rw)")),
        _ => return Err("expected HOST_DIR::/VIRTUAL[::ro|rw]".to_string()),
    };
    if host.is_empty() {
        return Err("the host directory is empty".to_string());
    }
    if !virtual_path.starts_with('/') {
        return Err(format!(
            "the virtual path '{virtual_path}' must start with '/'"
        ));
    }
    let host = std::path::PathBuf::from(host);
    if !host.is_dir() {
        return Err(format!("'{}' is not a directory", host.display()));
    }
    Ok(MountSpec {
        host,
        virtual_path: virtual_path.to_string(),
        writable,
    })
}

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

fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (digits, mult) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => {
            let unit = t[i..].to_ascii_uppercase();
            let m: usize = match unit.trim_end_matches(['B', 'I']) {
                "" => 1,
                "K" => 1 << 10,
                "M" => 1 << 20,
                "G" => 1 << 30,
                _ => return Err(format!("unknown size unit in '{text}'")),
            };
            (&t[..i], m)
        }
        None => (t, 1),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("invalid size '{text}'"))?;
    Ok(n.saturating_mul(mult))
}

/// A time limit: a finite, non-negative number of seconds (fractions allowed).
fn parse_seconds(text: &str) -> Result<Duration, String> {
    let secs: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("'{text}' is not a number of seconds"))?;
    if secs.is_nan() || secs < 0.0 {
        return Err("must be a non-negative number of seconds".to_string());
    }
    if secs.is_infinite() {
        return Err("must be a finite number of seconds".to_string());
    }
    Duration::try_from_secs_f64(secs)
        .map_err(|_| format!("at most {} seconds are allowed", u64::MAX))
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut py = Interpreter::new();
    configure(&mut py, &cli);
    if let Err(msg) = grant_access(&mut py, &cli) {
        eprintln!("minipy: {msg}");
        return ExitCode::from(2);
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
        let s = run_program(&mut py, "<string>", code);
        if cli.interactive {
            repl::run(py, true)
        } else {
            s
        }
    } else if let Some(path) = cli.args.first().filter(|p| *p != "-") {
        py.set_argv(cli.args.clone());
        match read_file(path) {
            Ok(source) => {
                let _ = py.set_global("__file__", absolute(path));
                let _ = py.set_global("__cached__", ());
                let s = run_program(&mut py, &absolute(path), &source);
                if cli.interactive {
                    repl::run(py, true)
                } else {
                    s
                }
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
            return ExitCode::from(1);
        }
        match decode_source("<stdin>", bytes) {
            Ok(source) => run_program(&mut py, "<stdin>", &source),
            Err(msg) => {
                eprintln!("{msg}");
                1
            }
        }
    } else {
        repl::run(py, cli.quiet)
    };
    ExitCode::from(status)
}
