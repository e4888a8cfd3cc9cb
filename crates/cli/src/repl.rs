//! The interactive prompt: `>>> ` and `... `, blocks ended by an empty line, results
//! echoed with repr, tracebacks printed and the session kept; history in the home
//! directory and tab completion of names, keywords and attributes.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use minipy::{Interpreter, Value};
use minipy_syntax::token::KEYWORDS;
use minipy_syntax::{interactive_status, InputStatus};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

const BANNER: &str = concat!(
    "minipy ",
    env!("CARGO_PKG_VERSION"),
    " (Python 3.11 subset)\nType \"exit()\" or press Ctrl-D to leave."
);

/// Completes names and attributes against the live interpreter.
struct PyHelper {
    py: Rc<RefCell<Interpreter>>,
}

/// Characters that end the expression being completed.
fn is_boundary(c: char) -> bool {
    c.is_whitespace() || "()[]{},=+-*/%<>!:;&|^~@".contains(c)
}

impl PyHelper {
    fn candidates(&self, word: &str) -> Vec<String> {
        let mut py = self.py.borrow_mut();
        match word.rfind('.') {
            Some(dot) => {
                let (expr, prefix) = (&word[..dot], &word[dot + 1..]);
                // Only side-effect-free expressions are evaluated: no calls.
                if expr.is_empty() || expr.contains('(') {
                    return vec![];
                }
                let Ok(value) = py.eval::<Value>(expr) else {
                    return vec![];
                };
                let mut names = py.attribute_names(&value);
                names.sort();
                names.dedup();
                names
                    .into_iter()
                    .filter(|n| {
                        n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_'))
                    })
                    .map(|n| format!("{expr}.{n}"))
                    .collect()
            }
            None => {
                let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
                names.extend(py.global_names());
                names.retain(|n| n.starts_with(word) && !n.starts_with("__"));
                names.sort();
                names.dedup();
                names
            }
        }
    }
}

impl Completer for PyHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before.rfind(is_boundary).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &before[start..];
        if word.is_empty() {
            return Ok((
                pos,
                vec![Pair {
                    display: "    ".into(),
                    replacement: "    ".into(),
                }],
            ));
        }
        let found = self.candidates(word);
        let pairs = found
            .into_iter()
            .map(|c| {
                let display = c.rsplit('.').next().unwrap_or(&c).to_string();
                Pair {
                    display,
                    replacement: c,
                }
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for PyHelper {
    type Hint = String;
}

impl Highlighter for PyHelper {}

impl Validator for PyHelper {}

impl Helper for PyHelper {}

fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".minipy_history"))
}

/// Runs the prompt until end of input; returns the exit status.
pub fn run(mut py: Interpreter, quiet: bool) -> u8 {
    let interrupt = py.interrupt_handle();
    let py = Rc::new(RefCell::new(py));
    let Ok(mut editor) = Editor::<PyHelper, DefaultHistory>::new() else {
        eprintln!("minipy: cannot open the terminal");
        return 1;
    };
    editor.set_helper(Some(PyHelper { py: py.clone() }));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
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
                if let Some(path) = &history {
                    let _ = editor.save_history(path);
                }
                let source = std::mem::take(&mut buffer);
                // A Ctrl-C pressed at the prompt must not interrupt the next statement.
                interrupt.clear();
                if let Err(e) = py.borrow_mut().run_interactive(&source) {
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
