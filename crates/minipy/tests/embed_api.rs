//! The embedding API as a host crate sees it: everything here uses only the `minipy`
//! crate. Calling script functions, borrowed bytes views, exceptions of any class,
//! qualified type names, eval positions, bytes conversions, the exact step limit and
//! handing a shared buffer back.

use minipy::{
    Access, BufferKind, Bytes, BytesView, BytesViewMut, Error, ErrorKind, Exception, FromPy,
    Interp, Interpreter, IntoPy, LimitError, Limits, Output, PyErr, Value,
};

fn limit_of(err: Error) -> LimitError {
    match err.kind {
        ErrorKind::Limit(l) => l,
        other => panic!("expected a limit, got {other:?}: {}", err.traceback),
    }
}

// ---- calling the script ----

#[test]
fn a_script_function_is_called_with_converted_arguments() {
    let mut py = Interpreter::new();
    py.run(
        "<t>",
        "def f(n, data):\n    return (n + 1, data * 2)\n\nclass Box:\n    def __init__(self, v):\n        self.v = v\n",
    )
    .unwrap();
    let (n, data): (i64, Bytes) = py.call("f", (1, b"x")).unwrap();
    assert_eq!((n, data.0), (2, b"xx".to_vec()));
    let (n, data): (i64, Vec<u8>) = py.call("f", (41, vec![1u8, 2])).unwrap();
    assert_eq!((n, data), (42, vec![1, 2, 1, 2]));
    // Any callable: a class, a built-in, a lambda, a host function.
    let boxed: Value = py.call("Box", ("in",)).unwrap();
    py.set_global("boxed", boxed).unwrap();
    assert_eq!(py.eval::<String>("boxed.v").unwrap(), "in");
    assert_eq!(py.call::<usize>("len", ("four",)).unwrap(), 4);
    let add = py.eval::<Value>("lambda *xs: sum(xs)").unwrap();
    assert_eq!(py.call_value::<i64>(&add, ()).unwrap(), 0);
    assert_eq!(py.call_value::<i64>(&add, (1, 2, 3, 4, 5, 6)).unwrap(), 21);
    let args: Vec<Value> = vec![py.eval("10").unwrap(), py.eval("20").unwrap()];
    assert_eq!(py.call_value::<i64>(&add, args).unwrap(), 30);
    py.add_function("twice", |(x,): (i64,)| Ok(2 * x));
    assert_eq!(py.call::<i64>("twice", (21,)).unwrap(), 42);
}

#[test]
fn a_failing_call_reports_like_a_run() {
    let mut py = Interpreter::new();
    let out = py.capture_output();
    py.run(
        "job.py",
        "def f(x):\n    print('working')\n    return 1 // x\n",
    )
    .unwrap();
    let err = py.call::<i64>("f", (0,)).unwrap_err();
    assert_eq!(out.take(), "working\n");
    assert_eq!(err.kind, ErrorKind::Exception);
    assert_eq!(err.type_name, "ZeroDivisionError");
    assert_eq!(err.line, Some(3));
    assert!(
        err.traceback.contains("File \"job.py\", line 3, in f"),
        "{}",
        err.traceback
    );
    let err = py.call::<i64>("missing", ()).unwrap_err();
    assert_eq!(err.to_string(), "NameError: name 'missing' is not defined");
    let err = py.call::<i64>("f", ()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "TypeError: f() missing 1 required positional argument: 'x'"
    );
    let err = py.call::<String>("f", (1,)).unwrap_err();
    assert_eq!(err.type_name, "TypeError");
    let err = py.call::<i64>("out", ()).unwrap_err();
    assert_eq!(err.type_name, "NameError");
    py.set_global("n", 3).unwrap();
    let err = py.call::<i64>("n", ()).unwrap_err();
    assert_eq!(err.to_string(), "TypeError: 'int' object is not callable");
}

