//! The standard modules written in Python: their sources (`stdlib/python/**.py`) are
//! embedded in the binary by the build script and each is compiled the first time a
//! script imports it, like any module from source (`import/loader.rs`). They sit in the
//! same registry as the native modules, so a host removes or replaces them the same way.
//!
//! A debug build reads the file from the source tree when it is there (as CPython's
//! development builds turn frozen modules off), so editing a module needs no rebuild.

use std::borrow::Cow;

/// One embedded module.
pub(crate) struct Frozen {
    /// Dotted name (`collections.abc`).
    pub(crate) name: &'static str,
    /// Whether it is a package (`__init__.py`).
    pub(crate) package: bool,
    /// Path under `stdlib/python/` (read by debug builds).
    #[cfg_attr(not(debug_assertions), allow(dead_code))]
    pub(crate) path: &'static str,
    pub(crate) source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// The embedded module called `name`.
pub(crate) fn find(name: &str) -> Option<&'static Frozen> {
    FROZEN
        .binary_search_by(|f| f.name.cmp(name))
        .ok()
        .and_then(|i| FROZEN.get(i))
}

/// Its source text.
pub(crate) fn source(module: &Frozen) -> Cow<'static, str> {
    #[cfg(debug_assertions)]
    {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/stdlib/python/");
        if let Ok(text) = std::fs::read_to_string(format!("{path}{}", module.path)) {
            return Cow::Owned(text);
        }
    }
    Cow::Borrowed(module.source)
}
