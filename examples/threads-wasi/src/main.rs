//! Scoped threads on wasm32-wasip1-threads: `wasm::thread::scope` spawns real wasi-threads.
//!
//! `threads-wasi sum N THREADS`: sums 1..=N in THREADS scoped threads that borrow the data and
//! write into the caller's slots; prints the sum and how many distinct threads did the work.
//! `threads-wasi chunks N`: the same through `wasm::thread::map_chunks`.
//! `threads-wasi panic`: a spawned thread panics (a trap under panic=abort).

use std::collections::HashSet;
use std::sync::Mutex;
use std::thread::ThreadId;

#[wasm::capability(threads)]
fn parallel_sum(data: &[u64], threads: usize) -> (u64, usize) {
    let chunk = data.len().div_ceil(threads).max(1);
    let mut partial = vec![0u64; data.len().div_ceil(chunk)];
    let ids = Mutex::new(HashSet::<ThreadId>::new());
    wasm::thread::scope(|s| {
        for (slot, part) in partial.iter_mut().zip(data.chunks(chunk)) {
            let ids = &ids;
            s.spawn(move || {
                ids.lock().unwrap().insert(std::thread::current().id());
                *slot = part.iter().sum();
            });
        }
    });
    let distinct = ids.lock().unwrap().len();
    (partial.iter().sum(), distinct)
}

#[wasm::capability(threads)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let num = |i: usize| -> u64 { args.get(i).and_then(|a| a.parse().ok()).unwrap_or_else(|| usage()) };
    match args.get(1).map(String::as_str) {
        Some("sum") => {
            let data: Vec<u64> = (1..=num(2)).collect();
            let (sum, distinct) = parallel_sum(&data, num(3) as usize);
            println!("sum {sum}");
            println!("threads {distinct}");
            println!("main {:?}", std::thread::current().id());
        }
        Some("chunks") => {
            let data: Vec<u64> = (1..=num(2)).collect();
            let sums = wasm::thread::map_chunks(&data, |c| c.iter().sum::<u64>());
            println!("chunks {}", sums.len());
            println!("sum {}", sums.iter().sum::<u64>());
        }
        Some("panic") => {
            wasm::thread::scope(|s| {
                s.spawn(|| panic!("worker gave up"));
            });
            println!("not reached");
        }
        _ => usage(),
    }
}

fn usage() -> ! {
    eprintln!("usage: threads-wasi sum N THREADS | chunks N | panic");
    std::process::exit(2)
}
