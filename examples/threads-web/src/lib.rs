//! `wasm::thread::scope` on web workers: a threaded module for the browser and node profiles.
//!
//! Built for wasm32-unknown-unknown with atomics and a shared memory (`.cargo/config.toml`),
//! instantiated by `wasm-lang/wasm/js/threads.mjs`, which runs each spawned thread on a worker
//! of its pool. The exports are plain `extern "C"` functions driven from JS
//! (`wasm-lang/component-tests/js/threads-web.mjs`).

use std::sync::Mutex;
use std::thread::ThreadId;

/// The input of `sum`, made once by `make_data` on the calling thread.
static DATA: Mutex<Vec<u64>> = Mutex::new(Vec::new());
/// Adds `id` to the set of distinct ids (`ThreadId` has no `Ord`, and a `HashSet` would need
/// random keys, which wasm32-unknown-unknown has no source of).
fn record(ids: &Mutex<Vec<ThreadId>>, id: ThreadId) {
    let mut ids = ids.lock().unwrap();
    if !ids.contains(&id) {
        ids.push(id);
    }
}

/// Distinct thread ids that did the work of the last `sum`, and whether the caller's was one.
static LAST_RUN: Mutex<(usize, bool)> = Mutex::new((0, false));

/// Per-element work heavy enough that the sum is compute-bound (a few xorshift rounds).
fn mix(mut x: u64) -> u64 {
    for _ in 0..16 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    x
}

/// Fills the input of `sum` with 1..=n.
#[unsafe(no_mangle)]
pub extern "C" fn make_data(n: u32) {
    *DATA.lock().unwrap() = (1..=u64::from(n)).collect();
}

/// The plain-Rust reference: `mix` summed over the data on the calling thread.
#[unsafe(no_mangle)]
pub extern "C" fn sum_sequential() -> u64 {
    DATA.lock().unwrap().iter().map(|&x| mix(x)).fold(0, u64::wrapping_add)
}

/// The same sum over `threads` scoped threads, each borrowing its chunk of the data and writing
/// its partial sum into the caller's slot; records which threads did the work.
#[unsafe(no_mangle)]
pub extern "C" fn sum(threads: u32) -> u64 {
    let data = DATA.lock().unwrap();
    let (total, ids) = parallel_sum(&data, threads.max(1) as usize);
    *LAST_RUN.lock().unwrap() = (ids.len(), ids.contains(&std::thread::current().id()));
    total
}

#[wasm::capability(threads)]
fn parallel_sum(data: &[u64], threads: usize) -> (u64, Vec<ThreadId>) {
    let chunk = data.len().div_ceil(threads).max(1);
    let mut partial = vec![0u64; data.len().div_ceil(chunk)];
    let ids = Mutex::new(Vec::new());
    wasm::thread::scope(|s| {
        for (slot, part) in partial.iter_mut().zip(data.chunks(chunk)) {
            let ids = &ids;
            s.spawn(move || {
                record(ids, std::thread::current().id());
                *slot = part.iter().map(|&x| mix(x)).fold(0, u64::wrapping_add);
            });
        }
    });
    (partial.iter().fold(0, |a, &b| a.wrapping_add(b)), ids.into_inner().unwrap())
}

/// Distinct threads that did the work of the last `sum`.
#[unsafe(no_mangle)]
pub extern "C" fn last_distinct_threads() -> u32 {
    LAST_RUN.lock().unwrap().0 as u32
}

/// Whether the calling thread did any of the work of the last `sum` (it should not).
#[unsafe(no_mangle)]
pub extern "C" fn last_ran_on_caller() -> bool {
    LAST_RUN.lock().unwrap().1
}

/// `wasm::thread::map_chunks` over the data: one chunk per worker of the pool.
#[unsafe(no_mangle)]
pub extern "C" fn sum_map_chunks() -> u64 {
    chunked(&DATA.lock().unwrap())
}

#[wasm::capability(threads)]
fn chunked(data: &[u64]) -> u64 {
    wasm::thread::map_chunks(data, |c| c.iter().map(|&x| mix(x)).fold(0, u64::wrapping_add)).into_iter().fold(0, u64::wrapping_add)
}

/// Threads spawning threads: two threads each run a scope of two more; returns the number of
/// distinct threads involved (the nested spawns come from workers, not the caller).
#[unsafe(no_mangle)]
pub extern "C" fn nested() -> u32 {
    nested_scopes()
}

#[wasm::capability(threads)]
fn nested_scopes() -> u32 {
    let ids = Mutex::new(Vec::new());
    let ids = &ids;
    wasm::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(move || {
                record(ids, std::thread::current().id());
                wasm::thread::scope(|inner| {
                    for _ in 0..2 {
                        inner.spawn(move || record(ids, std::thread::current().id()));
                    }
                });
            });
        }
    });
    ids.lock().unwrap().len() as u32
}

/// A thread that panics, joined: returns 1 if `join` reported the panic as `Err` and a thread
/// spawned after it in the same scope still ran (42 from it makes 43).
#[unsafe(no_mangle)]
pub extern "C" fn panic_joined() -> u32 {
    joined_panic()
}

#[wasm::capability(threads)]
fn joined_panic() -> u32 {
    wasm::thread::scope(|s| {
        let bad = s.spawn(|| -> u32 { panic!("boom in a worker") });
        let failed = bad.join().is_err() as u32;
        let good = s.spawn(|| 42u32);
        failed + good.join().unwrap()
    })
}

/// A thread that panics and is not joined: the scope panics when it ends (a trap here, with
/// panic = "abort").
#[unsafe(no_mangle)]
pub extern "C" fn panic_unjoined() {
    unjoined_panic()
}

#[wasm::capability(threads)]
fn unjoined_panic() {
    wasm::thread::scope(|s| {
        s.spawn(|| panic!("boom in a worker"));
    });
}

/// Spawns `threads` threads that all wait for each other: more than the pool has workers is a
/// clear error thrown by the runtime ("no idle worker"), never a silent sequential run.
#[unsafe(no_mangle)]
pub extern "C" fn rendezvous(threads: u32) -> u32 {
    all_at_once(threads as usize)
}

#[wasm::capability(threads)]
fn all_at_once(threads: usize) -> u32 {
    let barrier = std::sync::Barrier::new(threads);
    let barrier = &barrier;
    wasm::thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|i| s.spawn(move || { barrier.wait(); i as u32 })).collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    })
}
