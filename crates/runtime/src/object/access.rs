//! What a script may reach outside the interpreter: the file system, the environment,
//! standard input and modules on disk. One mechanism for the command line and for hosts:
//! the command line grants the process's own (as `python3` has them), `--sandbox` and a
//! new embedded interpreter grant nothing, and mounts grant single directories.
//!
//! Every path a script names goes through [`Access::resolve`], which maps it to a host
//! path or refuses it with PermissionError. Under mounts, the script sees a virtual tree:
//! its working directory is `/`, `..` never climbs above a mount's root, and a symlink
//! that leads outside the mounted directory is refused.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::error::{ExcKind, PyErr};
use crate::object::value::Value;

/// A host directory seen by the script at a virtual path.
#[derive(Clone, Debug)]
pub struct Mount {
    /// The host directory (made absolute and resolved when mounted).
    pub host: PathBuf,
    /// Where the script sees it: an absolute, normalised virtual path (`/data`).
    pub virtual_path: String,
    pub writable: bool,
}

/// How paths reach the host's file system.
#[derive(Clone, Debug, Default)]
pub enum FileAccess {
    /// No file system at all (the default for an embedded interpreter).
    #[default]
    None,
    /// The process's own file system, as `python3` has it (the command line's default).
    Host,
    /// Only the mounted directories, in a virtual tree rooted at `/`.
    Mounts(Vec<Mount>),
}

/// Whether an operation reads or changes what a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Read,
    Write,
}

/// Where standard input comes from.
#[derive(Default)]
pub enum StdinSource {
    /// Nothing: reading gives end of file at once.
    #[default]
    None,
    /// The process's standard input.
    Process,
    /// Bytes or a reader the host supplied.
    Reader(Box<dyn Read>),
}

/// Everything a script may reach outside the interpreter.
#[derive(Default)]
pub struct Access {
    pub files: FileAccess,
    /// `os.environ` shows the process's environment (else it is empty).
    pub env: bool,
    pub stdin: StdinSource,
    /// Directories searched for modules, as `sys.path` lists them (script-visible paths).
    pub module_path: Vec<String>,
    /// Module sources the host supplied from memory, by dotted name
    /// (`pkg` is a package when `pkg.sub` is also given, or when its name is `pkg.__init__`).
    pub module_sources: std::collections::HashMap<String, String>,
}

impl Access {
    /// What the command line grants: everything `python3` has.
    pub fn process() -> Access {
        Access {
            files: FileAccess::Host,
            env: true,
            stdin: StdinSource::Process,
            module_path: Vec::new(),
            module_sources: Default::default(),
        }
    }

    /// Whether any file system is granted.
    pub fn has_files(&self) -> bool {
        !matches!(self.files, FileAccess::None)
    }

    /// The script's working directory as it sees it.
    pub fn cwd(&self) -> Result<String, PyErr> {
        match &self.files {
            FileAccess::None => Err(refused("os.getcwd", "no file system access was granted")),
            FileAccess::Host => std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .map_err(|e| os_error(&e, None)),
            FileAccess::Mounts(_) => Ok("/".to_string()),
        }
    }

    /// Maps a path the script names to the host path it may use for `intent`, or
    /// refuses it with PermissionError.
    pub fn resolve(&self, path: &str, intent: Intent) -> Result<PathBuf, PyErr> {
        match &self.files {
            FileAccess::None => Err(refused(path, "no file system access was granted")),
            FileAccess::Host => Ok(PathBuf::from(path)),
            FileAccess::Mounts(mounts) => resolve_mounted(mounts, path, intent),
        }
    }

    /// Under mounts, the names a virtual directory holds when it is not inside a mount
    /// but above some (`/` lists the mount points); `None` for any other path.
    pub fn virtual_dir(&self, path: &str) -> Option<Vec<String>> {
        let FileAccess::Mounts(mounts) = &self.files else {
            return None;
        };
        let virt = normalize_virtual(path);
        let prefix = if virt == "/" {
            "/".to_string()
        } else {
            format!("{virt}/")
        };
        let inside = mounts.iter().any(|m| {
            m.virtual_path == "/"
                || virt == m.virtual_path
                || virt.starts_with(&format!("{}/", m.virtual_path))
        });
        if inside {
            return None;
        }
        let mut names: Vec<String> = mounts
            .iter()
            .filter_map(|m| m.virtual_path.strip_prefix(&prefix))
            .filter_map(|rest| rest.split('/').next())
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect();
        names.sort();
        names.dedup();
        (!names.is_empty()).then_some(names)
    }

    /// The script-visible path for a host path under a mount (for `__file__` of modules
    /// found on disk, and `os.path.abspath`'s view of the tree).
    pub fn visible_path(&self, host: &Path) -> String {
        if let FileAccess::Mounts(mounts) = &self.files {
            for m in mounts {
                if let Ok(rest) = host.strip_prefix(&m.host) {
                    let rest = rest.to_string_lossy();
                    return join_virtual(&m.virtual_path, &rest);
                }
            }
        }
        host.to_string_lossy().into_owned()
    }
}

/// Makes a mount: the host directory must exist; it is made absolute and its symlinks
/// resolved, so escapes are judged against the real directory.
pub fn mount(host: &Path, virtual_path: &str, writable: bool) -> std::io::Result<Mount> {
    let host = host.canonicalize()?;
    if !host.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} is not a directory", host.display()),
        ));
    }
    Ok(Mount {
        host,
        virtual_path: normalize_virtual(virtual_path),
        writable,
    })
}

