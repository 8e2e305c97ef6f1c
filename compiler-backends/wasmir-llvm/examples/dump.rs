//! Prints the release backend's output for a .wir file as wasm text (debugging aid).
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE.wir [noopt]");
    let noopt = std::env::args().nth(2).is_some();
    let m = wasmir::load(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{e}"));
    let wasm = wasmir_llvm::compile_module(&m, &wasmir_llvm::Options { wasm_opt: if noopt { wasmir_llvm::WasmOpt::Off } else { wasmir_llvm::WasmOpt::Auto }, ..Default::default() }).unwrap_or_else(|e| panic!("{e}"));
    println!("{}", wasmprinter::print_bytes(&wasm).unwrap());
}
