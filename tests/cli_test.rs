//! The command line: `-c`, `-`, piped programs, bad paths and exit statuses, each
//! compared with what `python3` does.

use std::io::Write;
use std::process::{Command, Stdio};

struct Run {
    stdout: String,
    stderr: String,
    status: i32,
}

fn run(program: &str, args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(program)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin was piped");
        pipe.write_all(input.as_bytes()).expect("write to child");
    }
    let out = child.wait_with_output().expect("child output");
    let redact = |b: &[u8]| {
        let s = String::from_utf8_lossy(b).to_string();
        let mut out = String::new();
        let mut rest = s.as_str();
        while let Some(i) = rest.find("at 0x") {
            out.push_str(&rest[..i + 5]);
            rest = rest[i + 5..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        }
        out.push_str(rest);
        out
    };
    Run {
        stdout: redact(&out.stdout),
        stderr: redact(&out.stderr),
        status: out.status.code().unwrap_or(-1),
    }
}

fn minipy(args: &[&str], stdin: Option<&str>) -> Run {
    run(env!("CARGO_BIN_EXE_minipy"), args, stdin)
}

fn same_as_python(args: &[&str], stdin: Option<&str>) -> Run {
    let ours = minipy(args, stdin);
    let theirs = run("python3", args, stdin);
    assert_eq!(ours.stdout, theirs.stdout, "stdout of {args:?}");
    assert_eq!(ours.stderr, theirs.stderr, "stderr of {args:?}");
    assert_eq!(ours.status, theirs.status, "status of {args:?}");
    ours
}

const ARTICLE: &[&str] = &[
    "bytes_obj = b'Hello, World!'\nmem_view = memoryview(bytes_obj)\nprint(mem_view)\n",
    "bytearray_obj = bytearray(b'Example data')\nmem_view = memoryview(bytearray_obj)\nprint(mem_view)\n",
    "mem_slice = mem_view[7:12]\nprint(mem_slice.tobytes())\n",
    "mem_view[0] = 65  # 'A' in ASCII\nprint(bytearray_obj)\n",
];

#[test]
fn article_with_dash_c() {
    let all = ARTICLE.concat();
    let r = same_as_python(&["-c", &all], None);
    assert_eq!(
        r.stdout,
        "<memory at 0x>\n<memory at 0x>\nb' data'\nbytearray(b'Axample data')\n"
    );
    for snippet in ARTICLE {
        same_as_python(&["-c", snippet], None);
    }
}

#[test]
fn program_from_stdin() {
    let all = ARTICLE.concat();
    let r = same_as_python(&["-"], Some(&all));
    assert_eq!(r.status, 0);
    let piped = same_as_python(&[], Some("print(1 + 1)\nx = [1]\nx\n"));
    assert_eq!(piped.stdout, "2\n");
}

#[test]
fn argv_and_exit_status() {
    let r = same_as_python(
        &["-c", "import sys; print(sys.argv); sys.exit(4)", "a", "b"],
        None,
    );
    assert_eq!(r.status, 4);
    let r = same_as_python(&["-c", "raise SystemExit('bye')"], None);
    assert_eq!((r.status, r.stderr.as_str()), (1, "bye\n"));
    same_as_python(&["-c", "import sys; sys.exit()"], None);
}

#[test]
fn errors_exit_with_status_1() {
    let r = same_as_python(&["-c", "print('out')\n1/0"], None);
    assert_eq!(r.status, 1);
    assert!(r.stderr.ends_with("ZeroDivisionError: division by zero\n"));
    let r = same_as_python(&["-c", "x = (1,"], None);
    assert_eq!(r.status, 1);
    assert!(r.stderr.contains("SyntaxError: '(' was never closed"));
}

#[test]
fn invalid_utf8_source() {
    let path = std::env::temp_dir().join(format!("minipy-bad-utf8-{}.py", std::process::id()));
    std::fs::write(&path, b"x = 1\ny = \"\xff\"\n").expect("write temp file");
    let p = path.to_string_lossy().to_string();
    let r = same_as_python(&[&p], None);
    assert_eq!(r.status, 1);
    assert!(
        r.stderr
            .starts_with("SyntaxError: Non-UTF-8 code starting with '\\xff'"),
        "{}",
        r.stderr
    );
    let _ = std::fs::remove_file(&path);
}

