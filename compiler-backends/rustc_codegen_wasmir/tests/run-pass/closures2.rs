#![no_std]
include!("prelude.rs");
fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn make_counter() -> impl FnMut() -> u32 { let mut c = 0; move || { c += 1; c } }
fn apply_n(f: &dyn Fn(i64) -> i64, n: usize, x: i64) -> i64 { let mut v = x; for _ in 0..n { v = f(v); } v }
fn call_boxed_like(fs: &[fn(u8) -> u8], x: u8) -> u8 { fs.iter().fold(x, |acc, f| f(acc)) }
fn sort_by<T: Copy, K: PartialOrd>(v: &mut [T], key: impl Fn(&T) -> K) { for i in 1..v.len() { let mut j = i; while j > 0 && key(&v[j - 1]) > key(&v[j]) { v.swap(j - 1, j); j -= 1; } } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let add5 = make_adder(5); pi(add5(10) as i64); pi(make_adder(-3)(3) as i64);
    let mut c = make_counter(); c(); c(); pi(c() as i64);
    pi(apply_n(&|x| x * 2 + 1, 10, 0)); pi(apply_n(&add_one, 5, 100));
    pi(call_boxed_like(&[|x| x.wrapping_mul(3), |x| x ^ 0x55, u8::reverse_bits], 7) as i64);
    let mut pts = [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]; sort_by(&mut pts, |p| p.0); for p in pts { pi(p.1 as i64); } sort_by(&mut pts, |p| p.1); pi(pts[0].0 as i64);
    let data = [5, 10, 15]; let total: i32 = data.iter().map(|&x| { let y = x / 5; y * y }).sum(); pi(total as i64);
    let mut log = [0i32; 4]; let mut n = 0; let mut record = |x: i32| { log[n] = x; n += 1; }; record(7); record(8); pi(log[0] as i64 + log[1] as i64);
    let strs = ["aa", "b", "cccc"]; let longest = strs.iter().copied().max_by_key(|s| s.len()).unwrap_or(""); ps(longest);
}
fn add_one(x: i64) -> i64 { x + 1 }
