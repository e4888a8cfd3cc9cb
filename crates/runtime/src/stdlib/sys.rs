//! `import`: the built-in modules (`sys`, `math`, `struct`, `array`) and host-registered ones.
//! Nothing else can be imported: scripts get no file system.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::args::Args;
use crate::object::module::Module;
use crate::object::value::Value;

impl Interp {
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        if let Some((top, _)) = name.split_once('.') {
            // Packages: the top-level name must import first.
            self.import_module(top)?;
            return Err(PyErr::new(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ));
        }
        let module = match name {
            "sys" => sys_module(self),
            "struct" => crate::stdlib::r#struct::make(self),
            "array" => crate::types::array::make(self),
            "math" => crate::stdlib::math::make(self),
            _ => match self.module_factories.get(name).copied() {
                Some(factory) => factory(self),
                None => {
                    return Err(PyErr::new(
                        ExcKind::ModuleNotFoundError,
                        format!("No module named '{name}'"),
                    ));
                }
            },
        };
        self.modules.insert(name.into(), module.clone());
        Ok(module)
    }

    /// The names `from module import *` binds: those in `__all__` if the module has one,
    /// else every name not starting with an underscore.
    pub fn public_names(&mut self, module: &Value) -> PyResult<Vec<(String, Value)>> {
        let Value::Module(m) = module else {
            return Ok(Vec::new());
        };
        let all = self.intern("__all__");
        let listed = m.dict.borrow().get(&all).cloned();
        if let Some(listed) = listed {
            let mut out = Vec::new();
            let it = self.iter(&listed)?;
            while let Some(name) = self.next(&it)? {
                let Value::Str(name) = name else {
                    return Err(PyErr::type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        m.name,
                        name.type_name()
                    )));
                };
                let v = self.get_attr_str(module, name.as_str())?;
                out.push((name.as_str().to_string(), v));
            }
            return Ok(out);
        }
        let mut out: Vec<(String, Value)> = m
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (self.name(*k).to_string(), v.clone()))
            .filter(|(k, _)| !k.starts_with('_'))
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// Builds a module value from named members.
    pub fn make_module(&mut self, name: &str, members: Vec<(&str, Value)>) -> Value {
        let m = Module::new(name);
        for (k, v) in members {
            let s = self.intern(k);
            m.dict.borrow_mut().insert(s, v);
        }
        let s = self.intern("__name__");
        m.dict.borrow_mut().insert(s, Value::str(name));
        Value::Module(crate::object::alloc::alloc(m))
    }

    /// A built-in function that belongs to a module (its repr names no module, as CPython's).
    pub fn module_fn(name: &'static str, f: crate::object::function::FuncImpl) -> Value {
        Interp::builtin_fn(name, f)
    }
}

fn sys_module(interp: &mut Interp) -> Value {
    let argv = Value::list(interp.argv.iter().map(|a| Value::str(a.as_str())).collect());
    let stdout = interp.make_module(
        "stdout",
        vec![
            ("write", Interp::module_fn("write", stdout_write)),
            ("flush", Interp::module_fn("flush", stdout_flush)),
        ],
    );
    let stderr = interp.make_module(
        "stderr",
        vec![
            ("write", Interp::module_fn("write", stderr_write)),
            ("flush", Interp::module_fn("flush", stdout_flush)),
        ],
    );
    let version_info = Value::tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ]);
    interp.make_module(
        "sys",
        vec![
            ("argv", argv),
            ("exit", Interp::module_fn("exit", sys_exit)),
            ("version_info", version_info),
            ("version", Value::str("3.11.7 (minipy)")),
            ("maxsize", Value::Int(i64::MAX)),
            ("byteorder", Value::str("little")),
            ("platform", Value::str("linux")),
            ("stdout", stdout),
            ("stderr", stderr),
            (
                "getrecursionlimit",
                Interp::module_fn("getrecursionlimit", getrecursionlimit),
            ),
            (
                "setrecursionlimit",
                Interp::module_fn("setrecursionlimit", setrecursionlimit),
            ),
        ],
    )
}

fn sys_exit(_: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("exit", 0, 1)?;
    Err(PyErr::with_args(ExcKind::SystemExit, a.to_vec()))
}

fn stdout_write(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            a[0].type_name()
        )));
    };
    interp.write(s.as_str());
    Ok(Value::Int(s.char_len() as i64))
}

fn stderr_write(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let a = args.range("write", 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            a[0].type_name()
        )));
    };
    interp.out.flush();
    eprint!("{}", s.as_str());
    Ok(Value::Int(s.char_len() as i64))
}

fn stdout_flush(interp: &mut Interp, _: Args) -> PyResult<Value> {
    interp.out.flush();
    Ok(Value::None)
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
