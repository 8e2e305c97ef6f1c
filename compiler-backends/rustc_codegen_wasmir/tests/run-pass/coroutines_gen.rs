#![no_std]
#![feature(gen_blocks, coroutines, coroutine_trait, stmt_expr_attributes)]
include!("prelude.rs");
// `gen` blocks (iterators) and raw coroutines with a resume argument: the same state
// transform as async, returning `Option` and `CoroutineState`.
use core::ops::{Coroutine, CoroutineState};
use core::pin::pin;
fn evens(limit: u32) -> impl Iterator<Item = u32> {
    gen move { let mut i = 0; while i < limit { yield i; i += 2; } }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let s: u32 = evens(20).sum(); pi(s as i64);
    for x in evens(7) { pi(x as i64); }
    let mut c = pin!(#[coroutine] |start: i64| { let mut acc = start; for i in 1..4 { let r: i64 = yield acc * i; acc += r; } "done".len() as i64 + acc });
    let mut arg = 10;
    loop {
        match c.as_mut().resume(arg) {
            CoroutineState::Yielded(y) => { pi(y); arg = y % 7; }
            CoroutineState::Complete(r) => { pi(r); break; }
        }
    }
}
