//! The embedding API: values both ways, host functions and modules, zero-copy buffers,
//! output capture, and limits that stop hostile scripts without hurting the host.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use minipy::{BufferKind, Bytes, ErrorKind, Exception, Interpreter, LimitError, Limits};

#[test]
fn values_convert_both_ways() {
    let mut py = Interpreter::new();
    py.set_global("n", 1i64 << 62).unwrap();
    py.set_global("big", num_bigint::BigInt::from(10).pow(30))
        .unwrap();
    py.set_global("xs", vec![1i32, 2, 3]).unwrap();
    py.set_global("m", HashMap::from([("a".to_string(), 1.5f64)]))
        .unwrap();
    py.set_global("maybe", Option::<i64>::None).unwrap();
    py.set_global("pair", (7u8, "seven".to_string())).unwrap();
    py.set_global("raw", Bytes(b"\x00\x01".to_vec())).unwrap();
    py.run(
        "<t>",
        "out = (n * 4, big + 1, sum(xs), m['a'] * 2, maybe is None, pair[1], raw + b'!')",
    )
    .unwrap();
    let (a, b, c, d, e, f, g): (
        num_bigint::BigInt,
        num_bigint::BigInt,
        i64,
        f64,
        bool,
        String,
        Bytes,
    ) = (
        py.eval("out[0]").unwrap(),
        py.eval("out[1]").unwrap(),
        py.eval("out[2]").unwrap(),
        py.eval("out[3]").unwrap(),
        py.eval("out[4]").unwrap(),
        py.eval("out[5]").unwrap(),
        py.eval("out[6]").unwrap(),
    );
    assert_eq!(a, num_bigint::BigInt::from(1i64 << 62) * 4);
    assert_eq!(b.to_string(), "1000000000000000000000000000001");
    assert_eq!(
        (c, d, e, f.as_str(), g.0.as_slice()),
        (6, 3.0, true, "seven", &b"\x00\x01!"[..])
    );
    let v: Vec<Option<i64>> = py.eval("[1, None]").unwrap();
    assert_eq!(v, vec![Some(1), None]);
    let err = py.get_global::<i64>("missing").unwrap_err();
    assert_eq!(err.type_name, "NameError");
    assert!(py.eval::<i64>("'text'").is_err());
}

#[test]
fn host_functions_and_modules() {
    let mut py = Interpreter::new();
    let out = py.capture_output();
    py.add_function("checked_div", |(a, b): (i64, i64)| {
        if b == 0 {
            return Err(Exception::new("ZeroDivisionError", "host says no"));
        }
        Ok(a / b)
    });
    py.add_module("codec", |m| {
        m.value("NAME", "rot1")
            .function("shift", |(data,): (Bytes,)| {
                Ok(Bytes(data.0.iter().map(|b| b.wrapping_add(1)).collect()))
            });
    });
    py.run("<t>", "import codec\nfrom codec import shift\nprint(checked_div(7, 2), codec.NAME, shift(b'HAL'))\ntry:\n    checked_div(1, 0)\nexcept ZeroDivisionError as e:\n    print('caught', e)").unwrap();
    assert_eq!(out.take(), "3 rot1 b'IBM'\ncaught host says no\n");
    let err = py.run("<t>", "checked_div(1, 2, 3)").unwrap_err();
    assert_eq!(
        err.message,
        "checked_div() takes 2 positional arguments but 3 were given"
    );
    let err = py.run("<t>", "import no_such_module").unwrap_err();
    assert_eq!(
        (err.type_name.as_str(), err.message.as_str()),
        ("ModuleNotFoundError", "No module named 'no_such_module'")
    );
}

#[test]
fn the_host_decides_which_modules_exist() {
    let mut py = Interpreter::new();
    let out = py.capture_output();
    // A second import returns the module the first one built.
    py.run(
        "<t>",
        "import struct\nfirst = struct\nimport struct\nprint(struct is first)",
    )
    .unwrap();
    assert!(py.remove_module("struct"));
    assert!(!py.remove_module("struct"));
    for src in ["import struct", "from struct import pack"] {
        let err = py.run("<t>", src).unwrap_err();
        assert_eq!(
            err.to_string(),
            "ModuleNotFoundError: No module named 'struct'"
        );
    }
    // What the script already holds keeps working, its error class included.
    py.run(
        "<t>",
        "print(first.pack('<H', 1))\ntry:\n    first.pack('z')\nexcept first.error as e:\n    print('error:', e)",
    )
    .unwrap();
    // A host module replaces a standard one, even one already imported.
    py.run("<t>", "import math\nprint(math.floor(2.5))")
        .unwrap();
    py.add_module("math", |m| {
        m.value("pi", 3);
    });
    py.run("<t>", "import math\nprint(math.pi)").unwrap();
    py.add_module("math", |m| {
        m.value("pi", 4);
    });
    py.run("<t>", "import math\nprint(math.pi, hasattr(math, 'floor'))")
        .unwrap();
    assert_eq!(
        out.take(),
        "True\nb'\\x01\\x00'\nerror: bad char in struct format\n2\n3\n4 False\n"
    );
    // Other interpreters keep the standard modules.
    let mut other = Interpreter::new();
    other.run("<t>", "import struct, math").unwrap();
}

