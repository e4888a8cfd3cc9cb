//! The `sys` module: argv, exit, the standard streams, the recursion limit and the
//! encodings.

mod streams;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::value::{BoolWord, Value};

/// Creates the module.
pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let argv = Value::list(interp.argv.iter().map(|a| Value::str(a.as_str())).collect());
    let (stdout, stderr, stdin) = streams::make(interp)?;
    let implementation = streams::implementation(interp)?;
    let modules = interp.sys_modules();
    // The host's module search path (the command line puts the script's directory, or
    // '' for `-c` and the prompt, first).
    let path = Value::list(
        interp
            .access
            .module_path
            .iter()
            .map(|p| Value::str(p.as_str()))
            .collect(),
    );
    let version_info = crate::types::object::structseq::new(
        interp,
        "sys",
        "version_info",
        vec![
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    )?;
    let int_info = crate::types::object::structseq::new(
        interp,
        "sys",
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            (
                "default_max_str_digits",
                Value::Int(crate::types::numbers::int::DEFAULT_MAX_STR_DIGITS as i64),
            ),
            (
                "str_digits_check_threshold",
                Value::Int(crate::types::numbers::int::STR_DIGITS_THRESHOLD as i64),
            ),
        ],
    )?;
    // The interpreter's start-up options, as CPython reports them when run plainly
    // (`int_max_str_digits` is -1: the limit was not set at start-up).
    let flag = |name, v: i64| (name, Value::Int(v));
    let flags = crate::types::object::structseq::new(
        interp,
        "sys",
        "flags",
        vec![
            flag("debug", 0),
            flag("inspect", 0),
            flag("interactive", 0),
            flag("optimize", 0),
            flag("dont_write_bytecode", 0),
            flag("no_user_site", 0),
            flag("no_site", 0),
            flag("ignore_environment", 0),
            flag("verbose", 0),
            flag("bytes_warning", 0),
            flag("quiet", 0),
            flag("hash_randomization", 1),
            flag("isolated", 0),
            ("dev_mode", Value::Bool(BoolWord::FALSE)),
            flag("utf8_mode", 0),
            flag("warn_default_encoding", 0),
            ("safe_path", Value::Bool(BoolWord::FALSE)),
            flag("int_max_str_digits", -1),
        ],
    )?;
    let module = interp.make_module(
        "sys",
        vec![
            ("argv", argv),
            ("int_info", int_info),
            ("flags", flags),
            ("exit", Interp::module_fn("exit", sys_exit)),
            ("exc_info", Interp::module_fn("exc_info", exc_info)),
            ("exception", Interp::module_fn("exception", exception)),
            ("version_info", version_info),
            ("version", Value::str("3.11.7 (minipy)")),
            ("maxsize", Value::Int(i64::MAX)),
            ("byteorder", Value::str("little")),
            ("platform", Value::str("linux")),
            ("stdout", stdout.clone()),
            ("stderr", stderr.clone()),
            ("stdin", stdin.clone()),
            ("__stdout__", stdout),
            ("__stderr__", stderr),
            ("__stdin__", stdin),
            ("implementation", implementation),
            ("modules", modules),
            ("path", path),
            ("intern", Interp::module_fn("intern", intern)),
            ("hexversion", Value::Int(0x030b_07f0)),
            ("float_repr_style", Value::str("short")),
            (
                "getrecursionlimit",
                Interp::module_fn("getrecursionlimit", getrecursionlimit),
            ),
            (
                "setrecursionlimit",
                Interp::module_fn("setrecursionlimit", setrecursionlimit),
            ),
            (
                "get_int_max_str_digits",
                Interp::module_fn("get_int_max_str_digits", get_int_max_str_digits),
            ),
            (
                "set_int_max_str_digits",
                Interp::module_fn("set_int_max_str_digits", set_int_max_str_digits),
            ),
            (
                "getdefaultencoding",
                Interp::module_fn("getdefaultencoding", getdefaultencoding),
            ),
            (
                "getfilesystemencoding",
                Interp::module_fn("getfilesystemencoding", getfilesystemencoding),
            ),
            (
                "getfilesystemencodeerrors",
                Interp::module_fn("getfilesystemencodeerrors", getfilesystemencodeerrors),
            ),
        ],
    );
    crate::stdlib::io::register_sys(interp, &module);
    Ok(module)
}

/// A function of no arguments (CPython's `METH_NOARGS`): keywords are refused first.
fn no_arguments(name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "sys.{name}() takes no keyword arguments"
        )));
    }
    if !args.pos.is_empty() {
        return Err(crate::error::messages::takes_no_arguments(
            &format!("sys.{name}"),
            args.pos.len(),
        ));
    }
    Ok(())
}

fn get_int_max_str_digits(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_arguments("get_int_max_str_digits", &args)?;
    Ok(Value::Int(interp.int_max_str_digits as i64))
}

/// minipy's strings and file names are UTF-8, as CPython's are on Linux.
fn getdefaultencoding(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_arguments("getdefaultencoding", &args)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencoding(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_arguments("getfilesystemencoding", &args)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_arguments("getfilesystemencodeerrors", &args)?;
    Ok(Value::str("surrogateescape"))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 lifts the limit.
fn set_int_max_str_digits(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [n] = args.parse("set_int_max_str_digits", ["maxdigits"], 1)?;
    let n = crate::types::numbers::index::c_int(interp, &n.unwrap_or(Value::None))?;
    let threshold = crate::types::numbers::int::STR_DIGITS_THRESHOLD;
    if n < 0 || (n > 0 && (n as usize) < threshold) {
        return Err(PyErr::value_error(format!(
            "maxdigits must be 0 or larger than {threshold}"
        )));
    }
    interp.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn sys_exit(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("exit", 0, 1)?;
    // (`sys.exit(None)` raises SystemExit with no arguments, as CPython does.)
    let args = a.iter().filter(|v| !v.is_none()).cloned().collect();
    Err(PyErr::with_args(ExcKind::SystemExit, args))
}

fn intern(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("intern", 1, 1)?;
    match &a[0] {
        Value::Str(_) => Ok(a[0].clone()),
        other => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("exception", 0, 0)?;
    Ok(match interp.handling.last() {
        Some(e) => Value::Instance(e.clone()),
        None => Value::None,
    })
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled (minipy
/// keeps no traceback objects: the third is None).
fn exc_info(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("exc_info", 0, 0)?;
    Ok(match interp.handling.last() {
        Some(e) => Value::tuple(vec![
            Value::Class(e.class.clone()),
            Value::Instance(e.clone()),
            Value::None,
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn getrecursionlimit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.range("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(interp.recursion_limit as i64))
}

/// `sys.setrecursionlimit(n)`: the script may lower its limit, never raise it past the
/// host's cap (deeper recursion would grow the stack beyond what the host granted).
fn setrecursionlimit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("setrecursionlimit", 1, 1)?;
    let n = crate::types::numbers::index::c_int(interp, &a[0])?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let n = n as usize;
    // CPython counts the module's frame and the call in progress too.
    let depth = interp.depth + 2;
    if n <= depth {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    interp.recursion_limit = n.min(interp.recursion_cap);
    Ok(Value::None)
}