#[test]
fn a_call_meets_the_limits() {
    let mut py = Interpreter::new();
    py.run("<t>", "def spin():\n    while True:\n        pass\n")
        .unwrap();
    py.set_limits(Limits {
        max_steps: Some(1000),
        ..Limits::default()
    });
    assert_eq!(
        limit_of(py.call::<()>("spin", ()).unwrap_err()),
        LimitError::Steps(1000)
    );
    // The next call starts its own count.
    py.run("<t>", "def three():\n    a = 1\n    return 3\n")
        .unwrap();
    assert_eq!(py.call::<i64>("three", ()).unwrap(), 3);
    assert_eq!(py.steps_used(), 2);
}

// ---- borrowed bytes views ----

fn with_views() -> Interpreter {
    let mut py = Interpreter::new();
    py.add_function(
        "fill",
        |(mut buf, byte): (BytesViewMut, u8)| -> Result<usize, Exception> {
            buf.with_mut(|b| b.fill(byte))?;
            Ok(buf.len())
        },
    );
    py.add_function("total", |(data,): (BytesView,)| {
        data.with(|b| b.iter().map(|&x| u64::from(x)).sum::<u64>())
    });
    py.add_function("copy_into", |(mut dst, src): (BytesViewMut, BytesView)| {
        let n = dst.len().min(src.len());
        // The same buffer as both arguments: reading it while writing it is refused.
        src.with(|s| dst.with_mut(|d| d[..n].copy_from_slice(&s[..n])))??;
        Ok(n)
    });
    py
}

#[test]
fn a_host_function_writes_into_a_bytearray_through_a_borrowed_view() {
    let mut py = with_views();
    py.run(
        "<t>",
        "import array\nb = bytearray(8)\nm = memoryview(b)\nn = fill(b, 7)\nk = fill(m[2:4], 255)\na = array.array('B', [1, 2])\nfill(a, 9)\n",
    )
    .unwrap();
    assert_eq!(
        py.eval::<Vec<u8>>("b").unwrap(),
        [7, 7, 255, 255, 7, 7, 7, 7]
    );
    assert_eq!(py.eval::<(usize, usize)>("(n, k)").unwrap(), (8, 2));
    assert_eq!(py.eval::<Vec<u8>>("list(a)").unwrap(), [9, 9]);
    // The view is released after the call: the bytearray resizes again.
    py.run("<t>", "del m\nb.extend(b'!')").unwrap();
    assert_eq!(py.eval::<usize>("len(b)").unwrap(), 9);
    // No copy: the view reads what the script wrote, wherever it points.
    assert_eq!(
        py.eval::<u64>("total(b), total(memoryview(b)[1:3])")
            .map_err(|e| e.to_string()),
        Err("TypeError: expected int, got tuple".to_string())
    );
    assert_eq!(
        py.eval::<(u64, u64)>("total(b), total(memoryview(b)[1:3])")
            .unwrap(),
        (7 * 6 + 255 * 2 + 33, 7 + 255)
    );
    assert_eq!(py.eval::<u64>("total(b'ab')").unwrap(), 97 + 98);
    assert_eq!(py.eval::<usize>("copy_into(b, b'xyz')").unwrap(), 3);
    assert_eq!(py.eval::<Vec<u8>>("b[:4]").unwrap(), b"xyz\xff");
}

#[test]
fn views_follow_the_buffer_rules() {
    let mut py = with_views();
    let message = |py: &mut Interpreter, src: &str| {
        let e = py.run("<t>", src).unwrap_err();
        format!("{}: {}", e.type_name, e.message)
    };
    py.run("<t>", "b = bytearray(4)\nm = memoryview(b)\nr = m.toreadonly()\ngone = memoryview(b)\ngone.release()").unwrap();
    for (src, expected) in [
        (
            "fill(b'abc', 0)",
            "TypeError: argument must be read-write bytes-like object, not bytes",
        ),
        (
            "fill(r, 0)",
            "TypeError: argument must be read-write bytes-like object, not memoryview",
        ),
        (
            "fill(gone, 0)",
            "TypeError: argument must be read-write bytes-like object, not memoryview",
        ),
        (
            "total(gone)",
            "ValueError: operation forbidden on released memoryview object",
        ),
        (
            "total(m[::2])",
            "BufferError: memoryview: underlying buffer is not C-contiguous",
        ),
        (
            "total('text')",
            "TypeError: a bytes-like object is required, not 'str'",
        ),
        (
            "copy_into(b, b)",
            "BufferError: buffer is in use by another view of the same call",
        ),
    ] {
        assert_eq!(message(&mut py, src), expected, "{src}");
    }
    // A read-only view of a writable buffer still reads.
    assert_eq!(py.eval::<u64>("total(r)").unwrap(), 0);
}

