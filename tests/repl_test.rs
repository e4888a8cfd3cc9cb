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
    // Tab completes `he` to `hex` (the only bytes method starting so); the call runs.
    p.send("b'x'.he\t").unwrap();
    p.send_line("()").unwrap();
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
