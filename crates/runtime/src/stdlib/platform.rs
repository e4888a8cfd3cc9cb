//! `platform`: what system the script runs on. `python_implementation()` tells the truth
//! ('minipy', as `sys.implementation.name` does). The host's name and kernel release are
//! facts about the machine: a script sees them only when it was granted the process's
//! own file system (the command line's default); otherwise they are '' as CPython gives
//! for what it cannot find out.

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::access::FileAccess;
use crate::object::args::Args;
use crate::object::value::Value;
use crate::types::object::structseq;

pub(crate) fn init(interp: &mut Interp) -> PyResult<Value> {
    let functions: &[(&'static str, crate::object::function::FuncImpl)] = &[
        ("system", system),
        ("machine", machine),
        ("processor", processor),
        ("node", node),
        ("release", release),
        ("version", version),
        ("uname", uname),
        ("platform", platform),
        ("architecture", architecture),
        ("python_implementation", python_implementation),
        ("python_version", python_version),
        ("python_version_tuple", python_version_tuple),
    ];
    let members = functions
        .iter()
        .map(|&(name, f)| (name, Interp::module_fn(name, f)))
        .collect();
    Ok(interp.make_module("platform", members))
}

fn system_name() -> &'static str {
    match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "Darwin",
        "windows" => "Windows",
        "freebsd" => "FreeBSD",
        other => other,
    }
}

/// A kernel fact from /proc, when the script may see the host.
fn kernel(interp: &Interp, name: &str) -> String {
    if !matches!(interp.access.files, FileAccess::Host) {
        return String::new();
    }
    std::fs::read_to_string(format!("/proc/sys/kernel/{name}"))
        .map(|s| s.trim_end_matches('\n').to_string())
        .unwrap_or_default()
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.parse::<0>(name, [], 0).map(|_| ())
}

fn system(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "system")?;
    Ok(Value::str(system_name()))
}

fn machine(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "machine")?;
    Ok(Value::str(std::env::consts::ARCH))
}

fn processor(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "processor")?;
    Ok(Value::str(""))
}

fn node(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "node")?;
    Ok(Value::str(kernel(interp, "hostname")))
}

fn release(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "release")?;
    Ok(Value::str(kernel(interp, "osrelease")))
}

fn version(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "version")?;
    Ok(Value::str(kernel(interp, "version")))
}

fn uname(interp: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "uname")?;
    let fields = vec![
        ("system", Value::str(system_name())),
        ("node", Value::str(kernel(interp, "hostname"))),
        ("release", Value::str(kernel(interp, "osrelease"))),
        ("version", Value::str(kernel(interp, "version"))),
        ("machine", Value::str(std::env::consts::ARCH)),
    ];
    // A named tuple in CPython: its repr has no module prefix and leaves out the sixth
    // item, `processor`.
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let class = structseq::new_type(interp, "", "uname_result", &names)?;
    let mut items: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    items.push(Value::str(""));
    let mut attributes = fields;
    attributes.push(("processor", Value::str("")));
    Ok(structseq::instance(interp, &class, items, attributes))
}

fn platform(interp: &mut Interp, args: Args) -> PyResult<Value> {
    args.parse("platform", ["aliased", "terse"], 0)?;
    let release = kernel(interp, "osrelease");
    let parts: Vec<&str> = [system_name(), release.as_str(), std::env::consts::ARCH]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    Ok(Value::str(parts.join("-")))
}

fn architecture(_: &mut Interp, args: Args) -> PyResult<Value> {
    args.parse("architecture", ["executable", "bits", "linkage"], 0)?;
    let bits = format!("{}bit", usize::BITS);
    let linkage = if cfg!(target_os = "linux") { "ELF" } else { "" };
    Ok(Value::tuple(vec![Value::str(bits), Value::str(linkage)]))
}

fn python_implementation(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "python_implementation")?;
    Ok(Value::str("minipy"))
}

fn python_version(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "python_version")?;
    Ok(Value::str("3.11.7"))
}

fn python_version_tuple(_: &mut Interp, args: Args) -> PyResult<Value> {
    no_args(&args, "python_version_tuple")?;
    let parts = ["3", "11", "7"].into_iter().map(Value::str).collect();
    Ok(Value::tuple(parts))
}