// ---- exceptions of any class ----

#[test]
fn a_host_function_raises_any_exception_class() {
    let mut py = Interpreter::new();
    let mut access = Access::default();
    access.module_sources.insert(
        "proto".into(),
        "class ProtocolError(Exception):\n    pass\n".into(),
    );
    py.set_access(access);
    py.add_function("raise_named", |(name,): (String,)| -> Result<(), _> {
        Err(Exception::new(&name, "from the host"))
    });
    py.run(
        "<t>",
        "import struct, proto\nclass MyError(ValueError):\n    pass\n\ndef caught(name):\n    try:\n        raise_named(name)\n    except BaseException as e:\n        return type(e).__module__ + '.' + type(e).__qualname__ + ': ' + str(e)\n",
    )
    .unwrap();
    for (name, expected) in [
        ("KeyError", "builtins.KeyError: 'from the host'"),
        ("struct.error", "struct.error: from the host"),
        ("MyError", "__main__.MyError: from the host"),
        ("__main__.MyError", "__main__.MyError: from the host"),
        ("proto.ProtocolError", "proto.ProtocolError: from the host"),
        ("NoSuchError", "builtins.RuntimeError: from the host"),
        ("nosuchmodule.Error", "builtins.RuntimeError: from the host"),
    ] {
        assert_eq!(
            py.call::<String>("caught", (name,)).unwrap(),
            expected,
            "{name}"
        );
    }
    // Uncaught, the host sees the qualified name CPython's traceback shows.
    let err = py
        .run("<t>", "raise_named('proto.ProtocolError')")
        .unwrap_err();
    assert_eq!(err.type_name, "proto.ProtocolError");
    assert!(err
        .traceback
        .ends_with("proto.ProtocolError: from the host\n"));
    let err = py.run("<t>", "raise_named('MyError')").unwrap_err();
    assert_eq!(err.type_name, "MyError");

    // A class value the host holds, and a value that is not an exception class.
    let class = py.get_global::<Value>("MyError").unwrap();
    let not_a_class = py.eval::<Value>("42").unwrap();
    py.add_function("raise_class", move |(which,): (bool,)| -> Result<(), _> {
        let c = if which { &class } else { &not_a_class };
        Err(Exception::of_class(c, "held"))
    });
    assert_eq!(
        Exception::of_class(&py.get_global::<Value>("MyError").unwrap(), "x").type_name,
        "MyError"
    );
    let err = py.run("<t>", "raise_class(True)").unwrap_err();
    assert_eq!(err.to_string(), "MyError: held");
    let err = py.run("<t>", "raise_class(False)").unwrap_err();
    assert_eq!(
        err.to_string(),
        "TypeError: exceptions must derive from BaseException"
    );
}

#[test]
fn type_names_are_qualified_as_in_tracebacks() {
    let mut py = Interpreter::new();
    for (src, name) in [
        ("import struct\nstruct.unpack('>I', b'')", "struct.error"),
        ("int('x')", "ValueError"),
        ("class Oops(Exception):\n    pass\nraise Oops()", "Oops"),
        (
            "class Outer:\n    class Inner(Exception):\n        pass\nraise Outer.Inner()",
            "Outer.Inner",
        ),
    ] {
        let err = py.run("<t>", src).unwrap_err();
        assert_eq!(err.type_name, name, "{src}");
        let last = err.traceback.lines().last().unwrap_or("").to_string();
        assert!(last.starts_with(name), "{last}");
    }
}

// ---- eval ----

