fn main() {
    std::process::exit(wasmir_cli::main());
}
