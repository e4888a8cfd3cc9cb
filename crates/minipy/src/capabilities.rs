//! What a script may reach outside the interpreter. A new [`Interpreter`] is granted
//! nothing: no file system, an empty `os.environ`, an empty standard input, no modules
//! from disk. The host grants each capability explicitly.

use std::io::Read;
use std::path::Path;

use minipy_runtime::{Access, FileAccess, StdinSource};

use crate::Interpreter;

impl Interpreter {
    /// Grants everything `python3` has: the process's file system, environment and
    /// standard input (what the `minipy` command grants without `--sandbox`).
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.allow_process_access();
    /// py.run("<t>", "import os\ncwd = os.getcwd()").unwrap();
    /// assert!(py.get_global::<String>("cwd").unwrap().starts_with('/'));
    /// ```
    pub fn allow_process_access(&mut self) {
        let access = self.interp.access_mut();
        let keep = std::mem::take(&mut access.module_sources);
        let path = std::mem::take(&mut access.module_path);
        *access = Access::process();
        access.module_sources = keep;
        access.module_path = path;
    }

    /// Lets scripts see the host directory `host_dir` at `virtual_path` (`"/data"`),
    /// read-only unless `writable`. Once a directory is mounted the script sees only
    /// mounts: its working directory is `/`, `os.listdir('/')` lists the mount points,
    /// and paths that leave a mount (through `..` or a symlink) are refused with
    /// PermissionError. Fails if `host_dir` is not a directory.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("minipy-doc-mount-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let mut py = minipy::Interpreter::new();
    /// py.mount_dir(&dir, "/data", false).unwrap();
    /// py.run("<t>", "import os\nseen = os.listdir('/')").unwrap();
    /// assert_eq!(py.eval::<String>("repr(seen)").unwrap(), "['data']");
    /// let err = py.run("<t>", "os.mkdir('/data/new')").unwrap_err();
    /// assert_eq!(err.type_name, "PermissionError");
    /// std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn mount_dir(
        &mut self,
        host_dir: impl AsRef<Path>,
        virtual_path: &str,
        writable: bool,
    ) -> std::io::Result<()> {
        let mount = minipy_runtime::mount(host_dir.as_ref(), virtual_path, writable)?;
        let access = self.interp.access_mut();
        match &mut access.files {
            FileAccess::Mounts(mounts) => {
                mounts.retain(|m| m.virtual_path != mount.virtual_path);
                mounts.push(mount);
            }
            files => *files = FileAccess::Mounts(vec![mount]),
        }
        Ok(())
    }

    /// Shows scripts the process's environment in `os.environ` (else it is empty).
    /// Takes effect for `os` imported afterwards.
    ///
    /// ```
    /// let mut py = minipy::Interpreter::new();
    /// py.allow_env(false);
    /// py.run("<t>", "import os\nn = len(os.environ)").unwrap();
    /// assert_eq!(py.get_global::<i64>("n").unwrap(), 0);
    /// ```
    pub fn allow_env(&mut self, allow: bool) {
        self.interp.access_mut().env = allow;
    }

    /// Gives scripts a standard input read from `reader`.
    pub fn set_stdin(&mut self, reader: impl Read + 'static) {
        self.interp.access_mut().stdin = StdinSource::Reader(Box::new(reader));
    }

    /// Gives scripts a standard input holding `bytes`.
    pub fn set_stdin_bytes(&mut self, bytes: Vec<u8>) {
        self.set_stdin(std::io::Cursor::new(bytes));
    }

    /// Lets scripts import the module `name` (dotted for a package's submodule; a
    /// package's own code is `pkg.__init__`) from `source`, with no file system.
    pub fn add_module_source(&mut self, name: &str, source: &str) {
        self.interp
            .access_mut()
            .module_sources
            .insert(name.to_string(), source.to_string());
    }

    /// Puts a host directory of modules on the module path. Under mounts or with no
    /// file system (a host's default), the directory is mounted read-only at
    /// `/modules/N` (N counting from 0), which scripts also see; with the process's
    /// file system it is searched where it is. Fails if it is not a directory.
    pub fn add_module_dir(&mut self, host_dir: impl AsRef<Path>) -> std::io::Result<()> {
        let host_dir = host_dir.as_ref();
        if matches!(self.interp.access().files, FileAccess::Host) {
            let dir = host_dir.canonicalize()?;
            self.interp
                .access_mut()
                .module_path
                .push(dir.to_string_lossy().into_owned());
            return Ok(());
        }
        let n = self.interp.access().module_path.len();
        let virtual_path = format!("/modules/{n}");
        self.mount_dir(host_dir, &virtual_path, false)?;
        self.interp.access_mut().module_path.push(virtual_path);
        Ok(())
    }
}
