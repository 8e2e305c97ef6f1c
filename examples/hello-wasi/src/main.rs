//! The smallest std program: proves the wasmrust toolchain's wasm32-wasip1 std links and runs.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("Hello from WasmRust on wasm32-wasip1!");
    if !args.is_empty() {
        println!("args: {}", args.join(" "));
    }
}