/// `/a/./b/../c` -> `/a/c`; relative paths are taken from `/`; `..` stops at the root.
pub fn normalize_virtual(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

fn join_virtual(base: &str, rest: &str) -> String {
    if rest.is_empty() {
        return base.to_string();
    }
    if base == "/" {
        format!("/{rest}")
    } else {
        format!("{base}/{rest}")
    }
}

fn resolve_mounted(mounts: &[Mount], path: &str, intent: Intent) -> Result<PathBuf, PyErr> {
    if path.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    let virt = normalize_virtual(path);
    // The innermost mount that holds the path.
    let mount = mounts
        .iter()
        .filter(|m| {
            m.virtual_path == "/"
                || virt == m.virtual_path
                || virt.starts_with(&format!("{}/", m.virtual_path))
        })
        .max_by_key(|m| m.virtual_path.len());
    let Some(mount) = mount else {
        return Err(refused(path, "not inside a mounted directory"));
    };
    if intent == Intent::Write && !mount.writable {
        return Err(refused(path, "the mount is read-only"));
    }
    let rest = virt[mount.virtual_path.len()..].trim_start_matches('/');
    let host = if rest.is_empty() {
        mount.host.clone()
    } else {
        mount.host.join(rest)
    };
    // Symlinks: the deepest part of the path that exists must resolve inside the mount.
    let mut existing = host.as_path();
    loop {
        match existing.canonicalize() {
            Ok(real) => {
                if !real.starts_with(&mount.host) {
                    return Err(refused(path, "it leads outside the mounted directory"));
                }
                break;
            }
            // A name that exists but does not resolve is a dangling symlink: writing
            // through it would create its target, wherever it points.
            Err(_) if existing.symlink_metadata().is_ok() => {
                return Err(refused(path, "it is a symlink that leads nowhere"));
            }
            Err(_) => match existing.parent() {
                Some(p) if p.starts_with(&mount.host) => existing = p,
                _ => break,
            },
        }
    }
    debug_assert!(host.components().all(|c| c != Component::ParentDir));
    Ok(host)
}

/// PermissionError for an access the script was not granted.
pub fn refused(path: &str, why: &str) -> PyErr {
    PyErr::with_args(
        ExcKind::PermissionError,
        vec![
            Value::Int(13),
            Value::str(format!("Permission denied ({why})")),
            Value::str(path),
        ],
    )
}

/// The OSError subclass CPython raises for a failed system call, with errno, strerror
/// and the file name (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
pub fn os_error(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(ExcKind::OSError, e.to_string());
    };
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let strerror = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(t, _)| t)
        .to_string();
    let mut args = vec![Value::Int(i64::from(errno)), Value::str(strerror)];
    if let Some(f) = filename {
        args.push(Value::str(f));
    }
    PyErr::with_args(ExcKind::for_errno(i64::from(errno)), args)
}

/// Like [`os_error`], with the file names as the script gave them (str or bytes) and a
/// second one for two-path calls (`os.rename`: `'a' -> 'b'`).
pub fn os_error_values(e: &std::io::Error, filename: Value, filename2: Option<Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(ExcKind::OSError, e.to_string());
    };
    let mut args = vec![
        Value::Int(i64::from(errno)),
        Value::str(strerror(errno)),
        filename,
    ];
    if let Some(f2) = filename2 {
        args.push(Value::None);
        args.push(f2);
    }
    PyErr::with_args(ExcKind::for_errno(i64::from(errno)), args)
}

/// The C library's text for an errno (`No such file or directory`).
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    text.rsplit_once(" (os error")
        .map_or(text.as_str(), |(t, _)| t)
        .to_string()
}

impl crate::interp::Interp {
    /// Changes what the script may reach (hosts and the command line, before running).
    pub fn access_mut(&mut self) -> &mut Access {
        &mut self.access
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_paths_normalise_at_the_root() {
        assert_eq!(normalize_virtual("/a/./b/../c"), "/a/c");
        assert_eq!(normalize_virtual("../../etc/passwd"), "/etc/passwd");
        assert_eq!(normalize_virtual("x"), "/x");
        assert_eq!(normalize_virtual("/"), "/");
    }

    #[test]
    fn mounts_refuse_escapes_and_writes() {
        let dir = std::env::temp_dir().join(format!("minipy-access-{}", std::process::id()));
        let inner = dir.join("inner");
        std::fs::create_dir_all(&inner).unwrap_or_default();
        std::fs::write(inner.join("f.txt"), b"x").unwrap_or_default();
        let m = mount(&inner, "/data", false).expect("mount");
        let access = Access {
            files: FileAccess::Mounts(vec![m]),
            ..Access::default()
        };
        assert!(access.resolve("/data/f.txt", Intent::Read).is_ok());
        assert!(access.resolve("/data/../etc/passwd", Intent::Read).is_err());
        assert!(access.resolve("/etc/passwd", Intent::Read).is_err());
        assert!(access.resolve("/data/f.txt", Intent::Write).is_err());
        #[cfg(unix)]
        {
            let _ = std::os::unix::fs::symlink("/etc", inner.join("out"));
            assert!(access.resolve("/data/out/passwd", Intent::Read).is_err());
            let _ = std::os::unix::fs::symlink(dir.join("new.txt"), inner.join("dangling"));
            assert!(access.resolve("/data/dangling", Intent::Read).is_err());
            assert!(access.resolve("/data/dangling/x", Intent::Read).is_err());
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
