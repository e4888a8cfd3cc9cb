//! The interactive prompt: `>>> ` and `... `, blocks ended by an empty line, results
//! echoed with repr, tracebacks printed and the session kept.

use minipy::Interpreter;
use minipy_syntax::{interactive_status, InputStatus};
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

const BANNER: &str = concat!(
    "minipy ",
    env!("CARGO_PKG_VERSION"),
    " (Python 3.11 subset)\nType \"exit()\" or press Ctrl-D to leave."
);

/// Runs the prompt until end of input; returns the exit status.
pub fn run(py: &mut Interpreter, quiet: bool) -> u8 {
    let Ok(mut editor) = DefaultEditor::new() else {
        eprintln!("minipy: cannot open the terminal");
        return 1;
    };
    if !quiet {
        println!("{BANNER}");
    }
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                let complete = if line.trim().is_empty() {
                    InputStatus::Complete
                } else {
                    interactive_status(&buffer)
                };
                if complete == InputStatus::Incomplete {
                    continue;
                }
                let _ = editor.add_history_entry(buffer.trim_end());
                let source = std::mem::take(&mut buffer);
                if let Err(e) = py.run_interactive(&source) {
                    if let Some(code) = e.exit_code {
                        return code as u8;
                    }
                    eprint!("{}", e.traceback);
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                return 0;
            }
            Err(e) => {
                eprintln!("minipy: {e}");
                return 1;
            }
        }
    }
}
