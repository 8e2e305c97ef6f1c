// println! through std's stdout (LineWriter, wasi fd_write).
fn main() {
    println!("Hello, world!");
    println!("{} + {} = {}", 40, 2, 40 + 2);
    print!("no newline yet, ");
    println!("now one");
    let name = "WasmIR";
    println!("{name:>10}|{name:<10}|{name:^10}|");
}
