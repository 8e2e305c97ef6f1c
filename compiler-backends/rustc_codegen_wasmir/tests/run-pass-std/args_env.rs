// Command-line arguments and environment variables through WASI.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("{} args: {:?}", args.len(), args);
    println!("WASMIR_TEST = {:?}", std::env::var("WASMIR_TEST"));
    println!("MISSING = {:?}", std::env::var("MISSING").is_err());
    let n = std::env::vars().filter(|(k, _)| k.starts_with("WASMIR")).count();
    println!("{n} WASMIR variables");
}
