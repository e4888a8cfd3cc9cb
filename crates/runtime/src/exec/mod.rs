//! Running code: the resolver that turns the AST into the resolved tree, the tree itself,
//! the one statement executor that runs functions and generators alike, calls, and
//! tracebacks.

pub(crate) mod call;
pub mod code;
pub(crate) mod dynamic;
pub mod eval;
pub mod generator;
pub(crate) mod namespace;
pub mod resolver;
pub(crate) mod run;
pub mod traceback;

mod assign;
mod definitions;
mod expressions;
mod loops;
mod method_call;
mod patterns;
mod statements;
mod try_with;
mod yield_loop;
mod yields;