#[test]
fn state_persists_and_interpreters_are_independent() {
    let mut a = Interpreter::new();
    let mut b = Interpreter::new();
    a.run("<a>", "x = 1").unwrap();
    b.run("<b>", "x = 'b'").unwrap();
    a.run("<a>", "x += 41").unwrap();
    assert_eq!(a.get_global::<i64>("x").unwrap(), 42);
    assert_eq!(b.get_global::<String>("x").unwrap(), "b");
}

#[test]
fn errors_are_structured() {
    let mut py = Interpreter::new();
    let err = py
        .run("script.py", "def f():\n    return 1 / 0\nf()\n")
        .unwrap_err();
    assert_eq!(
        (
            err.kind.clone(),
            err.type_name.as_str(),
            err.message.as_str(),
            err.line
        ),
        (
            ErrorKind::Exception,
            "ZeroDivisionError",
            "division by zero",
            Some(2)
        )
    );
    assert!(err.traceback.starts_with(
        "Traceback (most recent call last):\n  File \"script.py\", line 3, in <module>\n"
    ));
    let err = py.run("bad.py", "x = (").unwrap_err();
    assert_eq!((err.kind, err.line), (ErrorKind::Syntax, Some(1)));
    assert!(err.traceback.contains("SyntaxError: '(' was never closed"));
}

#[test]
fn host_buffer_is_shared_without_copying() {
    let mut py = Interpreter::new();
    let data: Vec<u8> = (0..=255).collect();
    let before = data.as_ptr();
    let shared = py.share_buffer("packet", data, BufferKind::MemoryView);
    py.run(
        "<t>",
        "packet[0:4] = b'MINI'\nheader = packet[:4]\nkeep = packet[4:8]",
    )
    .unwrap();
    // A view is still held by the script: the host cannot take the buffer back.
    let still_shared = py.eval::<bool>("keep.obj is packet.obj").unwrap();
    assert!(still_shared);
    shared.with(|d| assert_eq!(&d[..4], b"MINI"));
    let refused = py.share_buffer("other", vec![1, 2, 3], BufferKind::ByteArray);
    py.run("<t>", "v = memoryview(other)").unwrap();
    let err = py.run("<t>", "other.append(4)").unwrap_err();
    assert_eq!(err.type_name, "BufferError");
    assert!(refused.take().is_err());
    py.run("<t>", "del packet, header, keep").unwrap();
    let back = shared.take().unwrap();
    assert_eq!(
        back.as_ptr(),
        before,
        "the script wrote into the host's own allocation"
    );
    assert_eq!(&back[..5], b"MINI\x04");
}

fn limit_kind(err: minipy::Error) -> LimitError {
    match err.kind {
        ErrorKind::Limit(l) => l,
        other => panic!("expected a limit, got {other:?}: {}", err.traceback),
    }
}

#[test]
fn step_limit_stops_infinite_loop_and_cannot_be_caught() {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_steps: Some(100_000),
        ..Limits::default()
    });
    let err = py
        .run(
            "<t>",
            "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
        )
        .unwrap_err();
    assert_eq!(limit_kind(err), LimitError::Steps(100_000));
}

#[test]
fn deadline_stops_infinite_loop() {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        timeout: Some(Duration::from_millis(200)),
        ..Limits::default()
    });
    let start = Instant::now();
    let err = py
        .run("<t>", "x = 0\nwhile True:\n    x += 1\n")
        .unwrap_err();
    assert_eq!(limit_kind(err), LimitError::Timeout);
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn memory_limit_is_checked_before_allocating() {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_memory: Some(64 << 20),
        ..Limits::default()
    });
    for script in [
        "b'x' * (1 << 40)",
        "bytes(10 ** 12)",
        "2 ** 10 ** 9",
        "'a' * 10 ** 10",
        "bytearray(1 << 33)",
    ] {
        let start = Instant::now();
        let err = py.run("<t>", script).unwrap_err();
        assert_eq!(limit_kind(err), LimitError::Memory(64 << 20), "{script}");
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "{script} took too long"
        );
    }
    // Faking it does not stop anything: a raised MemoryError is an ordinary exception.
    let err = py.run("<t>", "raise MemoryError()").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Exception);
    // Without a limit, impossible sizes are still refused as MemoryError.
    let mut free = Interpreter::new();
    let err = free.run("<t>", "b'x' * (1 << 50)").unwrap_err();
    assert_eq!(err.type_name, "MemoryError");
}

#[test]
fn deep_recursion_raises_recursion_error() {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_recursion: Some(200),
        ..Limits::default()
    });
    let out = py.capture_output();
    py.run(
        "<t>",
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)",
    )
    .unwrap();
    assert_eq!(out.take(), "maximum recursion depth exceeded\n");
    // The default (1000, like CPython) on a small thread stack: no overflow.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut py = Interpreter::new();
            let err = py
                .run("<t>", "def f(n):\n    return f(n + 1) + 1\nf(0)")
                .unwrap_err();
            err.type_name
        })
        .unwrap();
    assert_eq!(handle.join().unwrap(), "RecursionError");
}

