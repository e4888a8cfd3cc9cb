#[test]
fn smoke() {
    let src = "x = [1, 2]\nif x:\n    print(x[0], f'{x!r:>10} {y=}')\nelse:\n  pass\nm = mv[1:2, ::3]\nd = {1: 2, **e}\ndef f(a, b=1, *c, d, **e):\n  return a\nclass A(B): pass\n";
    let m = minipy_syntax::parse_module(src).unwrap();
    assert_eq!(m.body.len(), 6);
    for bad in ["x = (1,\n", "if x\n  pass\n", "1 = x\n", "x = 'abc\n", "if 1:\nprint(2)\n", "  x = 1\n"] {
        let e = minipy_syntax::parse_module(bad).unwrap_err();
        eprintln!("{}", e.render("t.py"));
    }
}
