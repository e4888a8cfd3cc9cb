//! Links the release binary with the functions a start runs placed side by side
//! (`startup-symbols.txt`, written by `scripts/startup-symbols`): a start then maps a
//! few dozen pages of code instead of touching one in every stretch of the binary.
//! Only LLD knows the flag; it is Rust's default linker on x86_64 Linux.

fn main() {
    println!("cargo:rerun-if-changed=startup-symbols.txt");
    let lld_default = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64")
        && std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if !lld_default || std::env::var("PROFILE").as_deref() != Ok("release") {
        return;
    }
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={dir}/startup-symbols.txt");
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    let static_libc = std::env::var("CARGO_CFG_TARGET_FEATURE")
        .is_ok_and(|f| f.split(',').any(|f| f == "crt-static"));
    if !static_libc {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