#[test]
fn eval_errors_point_at_the_expression() {
    let mut py = Interpreter::new();
    let err = py.eval::<i64>("1 +").unwrap_err();
    assert_eq!((err.kind, err.line), (ErrorKind::Syntax, Some(1)));
    assert!(err.traceback.contains("line 1"), "{}", err.traceback);
    let err = py.eval::<i64>("undefined_name + 1").unwrap_err();
    assert_eq!(err.line, Some(1));
    assert_eq!(
        err.traceback,
        "Traceback (most recent call last):\n  File \"<eval>\", line 1, in <module>\nNameError: name 'undefined_name' is not defined\n"
    );
    // Leading blanks are not an indentation; globals and functions are there.
    py.run("<t>", "def sq(x):\n    return x * x\nk = 3")
        .unwrap();
    assert_eq!(py.eval::<i64>("  sq(k)").unwrap(), 9);
    let err = py.eval::<i64>("x = 1").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Syntax);
    // Nothing is left behind in the globals.
    assert!(!py.global_names().iter().any(|n| n.contains("minipy")));
}

// ---- conversions ----

#[test]
fn bytes_convert_to_bytes() {
    let mut py = Interpreter::new();
    py.set_global("v", vec![0u8, 255]).unwrap();
    py.set_global("s", &b"ab"[..]).unwrap();
    py.set_global("a", [1u8, 2, 3]).unwrap();
    py.set_global("r", b"xy").unwrap();
    py.set_global("l", vec![1u16, 2]).unwrap();
    py.set_global("nested", vec![vec![1u8], vec![]]).unwrap();
    assert_eq!(
        py.eval::<String>("repr((v, s, a, r, l, nested))").unwrap(),
        "(b'\\x00\\xff', b'ab', b'\\x01\\x02\\x03', b'xy', [1, 2], [b'\\x01', b''])"
    );
    for src in [
        "b'ab'",
        "bytearray(b'ab')",
        "memoryview(b'xab')[1:]",
        "[97, 98]",
    ] {
        assert_eq!(py.eval::<Vec<u8>>(src).unwrap(), b"ab", "{src}");
    }
    assert_eq!(
        py.eval::<Vec<u8>>("[256]").unwrap_err().type_name,
        "OverflowError"
    );
    assert_eq!(
        py.eval::<Vec<u8>>("'ab'").unwrap_err().type_name,
        "TypeError"
    );
}

/// The types a `FromPy`/`IntoPy` implementation and an output sink need all come from
/// `minipy`.
#[test]
fn conversions_and_sinks_need_only_minipy() {
    #[derive(Debug)]
    struct Pair(i64, String);
    impl IntoPy for Pair {
        fn into_py(self, interp: &mut Interp) -> Result<Value, PyErr> {
            (self.0, self.1).into_py(interp)
        }
    }
    impl FromPy for Pair {
        fn from_py(interp: &mut Interp, v: &Value) -> Result<Self, PyErr> {
            let (n, s) = <(i64, String)>::from_py(interp, v)?;
            if n < 0 {
                return Err(Exception::new("ValueError", "negative").into_py_err(interp));
            }
            Ok(Pair(n, s))
        }
    }
    struct Count(std::rc::Rc<std::cell::Cell<usize>>);
    impl Output for Count {
        fn write_str(&mut self, s: &str) {
            self.0.set(self.0.get() + s.len());
        }
    }
    let written = std::rc::Rc::new(std::cell::Cell::new(0));
    let mut py = Interpreter::new();
    py.set_output(Box::new(Count(written.clone())));
    py.set_global("p", Pair(2, "two".into())).unwrap();
    py.run("<t>", "print(p)").unwrap();
    assert_eq!(written.get(), "(2, 'two')\n".len());
    let back: Pair = py.eval("(3, 'three')").unwrap();
    assert_eq!((back.0, back.1.as_str()), (3, "three"));
    let err = py.eval::<Pair>("(-1, '')").unwrap_err();
    assert_eq!(err.to_string(), "ValueError: negative");
}

// ---- the step limit ----

