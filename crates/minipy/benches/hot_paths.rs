//! Micro-benchmarks of the interpreter's hot paths (`cargo bench -p minipy`).
//! Benchmarks are measurements, not tests: nothing here asserts a time.

use minipy::Interpreter;

fn main() {
    divan::main();
}

/// A 10,000-line module: 2,500 small functions behind `if False:`.
fn big_source() -> String {
    let mut s = String::from("if False:\n");
    for i in 0..2500 {
        s.push_str(&format!(
            "    def f{i}(a, b=1, *args, **kw):\n        x = [a * b + {i}, 'text', b'bytes'][0] if a else {{'k': a}}\n        for j in range(x):\n            yield j ** 2\n"
        ));
    }
    s
}

#[divan::bench]
fn lex_and_parse_10k_lines(bencher: divan::Bencher) {
    let src = big_source();
    bencher.bench(|| minipy_syntax::parse_module(divan::black_box(&src)).map(|m| m.body.len()));
}

#[divan::bench]
fn parse_and_resolve_10k_lines(bencher: divan::Bencher) {
    let src = big_source();
    bencher.bench(|| {
        let mut interp = minipy_runtime::Interp::new();
        interp.compile("big.py", divan::black_box(&src)).is_ok()
    });
}

/// Runs `setup` once, then times `code` in the same interpreter.
fn run(bencher: divan::Bencher, setup: &str, code: &str) {
    let mut py = Interpreter::new();
    // The setup scripts are the fixed ones in this file, not outside input: a failure
    // is a bug in the benchmark, and stopping it is right.
    py.run("<setup>", setup).expect("setup runs");
    bencher.bench_local(|| py.run("<bench>", divan::black_box(code)).is_ok());
}

#[divan::bench]
fn function_calls(bencher: divan::Bencher) {
    run(
        bencher,
        "def f(a, b):\n    return a + b\n",
        "for i in range(10000):\n    f(i, 1)\n",
    );
}

#[divan::bench]
fn method_dispatch(bencher: divan::Bencher) {
    run(
        bencher,
        "class C:\n    def m(self, x):\n        return x\nc = C()\nout = []\n",
        "for i in range(10000):\n    c.m(i)\n    out.append(i)\nout.clear()\n",
    );
}

#[divan::bench]
fn attribute_access(bencher: divan::Bencher) {
    run(
        bencher,
        "class C:\n    pass\nc = C()\nc.x = 1\n",
        "for i in range(10000):\n    c.x = c.x + 1\n",
    );
}

#[divan::bench]
fn memoryview_get_set(bencher: divan::Bencher) {
    run(
        bencher,
        "buf = bytearray(10000)\nm = memoryview(buf)\n",
        "for i in range(10000):\n    m[i] = (m[i] + 1) & 255\n",
    );
}

#[divan::bench]
fn bytearray_get_set(bencher: divan::Bencher) {
    run(
        bencher,
        "buf = bytearray(10000)\n",
        "for i in range(10000):\n    buf[i] = (buf[i] + 1) & 255\n",
    );
}
