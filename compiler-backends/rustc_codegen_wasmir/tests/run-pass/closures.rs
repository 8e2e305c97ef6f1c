#![no_std]
include!("prelude.rs");
#[inline(never)]
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
#[inline(never)]
fn apply_mut<F: FnMut(i32)>(mut f: F) { for i in 0..5 { f(i) } }
#[inline(never)]
fn apply_once<F: FnOnce() -> i64>(f: F) -> i64 { f() }
#[inline(never)]
fn apply_dyn(f: &dyn Fn(i64) -> i64, x: i64) -> i64 { f(x) }
#[inline(never)]
fn twice(f: fn(i32) -> i32, x: i32) -> i32 { f(f(x)) }
fn inc(x: i32) -> i32 { x + 1 }
#[inline(never)]
fn compose<A: Fn(i32) -> i32, B: Fn(i32) -> i32>(a: A, b: B) -> impl Fn(i32) -> i32 { move |x| b(a(x)) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let k = 10; pi(apply(|x| x * k, 7) as i64);
    let mut acc = 0i32; apply_mut(|i| acc += i * i); pi(acc as i64);
    let big = [1i64, 2, 3, 4]; pi(apply_once(move || big.iter().sum()));
    let off = 100; pi(apply_dyn(&|x| x + off, 5)); pi(apply_dyn(&|x| x * x, 12));
    pi(twice(inc, 5) as i64); pi(twice(|x| x * 3, 5) as i64);
    let c = compose(|x| x + 1, |x| x * 10); pi(c(4) as i64);
    let fs: [&dyn Fn(i32) -> i32; 3] = [&|x| x + 1, &|x| x - 1, &inc]; for f in fs { pi(f(0) as i64); }
    let mut counter = 0; let mut incr = || { counter += 3; counter }; incr(); pi(incr() as i64);
}
