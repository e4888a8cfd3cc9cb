//! The parsed pattern: a tree of nodes whose leaves carry the flags in force.

use super::parse::MAXREPEAT;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, PartialEq, Debug)]
pub(crate) enum Item {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum At {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// The part of the flags a leaf needs: case folding and which character classes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Mode {
    pub fold: bool,
    /// Unicode classes and folding (a str pattern without ASCII).
    pub unicode: bool,
}

#[derive(Clone, Debug)]
pub(crate) enum Node {
    Lit(u32, Mode),
    NotLit(u32, Mode),
    Any(bool),
    In(bool, Vec<Item>, Mode),
    At(At, bool),
    Seq(Vec<Node>),
    Branch(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat(u64, u64, RepeatKind, Box<Node>),
    Atomic(Box<Node>),
    Assert {
        behind: bool,
        neg: bool,
        width: usize,
        node: Box<Node>,
    },
    GroupRef(usize, Mode),
    GroupRefExists(usize, Box<Node>, Box<Node>),
}

/// The least and most characters `n` can match (`MAXREPEAT` standing for unbounded).
pub(crate) fn width(n: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let cap = |x: u64| x.min(MAXREPEAT);
    match n {
        Node::Lit(..) | Node::NotLit(..) | Node::Any(_) | Node::In(..) => (1, 1),
        Node::At(..) | Node::Assert { .. } => (0, 0),
        Node::Seq(v) => v.iter().fold((0, 0), |(a, b), n| {
            let (x, y) = width(n, groups);
            (cap(a + x), cap(b + y))
        }),
        Node::Branch(v) => {
            let ws: Vec<(u64, u64)> = v.iter().map(|n| width(n, groups)).collect();
            (
                ws.iter().map(|w| w.0).min().unwrap_or(0),
                ws.iter().map(|w| w.1).max().unwrap_or(0),
            )
        }
        Node::Group(_, n) | Node::Atomic(n) => width(n, groups),
        Node::Repeat(min, max, _, n) => {
            let (x, y) = width(n, groups);
            (cap(x.saturating_mul(*min)), cap(y.saturating_mul(*max)))
        }
        Node::GroupRef(g, _) => groups.get(*g).copied().flatten().unwrap_or((0, MAXREPEAT)),
        Node::GroupRefExists(_, a, b) => {
            let (x, y) = width(a, groups);
            let (p, q) = width(b, groups);
            (x.min(p), y.max(q))
        }
    }
}
