//! Raw tokens, found by logos. Indentation is handled by [`crate::lexer`].

use logos::Logos;
use num_bigint::BigInt;

use crate::literal::{self, StrLit};

/// An integer literal's value: small ones stay machine integers.
#[derive(Debug, Clone, PartialEq)]
pub enum IntLit {
    Small(i64),
    Big(BigInt),
}

/// Why logos could not produce a token.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexErrorKind {
    #[default]
    InvalidCharacter,
    /// The message, and whether the caret goes after the token (else under it).
    Literal(String, bool),
    /// A decimal int literal with more digits than CPython converts (no caret).
    TooManyDigits(usize),
    UnterminatedString,
    UnterminatedTripleString,
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexErrorKind)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\\r?\n")]
pub enum Tok {
    #[regex(r"\r?\n|\r")]
    Newline,
    /// Produced by the indentation wrapper, never by logos.
    Indent,
    /// Produced by the indentation wrapper, never by logos.
    Dedent,
    /// The soft keyword `match` opening a match statement (decided by the wrapper).
    Match,
    /// The soft keyword `case` opening a case block (decided by the wrapper).
    Case,

    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*", |lex| lex.slice().to_string(), priority = 1)]
    Name(String),
    #[regex(r"[0-9](_?[0-9])*", literal::decimal_int)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| literal::radix_int(lex.slice(), 16))]
    #[regex(r"0[oO](_?[0-7])+", |lex| literal::radix_int(lex.slice(), 8))]
    #[regex(r"0[bB](_?[01])+", |lex| literal::radix_int(lex.slice(), 2))]
    Int(IntLit),
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        literal::float
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", literal::float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", literal::float)]
    Float(f64),
    /// An imaginary literal (`1j`, `1.5e3J`): its imaginary part. Leading zeros are
    /// allowed here, as in CPython (`01j`).
    #[regex(r"[0-9](_?[0-9])*[jJ]", literal::imaginary)]
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]",
        literal::imaginary
    )]
    #[regex(
        r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]",
        literal::imaginary
    )]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]", literal::imaginary)]
    Imaginary(f64),
    #[regex(
        r#"([rRbBuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#,
        literal::string
    )]
    Str(StrLit),

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("@")]
    At,
    #[token("=")]
    Equal,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,

    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,

    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("|=")]
    VbarEqual,
    #[token("&=")]
    AmperEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("@=")]
    AtEqual,
}

impl Tok {
    /// The token as CPython's error messages quote it.
    pub fn is_open_bracket(&self) -> bool {
        matches!(self, Tok::LPar | Tok::LSqb | Tok::LBrace)
    }

    pub fn is_close_bracket(&self) -> bool {
        matches!(self, Tok::RPar | Tok::RSqb | Tok::RBrace)
    }

    /// Whether the token is a keyword (used for "invalid syntax" carets and completion).
    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            False
                | None
                | True
                | And
                | As
                | Assert
                | Async
                | Await
                | Break
                | Class
                | Continue
                | Def
                | Del
                | Elif
                | Else
                | Except
                | Finally
                | For
                | From
                | Global
                | If
                | Import
                | In
                | Is
                | Lambda
                | Nonlocal
                | Not
                | Or
                | Pass
                | Raise
                | Return
                | Try
                | While
                | With
                | Yield
        )
    }
}

/// Every Python keyword, for REPL completion.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];
