#![no_std]
include!("prelude.rs");
// async/await: futures are coroutines that rustc's state transform turns into a resume
// function over a state enum. A small executor polls them with a no-op waker.
use core::future::Future;
use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};

/// Polls `f` to completion, printing how many polls it took.
fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            pi(polls);
            return v;
        }
    }
}

/// Pending `n` times, then ready.
struct YieldN(u32);
impl Future for YieldN {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u32> {
        if self.0 == 0 { Poll::Ready(7) } else { self.0 -= 1; Poll::Pending }
    }
}

struct Noisy(i64);
impl Drop for Noisy {
    fn drop(&mut self) { pi(1000 + self.0) }
}

async fn add(a: i64, b: i64) -> i64 {
    YieldN(1).await;
    a + b
}

async fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for i in 0..n {
        if i % 4 == 0 { YieldN(1).await; }
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

async fn held_across_await(k: i64) -> i64 {
    let n = Noisy(k); // lives in the coroutine's state across the await
    let x = YieldN(2).await as i64;
    n.0 * x
}

async fn by_ref(xs: &[i64]) -> i64 {
    let mut s = 0;
    for &x in xs {
        s += add(x, 1).await;
    }
    s
}

#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pi(block_on(add(2, 3)));
    pi(block_on(fib(50)) as i64);
    pi(block_on(held_across_await(6)));
    let xs = [1, 2, 3, 4];
    pi(block_on(by_ref(&xs)));
    let offset = 100;
    pi(block_on(async move { add(offset, YieldN(0).await as i64).await }));
    // A future dropped before it finishes drops what its state holds.
    {
        let mut f = pin!(held_across_await(9));
        let mut cx = Context::from_waker(Waker::noop());
        pi(f.as_mut().poll(&mut cx).is_pending() as i64);
    }
    // An unresumed future holds only its captures.
    let g = held_across_await(5);
    drop(g);
    pi((core::mem::size_of_val(&fib(3)) > 0) as i64);
}
