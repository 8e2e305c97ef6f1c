#![no_std]
include!("prelude.rs");
// Async closures (`AsyncFn`, `AsyncFnOnce`): a coroutine-closure value whose calls build
// coroutines (borrowing, mutating and moving captures).
use core::future::Future;
use core::pin::pin;
use core::task::{Context, Poll, Waker};
fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop { if let Poll::Ready(v) = f.as_mut().poll(&mut cx) { return v; } }
}
async fn twice<F: AsyncFn(i64) -> i64>(f: F, x: i64) -> i64 { f(x).await + f(x + 1).await }
async fn once<F: AsyncFnOnce() -> i64>(f: F) -> i64 { f().await }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let k = 3;
    let mul = async |x: i64| x * k;
    pi(block_on(twice(mul, 5)));
    let mut total = 0i64;
    let mut acc = async |x: i64| { total += x; total };
    pi(block_on(async { acc(4).await + acc(6).await }));
    let owned = [1i64, 2, 3];
    pi(block_on(once(async move || owned.iter().sum())));
}
