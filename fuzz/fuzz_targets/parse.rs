//! Arbitrary bytes -> (if UTF-8) lexer, parser, and the runtime's resolver.
//! Errors are fine; a panic, overflow or hang is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    // The lexer alone, to the end or the first error.
    for tok in minipy_syntax::lexer::Lexer::new(src) {
        if tok.is_err() {
            break;
        }
    }
    let _ = minipy_syntax::interactive_status(src);
    let _ = minipy_syntax::parse_expression(src);
    match minipy_syntax::parse_module(src) {
        Ok(_) => {
            // Resolve (scope analysis + code generation) without running anything.
            let mut interp = minipy_runtime::Interp::new();
            let _ = interp.compile("<fuzz>", src);
        }
        Err(e) => {
            // Rendering walks the source by the error's offsets: must not panic either.
            let _ = e.render("<fuzz>");
        }
    }
});
