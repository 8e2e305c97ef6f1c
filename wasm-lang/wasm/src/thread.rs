//! Structured concurrency: threads that cannot outlive the scope that spawned them.
//!
//! Needs the `threads` capability: the WasmRust compiler rejects calls to these functions
//! when the selected host profile has no threads (embedded, or a wasm32-wasip1 build without
//! wasi-threads), instead of failing at run time. They run where std can spawn threads
//! (native targets). Not supported yet: wasm32 threads (this toolchain builds no
//! wasm32-wasip1-threads std, and the worker-based spawner for browsers and node is not
//! done); on wasm32-wasip1 and wasm32-unknown-unknown `Scope::spawn` panics.

pub use std::thread::{Scope, ScopedJoinHandle};

/// Runs `f` with a scope in which threads can borrow from the caller's stack; every thread
/// spawned in it is joined before `scope` returns (a panic in one propagates).
#[cfg_attr(wasmrust_toolchain, wasmrust::capability(threads))]
pub fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T,
{
    std::thread::scope(f)
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

/// Splits `data` into one chunk per available thread and maps each chunk in parallel with
/// `f`, returning the results in chunk order. All threads are joined before it returns.
#[cfg_attr(wasmrust_toolchain, wasmrust::capability(threads))]
pub fn map_chunks<T: Sync, R: Send>(data: &[T], f: impl Fn(&[T]) -> R + Sync) -> std::vec::Vec<R> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
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
