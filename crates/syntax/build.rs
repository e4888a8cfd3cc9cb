// Generates the parser from the grammar in the top-level `grammar/` folder.
fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=../../grammar/python.lalrpop");
    lalrpop::Configuration::new()
        .set_in_dir("../../grammar")
        .set_out_dir(out)
        .process()
        .expect("grammar/python.lalrpop must compile");
}
