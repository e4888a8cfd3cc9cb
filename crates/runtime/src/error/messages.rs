//! Every exception message minipy raises is worded here, to match CPython's in one place.

use crate::error::{ExcKind, PyErr};
use crate::object::value::Value;

pub fn buffer_resize() -> PyErr {
    PyErr::new(
        ExcKind::BufferError,
        "Existing exports of data: object cannot be re-sized",
    )
}

pub fn released_view() -> PyErr {
    PyErr::value_error("operation forbidden on released memoryview object")
}

pub fn readonly_view() -> PyErr {
    PyErr::type_error("cannot modify read-only memory")
}

pub fn unsupported_operand(op: &str, a: &str, b: &str) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {op}: '{a}' and '{b}'"
    ))
}

/// An operator retried on the built-in values of built-in subclasses (`Counter() + {}`
/// as `dict + dict`): its "'dict' and 'dict'" error names the subclasses, as CPython's.
pub fn name_subclass_operands(err: PyErr, native: (&str, &str), user: (&str, &str)) -> PyErr {
    if native == user {
        return err;
    }
    if let crate::error::ErrState::Pending {
        kind: ExcKind::TypeError,
        args,
    } = &err.state
    {
        if let [Value::Str(s)] = args.as_slice() {
            let from = format!("'{}' and '{}'", native.0, native.1);
            if let Some(head) = s.as_str().strip_suffix(from.as_str()) {
                return PyErr::type_error(format!("{head}'{}' and '{}'", user.0, user.1));
            }
        }
    }
    err
}

pub fn bad_unary_operand(op: &str, t: &str) -> PyErr {
    PyErr::type_error(format!("bad operand type for unary {op}: '{t}'"))
}

pub fn not_comparable(op: &str, a: &str, b: &str) -> PyErr {
    PyErr::type_error(format!(
        "'{op}' not supported between instances of '{a}' and '{b}'"
    ))
}

pub fn not_subscriptable(t: &str) -> PyErr {
    PyErr::type_error(format!("'{t}' object is not subscriptable"))
}

pub fn no_item_assignment(t: &str) -> PyErr {
    PyErr::type_error(format!("'{t}' object does not support item assignment"))
}

pub fn no_item_deletion(t: &str) -> PyErr {
    PyErr::type_error(format!("'{t}' object doesn't support item deletion"))
}

pub fn not_iterable(t: &str) -> PyErr {
    PyErr::type_error(format!("'{t}' object is not iterable"))
}

pub fn not_callable(t: &str) -> PyErr {
    PyErr::type_error(format!("'{t}' object is not callable"))
}

pub fn no_len(t: &str) -> PyErr {
    PyErr::type_error(format!("object of type '{t}' has no len()"))
}

pub fn unhashable(t: &str) -> PyErr {
    PyErr::type_error(format!("unhashable type: '{t}'"))
}

pub fn index_out_of_range(what: &str) -> PyErr {
    PyErr::index_error(format!("{what} index out of range"))
}

pub fn indices_must_be(what: &str, t: &str) -> PyErr {
    PyErr::type_error(format!(
        "{what} indices must be integers or slices, not {t}"
    ))
}

pub fn cannot_interpret_as_int(t: &str) -> PyErr {
    PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer"))
}

pub fn no_attribute(t: &str, name: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!("'{t}' object has no attribute '{name}'"),
    )
}

pub fn readonly_attribute(t: &str, name: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!("'{t}' object attribute '{name}' is read-only"),
    )
}

/// Setting a computed attribute of a built-in object (`(1).real = 2`).
pub fn getset_not_writable(name: &str, t: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!("attribute '{name}' of '{t}' objects is not writable"),
    )
}

pub fn module_no_attribute(module: &str, name: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!("module '{module}' has no attribute '{name}'"),
    )
}

/// A missing attribute of a module still running its body (import cycles).
pub fn partial_module_no_attribute(module: &str, name: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!(
            "partially initialized module '{module}' has no attribute '{name}' (most likely due to a circular import)"
        ),
    )
}

/// Setting or deleting an attribute of a built-in class.
pub fn immutable_type(name: &str, t: &str) -> PyErr {
    PyErr::type_error(format!(
        "cannot set '{name}' attribute of immutable type '{t}'"
    ))
}

pub fn type_no_attribute(t: &str, name: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!("type object '{t}' has no attribute '{name}'"),
    )
}