#[test]
fn missing_file() {
    let r = minipy(&["/nonexistent/script.py"], None);
    assert_eq!(r.status, 2);
    assert_eq!(
        r.stderr,
        "minipy: can't open file '/nonexistent/script.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn hostile_inputs_do_not_crash() {
    let deep = "(".repeat(100_000);
    let r = minipy(&["-c", &deep], None);
    assert_eq!(r.status, 1);
    assert!(
        r.stderr
            .contains("SyntaxError: too many nested parentheses"),
        "{}",
        r.stderr
    );
    let long_sum = format!("x = {}\nprint(x)", "1+".repeat(100_000) + "1");
    let r = minipy(&["-"], Some(&long_sum));
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (0, "100001\n"),
        "{}",
        r.stderr
    );
    let ten_mb = format!("s = '{}'\nprint(len(s))", "a".repeat(10 << 20));
    let r = minipy(&["-"], Some(&ten_mb));
    assert_eq!(r.stdout, format!("{}\n", 10 << 20));
    let nul = minipy(&["-"], Some("x = 1\0"));
    assert_eq!(nul.status, 1);
    let unary = format!("print({}1)", "-".repeat(100_000));
    let r = minipy(&["-c", &unary], None);
    assert!(r.status == 0 || r.stderr.contains("Error"), "{}", r.stderr);
    let r = minipy(&["-c", ""], None);
    assert_eq!(r.status, 0);
    let r = minipy(&["-"], Some("x = [\n"));
    assert_eq!(r.status, 1);
    // Deep data structures are freed, compared and hashed without overflowing the stack.
    let deep = "a = []\nfor i in range(1000000):\n    a = [a]\nclass N:\n    def __init__(self, n):\n        self.n = n\nh = None\nfor i in range(300000):\n    h = N(h)\nt = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t) != 0)\na = h = t = None\nprint('freed')\n";
    let r = minipy(&["-"], Some(deep));
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (0, "True\nfreed\n"),
        "{}",
        r.stderr
    );
    let cmp = "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\na == b\n";
    let r = minipy(&["-"], Some(cmp));
    assert!(
        r.stderr
            .ends_with("RecursionError: maximum recursion depth exceeded in comparison\n"),
        "{}",
        r.stderr
    );
}

/// Bad values for the limit options are usage errors (status 2, as argparse and clap
/// give), never a panic; extreme but valid values run the program.
#[test]
fn limit_options_are_validated() {
    let bad: &[(&str, &str)] = &[
        ("--timeout", "-1"),
        ("--timeout", "-0.5"),
        ("--timeout", "nan"),
        ("--timeout", "inf"),
        ("--timeout", "-inf"),
        ("--timeout", "1e20"),
        ("--timeout", "abc"),
        ("--timeout", ""),
        ("--max-steps", "-1"),
        ("--max-steps", "1e3"),
        ("--max-steps", "abc"),
        ("--max-steps", "99999999999999999999999"),
        ("--max-memory", "-1"),
        ("--max-memory", "abc"),
        ("--max-memory", "1T"),
        ("--max-memory", "99999999999999999999G"),
    ];
    for (opt, value) in bad {
        let joined = format!("{opt}={value}");
        for argv in [
            vec![*opt, *value, "-c", "print(1)"],
            vec![joined.as_str(), "-c", "print(1)"],
        ] {
            let r = minipy(&argv, None);
            assert_eq!(r.status, 2, "{argv:?}: {}", r.stderr);
            assert_eq!(r.stdout, "", "{argv:?}");
            assert!(
                r.stderr
                    .starts_with(&format!("error: invalid value '{value}' for '{opt} "))
                    && r.stderr.contains("--help"),
                "{argv:?}: {}",
                r.stderr
            );
        }
    }
    let good: &[&[&str]] = &[
        &["--timeout", "1e19"],
        &["--timeout", "1e18"],
        &["--timeout", "60"],
        &["--timeout=0.5"],
        &["--max-steps", "18446744073709551615"],
        &["--max-memory", "18446744073709551615"],
        &["--max-memory", "17179869183G"],
    ];
    for opts in good {
        let mut argv = opts.to_vec();
        argv.extend(["-c", "print(1)"]);
        let r = minipy(&argv, None);
        assert_eq!(
            (r.status, r.stdout.as_str()),
            (0, "1\n"),
            "{argv:?}: {}",
            r.stderr
        );
    }
}

