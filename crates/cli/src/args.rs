//! The command line: CPython's (`-c CODE`, `-m MODULE`, `-i`, `-q`, a script or `-`, then
//! the script's own arguments) and minipy's long options for limits and access. As in
//! CPython, `-c`, `-m` and the script end the options: what follows goes to `sys.argv`.
//! A bad option or value prints `error: ...` and exits with status 2.

use std::path::PathBuf;
use std::time::Duration;

const HELP: &str = "\
The minipy command: run scripts, -c code, or an interactive prompt

Usage: minipy [OPTIONS] [ARGS]...

Arguments:
  [ARGS]...  The script to run (`-` reads it from standard input), then its arguments

Options:
  -c <CODE>
          Program passed in as a string
  -m <MODULE>
          Run a module found on the module search path as the main module (a package runs its `__main__`); the remaining arguments go to `sys.argv`
  -i
          Run the script, then open the interactive prompt with its globals
  -q
          Do not print the banner at the interactive prompt
      --max-steps <N>
          Stop the script after this many steps (statements and loop iterations)
      --max-memory <SIZE>
          Stop the script when it asks for more memory than this (e.g. 64M, 1G)
      --max-recursion <N>
          Python call depth beyond which RecursionError is raised; the script's `sys.setrecursionlimit` can lower it but not raise it (default 1000)
      --timeout <SECONDS>
          Stop the script after this many seconds
      --sandbox
          Grant the script nothing outside the interpreter: no files, no environment, no standard input, no modules from disk
      --mount <HOST_DIR::/VIRTUAL[::ro|rw]>
          Let the script see HOST_DIR at /VIRTUAL, read-only unless `::rw` is added (HOST_DIR::/VIRTUAL[::ro|rw]; repeatable). Implies --sandbox: the script sees only its mounts
      --allow-env
          With --sandbox or --mount: show the process environment in os.environ
  -h, --help
          Print help
  -V, --version
          Print version
";

/// What the command line asks for.
#[derive(Debug, Default)]
pub struct Cli {
    pub command: Option<String>,
    pub module: Option<String>,
    pub interactive: bool,
    pub quiet: bool,
    pub max_steps: Option<u64>,
    pub max_memory: Option<usize>,
    pub max_recursion: Option<u32>,
    pub timeout: Option<Duration>,
    pub sandbox: bool,
    pub mounts: Vec<MountSpec>,
    pub allow_env: bool,
    /// The script (or `-`) and its arguments; after `-c`/`-m`, the arguments.
    pub args: Vec<String>,
}

/// A `--mount` argument.
#[derive(Clone, Debug)]
pub struct MountSpec {
    pub host: PathBuf,
    pub virtual_path: String,
    pub writable: bool,
}

/// Why the command line does not run a program: help or the version was asked for
/// (status 0), or it is wrong (status 2).
pub struct Stop {
    pub message: String,
    pub status: u8,
}

fn usage_error(text: String) -> Stop {
    Stop {
        message: format!("error: {text}\n\nFor more information, try '--help'.\n"),
        status: 2,
    }
}

/// Parses the arguments after the program name.
pub fn parse(argv: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Cli, Stop> {
    let mut args = Vec::new();
    for a in argv {
        match a.into_string() {
            Ok(s) => args.push(s),
            Err(_) => {
                return Err(usage_error(
                    "invalid UTF-8 was detected in one or more arguments".into(),
                ))
            }
        }
    }
    let mut cli = Cli::default();
    let mut rest = args.into_iter();
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--").filter(|l| !l.is_empty()) {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            if !long_option(&mut cli, name, inline, &mut rest)? {
                // Not an option of ours: the script's name, as CPython would try it.
                cli.args.push(arg);
                break;
            }
            continue;
        }
        let Some(flags) = arg.strip_prefix('-').filter(|f| !f.is_empty()) else {
            cli.args.push(arg);
            break;
        };
        if !short_options(&mut cli, flags, &mut rest)? {
            cli.args.push(arg);
            break;
        }
        if cli.command.is_some() || cli.module.is_some() {
            break;
        }
    }
    cli.args.extend(rest);
    Ok(cli)
}