/// `object.__new__` of a class with abstract methods left (CPython 3.11's wording).
pub fn abstract_instance(class: &str, methods: &[String]) -> PyErr {
    let s = if methods.len() > 1 { "s" } else { "" };
    PyErr::type_error(format!(
        "Can't instantiate abstract class {class} with abstract method{s} {}",
        methods.join(", ")
    ))
}

pub fn name_not_defined(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}

pub fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub fn free_var_unbound(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::NameError,
        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
    )
}

pub fn division_by_zero() -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, "division by zero")
}

pub fn modulo_by_zero() -> PyErr {
    PyErr::new(
        ExcKind::ZeroDivisionError,
        "integer division or modulo by zero",
    )
}

pub fn integer_modulo_by_zero() -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, "integer modulo by zero")
}

pub fn float_division_by_zero() -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, "float division by zero")
}

pub fn float_modulo_by_zero() -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, "float modulo")
}

pub fn negative_shift() -> PyErr {
    PyErr::value_error("negative shift count")
}

pub fn byte_range(for_bytearray: bool) -> PyErr {
    let what = if for_bytearray { "byte" } else { "bytes" };
    PyErr::value_error(format!("{what} must be in range(0, 256)"))
}

pub fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, vec![])
}

/// An empty vector with room for `n` items, or MemoryError when the allocator refuses
/// (instead of aborting the process).
pub fn try_vec<T>(n: usize) -> Result<Vec<T>, PyErr> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// `n` zero bytes from a zeroed allocation (pages never written stay unmapped), or
/// MemoryError: a fallible reservation of the same size probes the allocator first,
/// because the zeroed allocation itself would abort on failure.
pub fn try_zeroed(n: usize) -> Result<Vec<u8>, PyErr> {
    check_size(n)?;
    Ok(vec![0u8; n])
}

/// MemoryError unless the allocator would give `n` bytes: probed before building a
/// result whose size a script chose, since an allocation that fails outright aborts.
pub fn check_size(n: usize) -> Result<(), PyErr> {
    try_vec::<u8>(n).map(drop)
}

/// `f() argument 'name' must be str, not int`.
pub fn argument_type(func: &str, arg: &str, expected: &str, got: &str) -> PyErr {
    PyErr::type_error(format!(
        "{func}() argument '{arg}' must be {expected}, not {got}"
    ))
}

pub fn c_int_overflow() -> PyErr {
    PyErr::overflow_error("Python int too large to convert to C int")
}