/// The command line reads options as CPython does: `-c`, `-m` and the script end them
/// (what follows is the script's), one-letter options cluster, `-cCODE` holds its code.
#[test]
fn options_end_where_cpythons_do() {
    let argv = "import sys; print(sys.argv)";
    same_as_python(&["-c", argv, "-i", "x"], None);
    same_as_python(&["-c", argv, "--", "x", "--timeout"], None);
    same_as_python(&["-cprint(1)"], None);
    same_as_python(&["-qc", argv, "-q"], None);
    same_as_python(&["-", "-i", "x"], Some(argv));
    // Our own long options come before the program; after it they are the script's.
    let r = minipy(&["--max-steps=100", "-c", argv, "--timeout", "1"], None);
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (0, "['-c', '--timeout', '1']\n")
    );
    for flag in ["-V", "--version"] {
        let r = minipy(&[flag], None);
        assert_eq!(r.status, 0);
        assert!(r.stdout.starts_with("minipy "), "{flag}: {}", r.stdout);
    }
    let usage_errors: &[(&[&str], &str)] = &[
        (
            &["--sandbox=yes", "-c", "1"],
            "unexpected value 'yes' for '--sandbox'",
        ),
        (&["-c"], "a value is required for '-c <CODE>'"),
        (&["-m"], "a value is required for '-m <MODULE>'"),
        (
            &["--timeout"],
            "a value is required for '--timeout <SECONDS>'",
        ),
        (&["-iZ", "-c", "1"], "unexpected argument '-Z' found"),
        (
            &["--max-recursion", "0", "-c", "1"],
            "invalid value '0' for '--max-recursion <N>'",
        ),
    ];
    for (argv, message) in usage_errors {
        let r = minipy(argv, None);
        assert_eq!(r.status, 2, "{argv:?}");
        assert!(
            r.stderr.starts_with(&format!("error: {message}")) && r.stderr.contains("--help"),
            "{argv:?}: {}",
            r.stderr
        );
    }
}

/// At exit, files the script left open are flushed (one an imported module keeps
/// too), except those held only by a reference cycle of the script's own (CPython does
/// not finalize those either).
#[test]
fn files_left_open_at_exit() {
    let dir = std::env::temp_dir().join(format!("minipy-exit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = |name: &str| dir.join(name).display().to_string();
    std::fs::write(
        dir.join("holder.py"),
        format!(
            "log = open({d:?}, 'w')\ndef write(s):\n    log.write(s)\n",
            d = file("d.txt")
        ),
    )
    .expect("module");
    let program = format!(
        "import sys\n\
         sys.path.insert(0, {dir:?})\n\
         f = open({a:?}, 'w'); f.write('cycle'); g = [f]; g.append(g); del f, g\n\
         h = open({b:?}, 'wb'); h.write(b'global')\n\
         def keep(): keep.file = open({c:?}, 'a'); keep.file.write('attr')\n\
         keep()\n\
         import holder; holder.write('module')\n\
         sys.stdout.write('out')\n",
        dir = dir.display().to_string(),
        a = file("a.txt"),
        b = file("b.txt"),
        c = file("c.txt"),
    );
    let names = ["a.txt", "b.txt", "c.txt", "d.txt"];
    let contents = |program_name: &str| {
        for f in names {
            let _ = std::fs::remove_file(dir.join(f));
        }
        let r = run(program_name, &["-c", &program], None);
        assert_eq!((r.status, r.stdout.as_str()), (0, "out"), "{}", r.stderr);
        names.map(|f| std::fs::read_to_string(dir.join(f)).unwrap_or_default())
    };
    let ours = contents(env!("CARGO_BIN_EXE_minipy"));
    let theirs = contents("python3");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(ours, theirs);
    assert_eq!(
        theirs,
        [
            String::new(),
            "global".into(),
            "attr".into(),
            "module".into()
        ]
    );
}
