// Atomics on single-threaded wasm32 (plain loads and stores) and what uses them: Arc, Weak,
// atomic counters and flags, compare-exchange loops.
#![no_std]
include!("prelude.rs");
use alloc::sync::{Arc, Weak};
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, AtomicUsize, AtomicPtr, Ordering::*};
static COUNTER: AtomicUsize = AtomicUsize::new(0);
static FLAG: AtomicBool = AtomicBool::new(false);
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for _ in 0..10 {
        COUNTER.fetch_add(3, SeqCst);
    }
    pi(COUNTER.load(Relaxed) as i64);
    pi(COUNTER.fetch_sub(5, AcqRel) as i64);
    pi(COUNTER.swap(100, SeqCst) as i64);
    pi(COUNTER.compare_exchange(100, 7, SeqCst, SeqCst).unwrap_or(0) as i64);
    pi(COUNTER.compare_exchange(100, 8, SeqCst, SeqCst).unwrap_or_else(|v| v + 1000) as i64);
    pi(COUNTER.fetch_max(50, SeqCst) as i64);
    pi(COUNTER.fetch_min(3, SeqCst) as i64);
    pi(COUNTER.load(SeqCst) as i64);
    pi(FLAG.fetch_or(true, SeqCst) as i64);
    pi(FLAG.fetch_and(false, SeqCst) as i64);
    pi(FLAG.fetch_nand(true, SeqCst) as i64);
    pi(FLAG.load(SeqCst) as i64);
    let a = AtomicI32::new(-5);
    pi(a.fetch_max(-7, SeqCst) as i64);
    pi(a.fetch_min(-9, SeqCst) as i64);
    pi(a.fetch_update(SeqCst, SeqCst, |x| Some(x * 2)).unwrap() as i64);
    pi(a.into_inner() as i64);
    let b = AtomicU8::new(250);
    pi(b.fetch_add(10, SeqCst) as i64);
    pi(b.load(SeqCst) as i64);
    pi(b.fetch_xor(0xff, SeqCst) as i64);
    pi(b.load(SeqCst) as i64);
    let mut x = 5i64;
    let p = AtomicPtr::new(&mut x);
    unsafe { *p.load(SeqCst) += 1 };
    pi(x);
    let s = Arc::new(String::from("arc"));
    let t = Arc::clone(&s);
    pi(Arc::strong_count(&s) as i64);
    let w: Weak<String> = Arc::downgrade(&s);
    pi(Arc::weak_count(&s) as i64);
    drop(t);
    pi(w.upgrade().map(|v| v.len() as i64).unwrap_or(-1));
    drop(s);
    pi(w.upgrade().is_none() as i64);
    let shared: Arc<Vec<i32>> = Arc::new((1..=10).collect());
    let parts: Vec<Arc<Vec<i32>>> = (0..4).map(|_| shared.clone()).collect();
    pi(parts.iter().map(|v| v.iter().sum::<i32>() as i64).sum());
    pi(Arc::strong_count(&shared) as i64);
    let mut u = Arc::new(5);
    *Arc::make_mut(&mut u) += 1;
    pi(*u as i64);
    pi(Arc::try_unwrap(u).unwrap_or(0) as i64);
}