/// A cluster of one-letter options (`-i`, `-qi`, `-c CODE`, `-cCODE`); false when its
/// first letter is none of ours (then it is a script's name).
fn short_options(
    cli: &mut Cli,
    flags: &str,
    rest: &mut impl Iterator<Item = String>,
) -> Result<bool, Stop> {
    for (at, flag) in flags.char_indices() {
        match flag {
            'i' => cli.interactive = true,
            'q' => cli.quiet = true,
            'h' => return Err(asked_for(HELP.into())),
            'V' => return Err(version()),
            'c' | 'm' => {
                let attached = &flags[at + 1..];
                let value = if attached.is_empty() {
                    let what = if flag == 'c' { "CODE" } else { "MODULE" };
                    rest.next()
                        .ok_or_else(|| missing(&format!("-{flag} <{what}>")))?
                } else {
                    attached.to_string()
                };
                if flag == 'c' {
                    cli.command = Some(value);
                } else {
                    cli.module = Some(value);
                }
                return Ok(true);
            }
            _ if at == 0 => return Ok(false),
            _ => return Err(usage_error(format!("unexpected argument '-{flag}' found"))),
        }
    }
    Ok(true)
}

/// `--name` or `--name=value`; false when `name` is none of ours.
fn long_option(
    cli: &mut Cli,
    name: &str,
    inline: Option<String>,
    rest: &mut impl Iterator<Item = String>,
) -> Result<bool, Stop> {
    let flag = |set: &mut bool| match &inline {
        Some(v) => Err(usage_error(format!(
            "unexpected value '{v}' for '--{name}' found; no more were expected"
        ))),
        None => {
            *set = true;
            Ok(true)
        }
    };
    let shown = match name {
        "sandbox" => return flag(&mut cli.sandbox),
        "allow-env" => return flag(&mut cli.allow_env),
        "help" => return Err(asked_for(HELP.into())),
        "version" => return Err(version()),
        "max-steps" | "max-recursion" => "N",
        "max-memory" => "SIZE",
        "timeout" => "SECONDS",
        "mount" => "HOST_DIR::/VIRTUAL[::ro|rw]",
        _ => return Ok(false),
    };
    let shown = format!("--{name} <{shown}>");
    let value = match inline {
        Some(v) => v,
        None => rest.next().ok_or_else(|| missing(&shown))?,
    };
    let invalid =
        |why: String| usage_error(format!("invalid value '{value}' for '{shown}': {why}"));
    match name {
        "max-steps" => cli.max_steps = Some(value.parse().map_err(|e| invalid(format!("{e}")))?),
        "max-recursion" => {
            let n: u32 = value.parse().map_err(|e| invalid(format!("{e}")))?;
            if n == 0 {
                return Err(invalid(format!("0 is not in 1..={}", u32::MAX)));
            }
            cli.max_recursion = Some(n);
        }
        "max-memory" => cli.max_memory = Some(parse_size(&value).map_err(invalid)?),
        "timeout" => cli.timeout = Some(parse_seconds(&value).map_err(invalid)?),
        _ => cli.mounts.push(parse_mount(&value).map_err(invalid)?),
    }
    Ok(true)
}

fn missing(shown: &str) -> Stop {
    usage_error(format!(
        "a value is required for '{shown}' but none was supplied"
    ))
}

/// Text asked for (help, the version): printed, status 0.
fn asked_for(message: String) -> Stop {
    Stop { message, status: 0 }
}

fn version() -> Stop {
    asked_for(format!("minipy {}\n", env!("CARGO_PKG_VERSION")))
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
    let host = PathBuf::from(host);
    if !host.is_dir() {
        return Err(format!("'{}' is not a directory", host.display()));
    }
    Ok(MountSpec {
        host,
        virtual_path: virtual_path.to_string(),
        writable,
    })
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
