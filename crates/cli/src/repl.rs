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
use rustyline::{CompletionType, Config, Context, Editor, Helper};

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

/// rlcompleter's keyword suffixes: `try:`/`finally:`, a space after most keywords.
fn keyword_match(word: &str) -> String {
    match word {
        "finally" | "try" => format!("{word}:"),
        "False" | "None" | "True" | "break" | "continue" | "pass" | "else" | "_" => word.into(),
        _ => format!("{word} "),
    }
}

/// Asks the interpreter what rlcompleter's `_callable_postfix` adds after `expr`:
/// nothing for a value that is not callable, `()` when it takes no parameters, else `(`.
const POSTFIX: &str = "(lambda v: '' if not callable(v) else '()' \
    if getattr(v, '__text_signature__', None) in ('($module, /)', '($self, /)') \
    or (getattr(v, '__code__', None) is not None and v.__code__.co_varnames == () \
        and v.__code__.co_argcount == 0 and v.__code__.co_kwonlyargcount == 0) \
    else '(')";

impl PyHelper {
    fn postfix(py: &mut Interpreter, expr: &str) -> String {
        py.eval::<String>(&format!("{POSTFIX}({expr})"))
            .unwrap_or_default()
    }

    /// rlcompleter's matches for `word`: keywords, globals and builtins, or the
    /// attributes of a dotted expression, each with its callable postfix.
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
                names.push("__class__".into());
                names.sort();
                names.dedup();
                // Names starting with `_` (then `__`) only when the prefix asks for them.
                let hidden = match prefix {
                    "" => Some("_"),
                    "_" => Some("__"),
                    _ => None,
                };
                let matching = |hide: Option<&str>| -> Vec<String> {
                    names
                        .iter()
                        .filter(|n| n.starts_with(prefix))
                        .filter(|n| hide.is_none_or(|h| !n.starts_with(h)))
                        .cloned()
                        .collect()
                };
                let mut found = matching(hidden);
                if found.is_empty() && hidden == Some("_") {
                    found = matching(Some("__"));
                }
                if found.is_empty() && hidden.is_some() {
                    found = matching(None);
                }
                found
                    .into_iter()
                    .map(|n| {
                        let full = format!("{expr}.{n}");
                        let post = Self::postfix(&mut py, &full);
                        full + &post
                    })
                    .collect()
            }
            None => {
                let mut seen = std::collections::HashSet::from(["__builtins__".to_string()]);
                let mut out = Vec::new();
                for k in KEYWORDS.iter().chain(["match", "case", "_"].iter()) {
                    if k.starts_with(word) && seen.insert(k.to_string()) {
                        out.push(keyword_match(k));
                    }
                }
                for n in py.global_names() {
                    if n.starts_with(word) && seen.insert(n.clone()) {
                        let post = Self::postfix(&mut py, &n);
                        out.push(n + &post);
                    }
                }
                out.sort();
                out
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
        if word.trim().is_empty() {
            // As python3: Tab with nothing to complete indents.
            return Ok((
                pos,
                vec![Pair {
                    display: "    ".into(),
                    replacement: "    ".into(),
                }],
            ));
        }
        let pairs = self
            .candidates(word)
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
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
    // As GNU readline in python3: Tab completes the common prefix, a second Tab lists.
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .build();
    let Ok(mut editor) = Editor::<PyHelper, DefaultHistory>::with_config(config) else {
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
        let source = match editor.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                // An empty line ends a block, unless a string or bracket is still open.
                let complete = if line.trim().is_empty() && !still_open(&buffer) {
                    InputStatus::Complete
                } else {
                    interactive_status(&buffer)
                };
                if complete == InputStatus::Incomplete && !fails_already(&buffer) {
                    continue;
                }
                std::mem::take(&mut buffer)
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
                continue;
            }
            // Ctrl-D at `... ` ends the block (python3 runs what was typed); at `>>> `
            // it ends the session.
            Err(ReadlineError::Eof) if !buffer.is_empty() => std::mem::take(&mut buffer),
            Err(ReadlineError::Eof) => {
                println!();
                return 0;
            }
            Err(e) => {
                eprintln!("minipy: {e}");
                return 1;
            }
        };
        let _ = editor.add_history_entry(source.trim_end());
        if let Some(path) = &history {
            let _ = editor.save_history(path);
        }
        // A Ctrl-C pressed at the prompt must not interrupt the next statement.
        interrupt.clear();
        if let Err(e) = py.borrow_mut().run_interactive(&source) {
            if let Some(code) = e.exit_code {
                return code as u8;
            }
            eprint!("{}", e.traceback);
        }
    }
}

/// An open bracket, triple-quoted string or line continuation: more lines must come.
fn still_open(buffer: &str) -> bool {
    let open = minipy_syntax::lexer::Lexer::new(buffer).any(|t| {
        t.is_err_and(|e| e.msg.contains("was never closed") || e.msg.contains("triple-quoted"))
    });
    open || buffer.trim_end().ends_with('\\')
}

/// Whether a block still being typed already has an error no further line can mend
/// (a body line that is not indented, a bad expression): python3 reports it at once
/// instead of waiting for the empty line. An error that an indented line would fix
/// ("expected an indented block") or that lies past the typed lines waits.
fn fails_already(buffer: &str) -> bool {
    if still_open(buffer) {
        return false;
    }
    let typed = buffer.lines().count();
    let Err(e) = minipy_syntax::parse_module(buffer) else {
        return false;
    };
    if e.lineno > typed {
        return false;
    }
    let last = buffer.lines().last().unwrap_or("");
    let depth = last.len() - last.trim_start().len();
    let probe = format!("{buffer}{}pass\n", " ".repeat(depth + 4));
    match minipy_syntax::parse_module(&probe) {
        Ok(_) => false,
        Err(later) => later.lineno <= typed,
    }
}
