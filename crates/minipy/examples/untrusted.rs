//! Runs untrusted scripts under limits: each is stopped with a clear error while the
//! host carries on.
use std::time::Duration;

use minipy::{ErrorKind, Interpreter, Limits};

fn main() {
    let scripts = [
        ("spin forever", "while True:\n    pass\n"),
        ("huge allocation", "data = b'x' * (1 << 40)\n"),
        (
            "runaway recursion",
            "def f(n):\n    return f(n + 1)\nf(0)\n",
        ),
        (
            "catching the limit",
            "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
        ),
        ("well behaved", "print(sum(range(10)))\n"),
    ];
    for (name, source) in scripts {
        let mut py = Interpreter::new();
        py.set_limits(Limits {
            max_steps: Some(1_000_000),
            max_memory: Some(16 << 20),
            max_recursion: Some(100),
            timeout: Some(Duration::from_secs(2)),
        });
        match py.run(name, source) {
            Ok(()) => println!("{name}: finished"),
            Err(e) => match e.kind {
                ErrorKind::Limit(limit) => println!("{name}: stopped by the host ({limit:?})"),
                _ => println!("{name}: {}: {}", e.type_name, e.message),
            },
        }
    }
}
