fn main() {
    std::process::exit(wasmrust_migrate::cli::main());
}
