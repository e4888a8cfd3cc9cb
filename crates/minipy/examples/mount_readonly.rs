//! Mounts a host directory read-only: the script lists and reads the file in it, and
//! its attempts to write or to look outside the mount raise PermissionError.
//!
//! Run with `cargo run -p minipy --example mount_readonly`.

use minipy::Interpreter;

const SCRIPT: &str = r#"
import os

print("mounts:", os.listdir("/"))
print("in /data:", sorted(os.listdir("/data")))
with open("/data/notes.txt") as f:
    print("notes.txt says:", f.read().strip())

for attempt in ["open('/data/new.txt', 'w')", "os.remove('/data/notes.txt')",
                "open('/data/../../etc/passwd')", "os.stat('/etc/passwd')"]:
    try:
        eval(attempt)
        print(attempt, "-> allowed?!")
    except PermissionError as e:
        print(attempt, "->", type(e).__name__)
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A directory of our own to show the script.
    let dir = std::env::temp_dir().join(format!("minipy-mount-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("notes.txt"), "hello from the host\n")?;

    let mut py = Interpreter::new();
    py.mount_dir(&dir, "/data", false)?;
    let result = py.run("mount_readonly.py", SCRIPT);

    std::fs::remove_dir_all(&dir)?;
    if let Err(e) = result {
        eprint!("{}", e.traceback);
        std::process::exit(1);
    }
    Ok(())
}
