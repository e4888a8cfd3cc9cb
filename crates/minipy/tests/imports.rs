//! Imports in an embedded interpreter: modules the host supplies from memory, and modules
//! on disk only where the host granted files (a new interpreter finds none).

use std::path::PathBuf;

use minipy::{mount, Access, FileAccess, Interpreter};

/// A fresh directory holding `files` (relative name -> text).
fn dir_with(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minipy-imports-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (file, text) in files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the test directory");
        }
        std::fs::write(&path, text).expect("write a test module");
    }
    dir
}

fn sources(pairs: &[(&str, &str)]) -> std::collections::HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn modules_from_memory_import_and_show_their_lines() {
    let mut py = Interpreter::new();
    py.set_access(Access {
        module_sources: sources(&[
            ("greet", "def hello(who):\n    return 'hello ' + who\n"),
            ("tools.__init__", "NAME = 'tools'\n"),
            (
                "tools.calc",
                "from . import NAME\n\ndef div(a, b):\n    return a // b\n",
            ),
        ]),
        ..Access::default()
    });
    let out = py.capture_output();
    py.run(
        "<host>",
        "import greet\nfrom tools import calc\nimport tools.calc\n\
         print(greet.hello('host'), calc.div(7, 2), tools.NAME, calc.NAME)\n\
         print(greet.__file__, tools.__path__, tools.calc is calc)",
    )
    .expect("memory modules import");
    assert_eq!(out.take(), "hello host 3 tools tools\ngreet.py [] True\n");
    let err = py
        .run("<host>", "calc.div(1, 0)")
        .expect_err("division by zero");
    assert_eq!(err.type_name, "ZeroDivisionError");
    assert!(
        err.traceback
            .contains("  File \"tools/calc.py\", line 4, in div\n    return a // b\n"),
        "{}",
        err.traceback
    );
}

#[test]
fn a_default_interpreter_finds_nothing_on_disk() {
    let dir = dir_with("none", &[("ondisk.py", "X = 1\n")]);
    let mut py = Interpreter::new();
    let err = py
        .run("<host>", "import ondisk")
        .expect_err("no file access");
    assert_eq!(err.type_name, "ModuleNotFoundError");
    assert_eq!(err.message, "No module named 'ondisk'");
    // A module path without file access is not searched either.
    py.set_access(Access {
        module_path: vec![dir.to_string_lossy().into_owned()],
        module_sources: sources(&[("inmemory", "Y = 2\n")]),
        ..Access::default()
    });
    let err = py
        .run("<host>", "import ondisk")
        .expect_err("no file access");
    assert_eq!(err.type_name, "ModuleNotFoundError");
    py.run("<host>", "import inmemory\nassert inmemory.Y == 2")
        .expect("memory modules still import");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn granted_directories_are_searched() {
    let dir = dir_with(
        "host",
        &[
            ("lib/shapes.py", "def area(w, h):\n    return w * h\n"),
            ("lib/geo/__init__.py", "from .point import Point\n"),
            ("lib/geo/point.py", "Point = (0, 0)\n"),
        ],
    );
    let lib = dir.join("lib");
    let mut py = Interpreter::new();
    py.set_access(Access {
        module_path: vec![lib.to_string_lossy().into_owned()],
        ..Access::process()
    });
    let out = py.capture_output();
    py.run(
        "<host>",
        "import shapes, geo\nprint(shapes.area(2, 3), geo.Point)",
    )
    .expect("modules on the module path import");
    assert_eq!(out.take(), "6 (0, 0)\n");

    // Under a mount the script sees virtual paths, and `__file__` is one.
    let mut py = Interpreter::new();
    py.set_access(Access {
        files: FileAccess::Mounts(vec![mount(&lib, "/lib", false).expect("mount")]),
        module_path: vec!["/lib".to_string()],
        ..Access::default()
    });
    let out = py.capture_output();
    py.run("<host>", "import shapes\nprint(shapes.__file__)")
        .expect("mounted modules import");
    assert_eq!(out.take(), "/lib/shapes.py\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_module_importing_itself_anew_hits_the_recursion_limit() {
    let mut py = Interpreter::new();
    py.set_access(Access {
        module_sources: sources(&[(
            "selfie",
            "import sys\ndel sys.modules[__name__]\nimport selfie\n",
        )]),
        ..Access::default()
    });
    let err = py
        .run("<host>", "import selfie")
        .expect_err("endless import");
    assert_eq!(err.type_name, "RecursionError");
    assert_eq!(
        err.message,
        "maximum recursion depth exceeded while calling a Python object"
    );
}
