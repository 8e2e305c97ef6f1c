//! Prints a generated module (for inspecting what the differential tests run).
fn main() {
    let seed: u32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut x = seed;
    let funcs: Vec<Vec<u32>> = (0..3).map(|_| (0..120).map(|_| { x ^= x << 13; x ^= x >> 17; x ^= x << 5; x }).collect()).collect();
    print!("{}", wasmir::print_module(&wasmir::progen::gen_module(&funcs)));
}