pub fn recursion_error() -> PyErr {
    PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

pub fn recursion_error_in(what: &str) -> PyErr {
    if what.is_empty() {
        return recursion_error();
    }
    PyErr::new(
        ExcKind::RecursionError,
        format!("maximum recursion depth exceeded {what}"),
    )
}

pub fn takes_no_arguments(name: &str, given: usize) -> PyErr {
    PyErr::type_error(format!("{name}() takes no arguments ({given} given)"))
}

pub fn takes_exactly_one(name: &str, given: usize) -> PyErr {
    PyErr::type_error(format!(
        "{name}() takes exactly one argument ({given} given)"
    ))
}

pub fn takes_at_most(name: &str, max: usize, given: usize) -> PyErr {
    let s = if max == 1 { "" } else { "s" };
    PyErr::type_error(format!(
        "{name}() takes at most {max} argument{s} ({given} given)"
    ))
}

pub fn expected_at_least(name: &str, min: usize, given: usize) -> PyErr {
    let s = if min == 1 { "" } else { "s" };
    PyErr::type_error(format!(
        "{name} expected at least {min} argument{s}, got {given}"
    ))
}

pub fn expected_at_most(name: &str, max: usize, given: usize) -> PyErr {
    let s = if max == 1 { "" } else { "s" };
    PyErr::type_error(format!(
        "{name} expected at most {max} argument{s}, got {given}"
    ))
}

pub fn expected_exactly(name: &str, n: usize, given: usize) -> PyErr {
    let s = if n == 1 { "" } else { "s" };
    PyErr::type_error(format!("{name} expected {n} argument{s}, got {given}"))
}

pub fn no_keyword_arguments(name: &str) -> PyErr {
    PyErr::type_error(format!("{name}() takes no keyword arguments"))
}

pub fn unexpected_keyword(name: &str, kw: &str) -> PyErr {
    PyErr::type_error(format!(
        "{name}() got an unexpected keyword argument '{kw}'"
    ))
}

pub fn multiple_values(name: &str, kw: &str) -> PyErr {
    PyErr::type_error(format!("{name}() got multiple values for argument '{kw}'"))
}

pub fn missing_required(name: &str, arg: &str, pos: usize) -> PyErr {
    PyErr::type_error(format!(
        "{name}() missing required argument '{arg}' (pos {pos})"
    ))
}

/// `text` is the argument's repr; CPython shows at most 200 characters of it (`%.200R`).
pub fn int_parse(text: &str, base: u32) -> PyErr {
    let shown: String = text.chars().take(200).collect();
    PyErr::value_error(format!(
        "invalid literal for int() with base {base}: {shown}"
    ))
}

pub fn float_parse(text: &str) -> PyErr {
    PyErr::value_error(format!("could not convert string to float: {text}"))
}

pub fn int_too_large_to_convert() -> PyErr {
    PyErr::overflow_error("Python int too large to convert to C ssize_t")
}

pub fn cannot_fit_index(t: &str) -> PyErr {
    PyErr::new(
        ExcKind::IndexError,
        format!("cannot fit '{t}' into an index-sized integer"),
    )
}

pub fn stop_iteration() -> PyErr {
    PyErr::with_args(ExcKind::StopIteration, vec![])
}

pub fn key_error(key: crate::object::value::Value) -> PyErr {
    PyErr::with_args(ExcKind::KeyError, vec![key])
}

pub fn concat(a: &str, b: &str) -> PyErr {
    PyErr::type_error(format!("can't concat {b} to {a}"))
}

pub fn can_only_concatenate(a: &str, b: &str) -> PyErr {
    PyErr::type_error(format!("can only concatenate {a} (not \"{b}\") to {a}"))
}

pub fn cant_multiply_sequence(t: &str) -> PyErr {
    PyErr::type_error(format!("can't multiply sequence by non-int of type '{t}'"))
}

pub fn bytes_like_required(t: &str) -> PyErr {
    PyErr::type_error(format!("a bytes-like object is required, not '{t}'"))
}

pub fn no_buffer_protocol(t: &str) -> PyErr {
    PyErr::type_error(format!(
        "memoryview: a bytes-like object is required, not '{t}'"
    ))
}

pub fn assignment_size_mismatch(got: usize, expected: usize) -> PyErr {
    PyErr::value_error(format!(
        "attempt to assign bytes of size {got} to extended slice of size {expected}"
    ))
}

/// A data attribute of a built-in type (`int.numerator`) called through the type.
pub fn getset_not_callable() -> PyErr {
    PyErr::type_error("'getset_descriptor' object is not callable")
}

// ----- generators -----

pub fn generator_running() -> PyErr {
    PyErr::value_error("generator already executing")
}

pub fn send_to_just_started() -> PyErr {
    PyErr::type_error("can't send non-None value to a just-started generator")
}

pub fn generator_raised_stop_iteration() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration")
}

pub fn generator_ignored_exit() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")
}

pub fn throw_instance_with_value() -> PyErr {
    PyErr::type_error("instance exception may not have a separate value")
}

pub fn throw_not_exception(t: &str) -> PyErr {
    PyErr::type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {t}"
    ))
}

pub fn throw_bad_traceback() -> PyErr {
    PyErr::type_error("throw() third argument must be a traceback object")
}

/// `case C(...)` where `C` is not a class.
pub fn match_not_class() -> PyErr {
    PyErr::type_error("called match pattern must be a type")
}

pub fn match_args_not_tuple(class: &str, got: &str) -> PyErr {
    PyErr::type_error(format!(
        "{class}.__match_args__ must be a tuple (got {got})"
    ))
}

pub fn match_args_not_str(got: &str) -> PyErr {
    PyErr::type_error(format!(
        "__match_args__ elements must be strings (got {got})"
    ))
}

pub fn too_many_subpatterns(class: &str, allowed: usize, given: usize) -> PyErr {
    let plural = if allowed == 1 { "" } else { "s" };
    PyErr::type_error(format!(
        "{class}() accepts {allowed} positional sub-pattern{plural} ({given} given)"
    ))
}

pub fn repeated_subpattern(class: &str, attr_repr: &str) -> PyErr {
    PyErr::type_error(format!(
        "{class}() got multiple sub-patterns for attribute {attr_repr}"
    ))
}

pub fn duplicate_mapping_key(key_repr: &str) -> PyErr {
    PyErr::value_error(format!("mapping pattern checks duplicate key ({key_repr})"))
}

/// A descriptor that refuses stores and deletions (a named tuple's field).
pub fn cant_change_attribute(delete: bool) -> PyErr {
    let what = if delete { "delete" } else { "set" };
    PyErr::new(ExcKind::AttributeError, format!("can't {what} attribute"))
}
