// Closures: move captures, FnMut state, FnOnce consumption, returning closures (impl Fn),
// closures in arrays of &dyn Fn, higher-order composition, recursion through fn pointers.
#![no_std]
include!("prelude.rs");
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn adder(k: i64) -> impl Fn(i64) -> i64 { move |x| x + k }
fn counter() -> impl FnMut() -> u32 { let mut n = 0; move || { n += 1; n } }
fn apply_n(f: &dyn Fn(i64) -> i64, n: usize, x: i64) -> i64 { (0..n).fold(x, |acc, _| f(acc)) }
fn call_once<F: FnOnce() -> [u8; 4]>(f: F) -> [u8; 4] { f() }
fn fix(f: fn(fn(u64) -> u64, u64) -> u64, n: u64) -> u64 { fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } } f(fact, n) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let inc_then_double = compose(adder(1), |x| x * 2);
    pi(inc_then_double(5));
    let to_f = compose(|x: i64| x * x, |y: i64| y as f64 / 4.0);
    pf(to_f(3));
    let mut c = counter();
    c(); c();
    pi(c() as i64);
    let mut c2 = counter();
    pi(c2() as i64);
    let fs: [&dyn Fn(i64) -> i64; 3] = [&|x| x + 1, &|x| x * 3, &adder(-10)];
    for f in fs { pi(apply_n(f, 4, 2)); }
    let data = [9u8, 8, 7, 6];
    let consumed = call_once(move || { let mut d = data; d.reverse(); d });
    for d in consumed { pi(d as i64); }
    pi(fix(|f, n| f(n) + 1, 10) as i64);
    let mut total = 0i64;
    let mut add = |x: i64| total += x;
    for i in 1..=10 { add(i); }
    pi(total);
    let limit = 4;
    let small: i64 = (1..20).filter(|&x| x % limit == 0).map(|x| x * limit).sum();
    pi(small);
    let mut v = [3, 1, 2];
    let mut swaps = 0;
    let mut bump = || swaps += 1;
    for i in 0..3 { for j in 0..2 - i { if v[j] > v[j + 1] { v.swap(j, j + 1); bump(); } } }
    pi(swaps); pi(v[0] as i64 * 100 + v[1] as i64 * 10 + v[2] as i64);
    let fp: fn(i64) -> i64 = |x| x - 1;
    pi(apply_n(&fp, 3, 0));
}
