//! Drives the real `minipy` prompt through a pseudo-terminal, typing as a person would.

use rexpect::session::PtySession;

fn start() -> PtySession {
    let home = std::env::temp_dir().join(format!("minipy-repl-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp home");
    let cmd = format!(
        "env HOME={} TERM=xterm {}",
        home.display(),
        env!("CARGO_BIN_EXE_minipy")
    );
    let mut p = rexpect::spawn(&cmd, Some(10_000)).expect("spawn minipy");
    p.exp_string("Python 3.11 subset").expect("banner");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Types a line and returns what was printed before the next `>>> ` prompt.
fn line(p: &mut PtySession, text: &str) -> String {
    p.send_line(text).expect("send");
    let out = p.exp_string(">>> ").expect("prompt after input");
    clean(&out)
}

/// Drops terminal control sequences and carriage returns.
fn clean(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() || d == '~' {
                        break;
                    }
                }
            }
            continue;
        }
        if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// Addresses differ between runs.
fn redact(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("at 0x") {
        out.push_str(&rest[..i + 5]);
        rest = rest[i + 5..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('…');
    }
    out.push_str(rest);
    out
}

#[test]
fn article_typed_line_by_line() {
    let mut p = start();
    let lines = [
        "bytes_obj = b'Hello, World!'",
        "mem_view = memoryview(bytes_obj)",
        "print(mem_view)",
        "bytearray_obj = bytearray(b'Example data')",
        "mem_view = memoryview(bytearray_obj)",
        "print(mem_view)",
        "mem_slice = mem_view[7:12]",
        "print(mem_slice.tobytes())",
        "mem_view[0] = 65  # 'A' in ASCII",
        "print(bytearray_obj)",
    ];
    let mut transcript = String::new();
    for l in lines {
        let out = line(&mut p, l);
        // Each output starts with the terminal's echo of the typed line.
        let printed: Vec<&str> = out.lines().skip(1).collect();
        transcript.push_str(&format!(">>> {l}\n"));
        for p in printed {
            transcript.push_str(&redact(p));
            transcript.push('\n');
        }
    }
    insta::assert_snapshot!(transcript);
}

#[test]
fn blocks_errors_and_echo() {
    let mut p = start();
    p.send_line("def double(x):").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    return x * 2").unwrap();
    p.exp_string("... ").unwrap();
    let out = line(&mut p, "");
    assert!(!out.contains("Error"), "{out}");
    assert!(line(&mut p, "double(21)").contains("42"));
    assert!(line(&mut p, "_ + 1").contains("43"));
    let err = line(&mut p, "1 / 0");
    assert!(
        err.contains("Traceback (most recent call last):")
            && err.contains("ZeroDivisionError: division by zero"),
        "{err}"
    );
    assert!(line(&mut p, "double('ab')").contains("'abab'"));
    let none = line(&mut p, "None");
    assert_eq!(
        none.matches("None").count(),
        1,
        "only the typed line, no echoed value: {none:?}"
    );
}

#[test]
fn ctrl_c_interrupts_running_code() {
    let mut p = start();
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    let out = clean(&p.exp_string(">>> ").unwrap());
    assert!(out.contains("KeyboardInterrupt"), "{out}");
    assert!(line(&mut p, "print('alive')").contains("alive"));
    // Ctrl-C at the prompt discards the line.
    p.send("abandoned").unwrap();
    p.send_control('c').unwrap();
    let out = clean(&p.exp_string(">>> ").unwrap());
    assert!(out.contains("KeyboardInterrupt"), "{out}");
}

/// Ctrl-C lands inside long built-ins too, not only between statements.
#[test]
fn ctrl_c_interrupts_long_builtins() {
    let mut p = start();
    line(&mut p, "b = bytes(10**8)");
    for code in [
        "sum(range(10**12))",
        "sorted(range(10**7), key=lambda x: -x)",
        "x = 7 ** (10**8)",
        "while True: b.count(b'x')",
    ] {
        p.send_line(code).unwrap();
        if code.starts_with("while") {
            p.exp_string("... ").unwrap();
            p.send_line("").unwrap();
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
        p.send_control('c').unwrap();
        let out = clean(&p.exp_string(">>> ").unwrap());
        assert!(out.contains("KeyboardInterrupt"), "{code}: {out}");
    }
    assert!(line(&mut p, "print('alive')").contains("alive"));
}

#[test]
fn history_and_completion() {
    let mut p = start();
    line(&mut p, "value = 1234");
    assert!(line(&mut p, "print(value + 1)").contains("1235"));
    p.send("\x1b[A").unwrap();
    p.send_line("").unwrap();
    p.exp_string("1235").unwrap();
    p.exp_string(">>> ").unwrap();
    // Tab completes `he` to `hex(` (the only bytes method starting so); the call runs.
    p.send("b'x'.he\t").unwrap();
    p.send_line(")").unwrap();
    p.exp_string("'78'").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("valu\t").unwrap();
    p.send_line(" * 2").unwrap();
    p.exp_string("2468").unwrap();
}

#[test]
fn ctrl_d_exits_with_status_0() {
    let mut p = start();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        rexpect::process::WaitStatus::Exited(_, code) => assert_eq!(code, 0),
        other => panic!("unexpected exit: {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// Side by side with python3: the same keystrokes typed into python3's REPL and into
// minipy's, in the same pseudo-terminal harness, must leave the same text on screen.

/// Starts `program` (python3 or minipy) quietly in a pty, at its first prompt.
fn start_quiet(program: &str) -> PtySession {
    let home = std::env::temp_dir().join(format!("minipy-repl-parity-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp home");
    // PAGER=cat: python3's help() pipes through it; INPUTRC: no user key bindings.
    // The terminal echoes, as a real one does (GNU readline shows nothing otherwise).
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-c", r#"stty echo; exec "$0" -q"#, program])
        .env("HOME", &home)
        .env("TERM", "xterm")
        .env("PAGER", "cat")
        .env("INPUTRC", "/dev/null")
        .env_remove("PYTHONSTARTUP");
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Reads until the program has printed nothing for a while.
fn settle(p: &mut PtySession) -> String {
    let mut out = String::new();
    let mut quiet_since = std::time::Instant::now();
    let started = std::time::Instant::now();
    while quiet_since.elapsed() < std::time::Duration::from_millis(400)
        && started.elapsed() < std::time::Duration::from_secs(10)
    {
        match p.try_read() {
            Some(c) => {
                out.push(c);
                quiet_since = std::time::Instant::now();
            }
            None => std::thread::sleep(std::time::Duration::from_millis(10)),
        }
    }
    out
}

/// What a terminal shows after `raw`: carriage returns, backspaces, cursor moves and
/// line clearing applied (the two line editors redraw differently), escape sequences
/// and bells dropped, trailing blanks trimmed.
fn screen(raw: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line: Vec<char> = Vec::new();
    let mut col = 0usize;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() != Some(&'[') {
                    chars.next();
                    continue;
                }
                chars.next();
                let mut arg = String::new();
                let mut end = ' ';
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() || d == '~' {
                        end = d;
                        break;
                    }
                    arg.push(d);
                }
                let n = arg.parse::<usize>().unwrap_or(1);
                match end {
                    'C' => col += n,
                    'D' => col = col.saturating_sub(n),
                    'K' => line.truncate(col),
                    _ => {}
                }
            }
            '\r' => col = 0,
            '\n' => {
                lines.push(line.iter().collect::<String>().trim_end().to_string());
                line.clear();
                col = 0;
            }
            '\x08' => col = col.saturating_sub(1),
            '\x07' => {}
            c => {
                while line.len() < col {
                    line.push(' ');
                }
                if col < line.len() {
                    line[col] = c;
                } else {
                    line.push(c);
                }
                col += 1;
            }
        }
    }
    lines.push(line.iter().collect::<String>().trim_end().to_string());
    lines.join("\n")
}

/// Types each step (all its keys at once) into `program` and returns the screen.
fn typed(program: &str, steps: &[&str]) -> String {
    let mut p = start_quiet(program);
    let mut raw = String::from(">>> ");
    for step in steps {
        p.send(step).expect("send");
        p.flush().expect("flush");
        raw.push_str(&settle(&mut p));
    }
    let _ = p.process_mut().exit();
    screen(&raw)
}

/// The same keys into python3 and minipy: the screens must match.
fn same_as_python(steps: &[&str]) -> String {
    let theirs = typed("python3", steps);
    let ours = typed(env!("CARGO_BIN_EXE_minipy"), steps);
    assert_eq!(ours, theirs, "minipy (left) differs from python3 (right)");
    ours
}

#[test]
fn typed_ahead_lines_all_run() {
    let screen = same_as_python(&["x = 5\rx * 2\rx * 3\r"]);
    assert!(screen.contains("\n10\n>>> x * 3\n15"), "{screen}");
}

#[test]
fn pasted_function_without_bracketed_paste() {
    let screen = same_as_python(&["def f():\r    return 41\r\rf() + 1\rf()\r"]);
    assert!(screen.contains("42\n>>> f()\n41"), "{screen}");
}

#[test]
fn quit_exit_and_help_reprs() {
    let screen = same_as_python(&["quit\r", "exit\r", "help\r"]);
    assert!(
        screen.contains("Use quit() or Ctrl-D (i.e. EOF) to exit"),
        "{screen}"
    );
}

#[test]
fn help_on_builtins_functions_and_classes() {
    let screen = same_as_python(&[
        "help(len)\r",
        "help(print)\r",
        "def area(w, h=2, *rest, unit='m', **kw):\r    '''Area.\r\r    In square units.\r    '''\r    return w * h\r\r",
        "help(area)\r",
        "class Box:\r    'A box.'\r    size = 3\r    def grow(self, by):\r        'Grows.'\r\r",
        "help(Box)\r",
        "help('nosuch')\r",
    ]);
    assert!(
        screen.contains("Help on built-in function len in module builtins:\n\nlen(obj, /)\n    Return the number of items in a container.\n"),
        "{screen}"
    );
    assert!(screen.contains("class Box(builtins.object)"), "{screen}");
}

#[test]
fn interactive_help_utility() {
    let screen = same_as_python(&["help()\r", "len\r", "abs\r", "quit\r", "1 + 1\r"]);
    assert!(
        screen.contains("help> len\nHelp on built-in function len"),
        "{screen}"
    );
    assert!(
        screen.contains("returning to the Python interpreter"),
        "{screen}"
    );
}

#[test]
fn ctrl_d_at_continuation_prompt_ends_the_block() {
    let screen = same_as_python(&[
        "for i in range(2):\r    print(i * 10)\r",
        "\x04",
        "print('still here')\r",
    ]);
    assert!(
        screen.contains("0\n10\n>>> print('still here')\nstill here"),
        "{screen}"
    );
}

#[test]
fn block_errors_reported_when_python_reports_them() {
    // The unindented body line is refused at once, not after an empty line.
    let screen = same_as_python(&["def g():\r", "return 1\r", "x = (1,\r", "2)\r", "x\r"]);
    assert!(
        screen.contains("IndentationError: expected an indented block after function definition on line 1\n>>> "),
        "{screen}"
    );
}

#[test]
fn completion_lists_and_adds_parentheses() {
    let screen = same_as_python(&[
        "i = 3\r",
        // Two Tabs list the candidates; callables get `(`.
        "i\t\t",
        "nt('4')\r",
        // One candidate is completed; a function of no parameters gets `()`.
        "pri\t",
        "'x')\r",
        "g = globals\t\r",
        "str.upp\t",
        "'a')\r",
    ]);
    for shown in [
        "i            if           in           int(         isinstance(  iter(\n\
         id(          import       input(       is           issubclass(",
        ">>> int('4')\n4",
        ">>> print('x')\nx",
        ">>> g = globals()\n",
        ">>> str.upper('a')\n'A'",
    ] {
        assert!(screen.contains(shown), "{shown:?} not in\n{screen}");
    }
}

#[test]
fn fresh_prompt_namespace_as_python() {
    let screen = same_as_python(&["dir()\r", "__name__, __doc__, __package__, __spec__\r"]);
    assert!(screen.contains("'__builtins__', '__doc__'"), "{screen}");
}

/// `-c` and scripts start with the same dunder globals as python3's.
#[test]
fn script_and_dash_c_globals_as_python() {
    let dir = std::env::temp_dir().join(format!("minipy-repl-globals-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("globals_script.py");
    std::fs::write(
        &script,
        "print(list(globals()))\nprint(__cached__, __spec__, __builtins__)\n",
    )
    .expect("write");
    let code = "print(dir(), list(globals())); print(len.__doc__, len.__text_signature__); \
                help(abs); print(quit, exit, help, sep='\\n')";
    for args in [vec!["-c", code], vec![script.to_str().expect("utf-8 path")]] {
        let run = |program: &str| {
            let out = std::process::Command::new(program)
                .args(&args)
                .env("PAGER", "cat")
                .output()
                .expect("runs");
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let theirs = run("python3");
        assert_eq!(run(env!("CARGO_BIN_EXE_minipy")), theirs, "{args:?}");
    }
}
