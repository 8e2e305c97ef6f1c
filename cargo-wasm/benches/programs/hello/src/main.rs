//! The smallest std program: prints a greeting and its arguments.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("Hello, world!");
    if !args.is_empty() {
        println!("args: {}", args.join(" "));
    }
}
