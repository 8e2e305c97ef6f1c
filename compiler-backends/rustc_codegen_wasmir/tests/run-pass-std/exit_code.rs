// std::process::exit with a code (proc_exit), after flushing stdout.
use std::io::Write;
fn main() {
    println!("about to exit");
    std::io::stdout().flush().unwrap();
    std::process::exit(3);
}