#[test]
fn steps_are_statements_and_loop_iterations_each_checked() {
    let mut py = Interpreter::new();
    for (src, steps) in [
        ("x = 1", 1),
        ("x = 1\ny = 2\nz = 3", 3),
        ("for i in range(3):\n    x = i", 1 + 3 + 3),
        ("i = 0\nwhile i < 3:\n    i += 1", 1 + 1 + 3 + 3),
        ("while True:\n    break", 2),
        ("if True:\n    x = 1\nelse:\n    x = 2", 2),
        ("def f():\n    return 1\nf()\nf()", 1 + 2 * 2),
        ("l = [i for i in range(10)]", 1 + 3 + 2 * 10),
        ("s = sum(range(100))", 1 + 101),
    ] {
        py.set_limits(Limits::default());
        py.run("<t>", src).unwrap();
        assert_eq!(py.steps_used(), steps, "{src}");
        // Exactly that many are allowed; one fewer is not.
        py.set_limits(Limits {
            max_steps: Some(steps),
            ..Limits::default()
        });
        py.run("<t>", src).unwrap();
        py.set_limits(Limits {
            max_steps: Some(steps - 1),
            ..Limits::default()
        });
        let err = py.run("<t>", src).unwrap_err();
        assert_eq!(limit_of(err), LimitError::Steps(steps - 1), "{src}");
    }
    // Straight-line code is counted too, and large limits are still exact.
    let long: String = (0..5000).map(|i| format!("v{i} = {i}\n")).collect();
    py.set_limits(Limits {
        max_steps: Some(4999),
        ..Limits::default()
    });
    assert_eq!(
        limit_of(py.run("<t>", &long).unwrap_err()),
        LimitError::Steps(4999)
    );
    assert_eq!(py.eval::<i64>("v4998").unwrap(), 4998);
    assert!(py.eval::<i64>("v4999").is_err());
}

#[test]
fn limits_are_matched_with_minipy_alone() {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_memory: Some(16 << 20),
        timeout: Some(std::time::Duration::from_secs(30)),
        ..Limits::default()
    });
    let err = py.run("<t>", "x = bytearray(10**9)").unwrap_err();
    assert!(matches!(
        err.kind,
        ErrorKind::Limit(LimitError::Memory(n)) if n == 16 << 20
    ));
    assert_eq!(err.type_name, "LimitExceeded");
}

// ---- shared buffers ----

#[test]
fn take_gives_the_handle_back_while_views_live() {
    let mut py = Interpreter::new();
    let data = vec![5u8; 4096];
    let ptr = data.as_ptr();
    let shared = py.share_buffer("buf", data, BufferKind::ByteArray);
    py.run("<t>", "m = memoryview(buf)[10:20]").unwrap();
    let refused = shared.take().unwrap_err();
    assert_eq!(
        refused.to_string(),
        "BufferError: Existing exports of data: object cannot be re-sized"
    );
    let shared = refused.buffer;
    assert_eq!(shared.len(), 4096);
    py.run("<t>", "m[0] = 9\ndel m").unwrap();
    let back = shared.take().unwrap();
    assert_eq!((back.as_ptr(), back[10], back.len()), (ptr, 9, 4096));
    assert_eq!(py.eval::<usize>("len(buf)").unwrap(), 0);
}

/// The README's embedding example.
#[test]
fn the_readme_example_runs() -> Result<(), Box<dyn std::error::Error>> {
    let mut py = Interpreter::new();
    py.set_limits(Limits {
        max_steps: Some(10_000_000),
        ..Limits::default()
    });
    py.add_function("checksum", |(data,): (BytesView,)| {
        data.with(|b| b.iter().map(|&x| u64::from(x)).sum::<u64>())
    });
    let shared = py.share_buffer("packet", vec![1; 1500], BufferKind::MemoryView);
    py.run(
        "filter.py",
        "def mark(n):\n    packet[0] = n & 255\n\nmark(checksum(packet))",
    )?;
    assert_eq!(shared.with(|b| b[0]), (1500 & 255) as u8);
    py.call::<()>("mark", (7,))?;
    py.run("filter.py", "del packet")?;
    let packet = shared.take()?;
    assert_eq!((packet[0], packet.len()), (7, 1500));
    Ok(())
}