#[test]
fn interrupt_from_another_thread() {
    let mut py = Interpreter::new();
    let handle = py.interrupt_handle();
    let waker = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let err = py.run("<t>", "while True:\n    pass\n").unwrap_err();
    waker.join().unwrap();
    assert_eq!(limit_kind(err), LimitError::Interrupted);
}

/// The crate's examples are built by `cargo test`; run them and check what they print.
#[test]
fn examples_run() {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target dir")
        .join("examples");
    let run = |name: &str| {
        let out = std::process::Command::new(dir.join(name))
            .output()
            .unwrap_or_else(|e| panic!("run example {name}: {e}"));
        assert!(
            out.status.success(),
            "{name} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    assert_eq!(
        run("parse_header"),
        "v2 flags=0x81 length=47 payload=b'hello from a host that shares its packet buffer' \
         checksum=4448\nhost sees checksum bytes [17, 96]\n"
    );
    assert_eq!(
        run("untrusted"),
        "spin forever: stopped by the host (Steps(1000000))\nhuge allocation: stopped by the host (Memory(16777216))\nrunaway recursion: RecursionError: maximum recursion depth exceeded\ncatching the limit: stopped by the host (Steps(1000000))\n45\nwell behaved: finished\n"
    );
    assert_eq!(
        run("mount_readonly"),
        "mounts: ['data']\nin /data: ['notes.txt']\nnotes.txt says: hello from the host\n\
         open('/data/new.txt', 'w') -> PermissionError\n\
         os.remove('/data/notes.txt') -> PermissionError\n\
         open('/data/../../etc/passwd') -> PermissionError\n\
         os.stat('/etc/passwd') -> PermissionError\n"
    );
}

#[test]
fn memory_limit_counts_what_the_script_keeps() {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_memory: Some(16 << 20),
        ..Limits::default()
    });
    // Each piece is small enough alone; together they pass the limit.
    let err = py
        .run(
            "<t>",
            "keep = []\nwhile True:\n    keep.append('a' * (1 << 20))\n",
        )
        .unwrap_err();
    assert_eq!(limit_kind(err), LimitError::Memory(16 << 20));
    // What is freed stops counting: the same loop without keeping runs to the end
    // (the unwrap below is this test's assertion).
    py.run(
        "<t>",
        "keep = None\nfor i in range(100):\n    s = 'a' * (1 << 20)\n",
    )
    .unwrap();
    let err = py
        .run("<t>", "s = ''\nwhile True:\n    s = s + 'a' * (1 << 18)\n")
        .unwrap_err();
    assert_eq!(limit_kind(err), LimitError::Memory(16 << 20));
}

/// Interrupts aimed at a script that swallows exceptions in `__exit__` still stop it, and
/// every one of them is final.
#[test]
fn repeated_interrupts_cannot_be_swallowed() {
    let mut py = Interpreter::new();
    let handle = py.interrupt_handle();
    let waker = std::thread::spawn(move || {
        for _ in 0..20 {
            std::thread::sleep(Duration::from_millis(50));
            handle.interrupt();
        }
    });
    let script = "class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        raise ValueError\nwhile True:\n    try:\n        with CM():\n            while True:\n                pass\n    except ValueError:\n        pass\n";
    let err = py.run("<t>", script).unwrap_err();
    assert_eq!(limit_kind(err), LimitError::Interrupted);
    waker.join().unwrap();
}

/// An interrupt that lands while a long built-in runs, in a script that then ends before
/// its next step, belongs to that run: the next, unrelated run is not stopped by it.
#[test]
fn an_interrupt_belongs_to_its_run() {
    let mut py = Interpreter::new();
    let handle = py.interrupt_handle();
    let waker = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        handle.interrupt();
    });
    // One long built-in call and no step after it.
    let _ = py.run("<t>", "x = sum(range(30_000_000))");
    waker.join().unwrap();
    py.run("<t>", "y = 0\nfor i in range(5000):\n    y += i\n")
        .unwrap();
    assert_eq!(py.eval::<i64>("y").unwrap(), 12_497_500);
}

/// A limit fired in a `with` body is not replaced by what `__exit__` returns or raises, and
/// `sys.exit` there cannot turn it into a clean exit.
#[test]
fn a_fired_limit_is_final() {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_steps: Some(50_000),
        ..Limits::default()
    });
    for exit in ["return True", "raise ValueError", "import sys; sys.exit(0)"] {
        let script = format!(
            "class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        {exit}\nwhile True:\n    try:\n        with CM():\n            while True:\n                pass\n    except BaseException:\n        pass\n"
        );
        let err = py.run("<t>", &script).unwrap_err();
        assert_eq!(limit_kind(err), LimitError::Steps(50_000), "{exit}");
    }
}
