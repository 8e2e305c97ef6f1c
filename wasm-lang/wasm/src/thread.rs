//! Structured concurrency: threads that cannot outlive the scope that spawned them.
//!
//! Needs the `threads` capability: the WasmRust compiler rejects calls to these functions
//! when the selected host profile has no threads (embedded, or a wasm32-wasip1 build without
//! wasi-threads), instead of failing at run time.
//!
//! Where they run:
//! - native targets (and wasm32-wasip1-threads): [`scope`] is `std::thread::scope`.
//! - wasm32-unknown-unknown built with `+atomics` and a shared memory (browser and node
//!   profiles): each spawned thread runs on a web worker (`worker_threads` in Node) of the
//!   pool started by the JS runtime `wasm/js/threads.mjs`, which instantiates the same module
//!   on the same `WebAssembly.Memory` (see "Web workers" below and the crate README,
//!   "Threads").
//! - wasm32-wasip1 and wasm32-unknown-unknown without atomics: std cannot spawn there, so
//!   `Scope::spawn` panics at run time; the `embedded` host profile makes the call a
//!   compile-time error (E0993) instead.
//!
//! # Web workers
//!
//! On wasm32-unknown-unknown with `target_feature = "atomics"`, [`Scope`] and
//! [`ScopedJoinHandle`] are this crate's own types with std's API shape: `spawn` borrows from
//! the enclosing scope, `join` returns a `std::thread::Result<T>`, and every thread is joined
//! before [`scope`] returns. `spawn` hands the closure to an idle worker through the
//! `wasmrust:threads` import; the worker gives it a fresh shadow stack and TLS block, runs it,
//! and flags completion in the shared memory, where the joining thread waits with
//! `memory.atomic.wait32`. With `panic = "abort"` (the only panic strategy there) a panic
//! traps the worker: `join` returns `Err` and the scope panics if nobody joined it, but the
//! panicking thread's destructors do not run (locks it held stay locked). Blocking is
//! forbidden on a browser's main thread, so spawning there is refused (run the module in a
//! worker); Node's main thread may block.

#[cfg(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics"))]
mod web;

#[cfg(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics"))]
pub use web::{Scope, ScopedJoinHandle};

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics")))]
pub use std::thread::{Scope, ScopedJoinHandle};

/// Runs `f` with a scope in which threads can borrow from the caller's stack; every thread
/// spawned in it is joined before `scope` returns (a panic in one propagates).
#[cfg_attr(wasmrust_toolchain, wasmrust::capability(threads))]
pub fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T,
{
    #[cfg(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics"))]
    return web::scope(f);
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics")))]
    return std::thread::scope(f);
}

/// Deprecated name of [`scope`] (WR0003 in the deprecation registry; removed 2027-03-15).
///
/// A function rather than a `use … as` alias: a re-export would become the name rustc prints
/// for `scope` in diagnostics.
#[cfg_attr(wasmrust_toolchain, wasmrust::capability(threads))]
pub fn spawn_scoped<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T,
{
    scope(f)
}

/// How many threads [`map_chunks`] splits work into: `std::thread::available_parallelism`,
/// or on web workers the size of the JS runtime's worker pool.
pub fn available_parallelism() -> usize {
    #[cfg(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics"))]
    return web::pool_size().max(1);
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics")))]
    return std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
}

/// Splits `data` into one chunk per available thread ([`available_parallelism`]) and maps
/// each chunk in parallel with `f`, returning the results in chunk order. All threads are
/// joined before it returns.
#[cfg_attr(wasmrust_toolchain, wasmrust::capability(threads))]
pub fn map_chunks<T: Sync, R: Send>(data: &[T], f: impl Fn(&[T]) -> R + Sync) -> std::vec::Vec<R> {
    let n = available_parallelism();
    let chunk = data.len().div_ceil(n).max(1);
    let f = &f;
    scope(|s| {
        let handles: std::vec::Vec<_> = data.chunks(chunk).map(|c| s.spawn(move || f(c))).collect();
        handles.into_iter().map(|h| h.join().expect("worker thread panicked")).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[crate::capability(threads)]
    fn scoped_threads_borrow_and_join() {
        let data: std::vec::Vec<u64> = (1..=1000).collect();
        let mut left = 0;
        let mut right = 0;
        scope(|s| {
            s.spawn(|| left = data[..500].iter().sum());
            s.spawn(|| right = data[500..].iter().sum());
        });
        assert_eq!(left + right, 500_500);
        assert_eq!(map_chunks(&data, |c| c.iter().sum::<u64>()).iter().sum::<u64>(), 500_500);
    }
}
