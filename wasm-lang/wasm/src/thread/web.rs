//! Scoped threads on web workers (wasm32-unknown-unknown with `+atomics`, shared memory).
//!
//! The JS side is `wasm/js/threads.mjs`: it owns a pool of workers, each with its own
//! instance of this module on the shared memory. Protocol, through the `wasmrust:threads`
//! import module:
//! - `spawn(start, stack_top, done) -> i32`: hand `start` (a `Box<Job>` as a pointer) to an
//!   idle worker. The worker carves its TLS block from the top of the stack allocation ending
//!   at `stack_top`, sets `__stack_pointer` below it, calls `__wasm_init_tls` and then
//!   [`__wasmrust_thread_start`]`(start)`. When that returns it stores 1 into the `u32` at
//!   `done` (2 if the call trapped, e.g. a panic with `panic = "abort"`) and notifies waiters.
//!   Returns 0, or a [`SpawnError`] code.
//! - `pool_size() -> u32`: the number of workers.
//! - `fail(message, len) -> !`: throws a JS `Error` with the UTF-8 message (a refused spawn;
//!   with `panic = "abort"` a panic message would be lost, as std has no stderr here).

use core::cell::UnsafeCell;
use core::marker::PhantomData;
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::alloc::{Layout, alloc, dealloc};
use std::boxed::Box;
use std::string::String;
use std::sync::{Arc, Mutex};
use std::vec::Vec;

/// Shadow stack of each spawned thread (its TLS block is carved from the top). The same as
/// the main thread's default stack.
const STACK_SIZE: usize = 1 << 20;
const STACK_ALIGN: usize = 16;

/// Values of a thread's completion flag, written by the JS runtime.
const RUNNING: u32 = 0;
const RETURNED: u32 = 1;
const TRAPPED: u32 = 2;

#[link(wasm_import_module = "wasmrust:threads")]
unsafe extern "C" {
    #[link_name = "spawn"]
    fn host_spawn(start: u32, stack_top: u32, done: u32) -> i32;
    #[link_name = "pool_size"]
    fn host_pool_size() -> u32;
    #[link_name = "fail"]
    fn host_fail(message: *const u8, len: usize) -> !;
}

/// Number of workers in the JS runtime's pool.
pub(super) fn pool_size() -> usize {
    // SAFETY: a plain import without arguments.
    unsafe { host_pool_size() as usize }
}

/// Error codes of the `spawn` import.
enum SpawnError {}

impl SpawnError {
    fn describe(code: i32, pool: usize) -> String {
        match code {
            1 => std::format!(
                "wasm::thread: no idle worker (all {pool} workers of the pool are busy); start the JS runtime with more workers"
            ),
            2 => String::from(
                "wasm::thread: not supported yet: spawning from a browser's main thread (it may not block in Atomics.wait); run the module in a worker",
            ),
            3 => String::from(
                "wasm::thread: the JS runtime has no worker pool (instantiate the module with wasm/js/threads.mjs)",
            ),
            c => std::format!("wasm::thread: the JS runtime refused to spawn (code {c})"),
        }
    }
}

/// What a worker runs: the spawned closure, boxed twice so it travels as one thin pointer.
type Job = Box<dyn FnOnce() + Send + 'static>;

/// Entry point the JS runtime calls on a worker, with its stack and TLS already set up.
///
/// # Safety
/// `start` must come from [`Scope::spawn`] and be passed here exactly once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __wasmrust_thread_start(start: u32) {
    // SAFETY: per the contract, `start` is a `Box<Job>` leaked by `Scope::spawn`.
    let job = unsafe { Box::from_raw(start as usize as *mut Job) };
    job();
}

/// State shared between a spawned thread, its join handle and its scope.
struct Packet<T> {
    /// `RUNNING` until the JS runtime stores `RETURNED` or `TRAPPED`.
    done: AtomicU32,
    /// Written by the thread before it returns; read after `done` is set.
    result: UnsafeCell<Option<std::thread::Result<T>>>,
    /// Whether `join` took the outcome (an unjoined panic makes the scope panic).
    joined: AtomicBool,
    /// The thread's stack allocation, freed once the thread is done.
    stack: *mut u8,
}

// SAFETY: `result` is written by one thread before `done` is released and read only after
// `done` is acquired; `stack` is only freed after that as well.
unsafe impl<T: Send> Send for Packet<T> {}
unsafe impl<T: Send> Sync for Packet<T> {}

impl<T> Packet<T> {
    /// Blocks until the thread finished; returns `RETURNED` or `TRAPPED`.
    fn wait(&self) -> u32 {
        loop {
            let state = self.done.load(Ordering::Acquire);
            if state != RUNNING {
                return state;
            }
            wait_while(&self.done, RUNNING);
        }
    }
}

/// Blocks until `flag` may no longer hold `value` (woken by the JS runtime's notify).
///
/// Not inlined on purpose: V8's baseline compiler (Liftoff, Node 20) can lose a value held in
/// a register across `memory.atomic.wait32` inside a loop, so the loop that re-reads the flag
/// then polls the wrong address and never ends; a call keeps the wait out of that loop.
#[inline(never)]
fn wait_while(flag: &AtomicU32, value: u32) {
    // SAFETY: `flag` is a live, aligned u32 in the shared memory; -1 waits without timeout.
    unsafe {
        core::arch::wasm32::memory_atomic_wait32(flag.as_ptr() as *mut i32, value as i32, -1);
    }
}

impl<T> Drop for Packet<T> {
    fn drop(&mut self) {
        // Only reached once the thread is done: the scope keeps a reference until it waited.
        debug_assert_ne!(*self.done.get_mut(), RUNNING);
        // SAFETY: allocated in `Scope::spawn` with this layout; the worker no longer uses it.
        unsafe { dealloc(self.stack, stack_layout()) };
    }
}

fn stack_layout() -> Layout {
    Layout::from_size_align(STACK_SIZE, STACK_ALIGN).expect("stack layout")
}

/// A thread as the scope sees it, whatever its result type.
trait Running: Send + Sync {
    /// Waits for the thread; true if it panicked and nobody joined it.
    fn wait_unhandled_panic(&self) -> bool;
}

impl<T: Send> Running for Packet<T> {
    fn wait_unhandled_panic(&self) -> bool {
        let state = self.wait();
        if self.joined.load(Ordering::Acquire) {
            return false;
        }
        // SAFETY: the thread is done (`wait` acquired `done`), so nobody writes `result`.
        state == TRAPPED || matches!(unsafe { &*self.result.get() }, Some(Err(_)))
    }
}

/// A scope to spawn threads in (see [`scope`](super::scope)); the web-workers counterpart of
/// `std::thread::Scope`.
pub struct Scope<'scope, 'env: 'scope> {
    /// Every thread spawned in the scope. The `'scope` bound is erased (so that dropping the
    /// scope does not count as a use of `'scope`): they are all waited for, and dropped,
    /// inside [`scope`].
    threads: Mutex<Vec<Arc<dyn Running>>>,
    scope: PhantomData<&'scope mut &'scope ()>,
    env: PhantomData<&'env mut &'env ()>,
}

/// An owned permission to join a scoped thread; the web-workers counterpart of
/// `std::thread::ScopedJoinHandle`.
pub struct ScopedJoinHandle<'scope, T> {
    packet: Arc<Packet<T>>,
    scope: PhantomData<&'scope ()>,
}

/// A raw pointer that may travel to the spawned thread (it points into the `Packet` the scope
/// keeps alive until the thread is done).
struct SendPtr<T>(*const Packet<T>);
// SAFETY: see `Packet`'s Send/Sync.
unsafe impl<T: Send> Send for SendPtr<T> {}

impl<'scope, 'env> Scope<'scope, 'env> {
    /// Spawns a thread on an idle worker of the JS runtime's pool; it may borrow anything
    /// that outlives the scope.
    ///
    /// # Errors
    /// If the pool has no idle worker, or when called on a browser's main thread (which may
    /// not block), the JS runtime throws an `Error` saying so (through the Rust frames, as a
    /// trap would): threads are never run sequentially in its place.
    pub fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>
    where
        F: FnOnce() -> T + Send + 'scope,
        T: Send + 'scope,
    {
        let layout = stack_layout();
        // SAFETY: non-zero size.
        let stack = unsafe { alloc(layout) };
        if stack.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let packet = Arc::new(Packet { done: AtomicU32::new(RUNNING), result: UnsafeCell::new(None), joined: AtomicBool::new(false), stack });
        let out = SendPtr(Arc::as_ptr(&packet));
        let job: Box<dyn FnOnce() + Send + 'scope> = Box::new(move || {
            let out = out;
            let result = std::panic::catch_unwind(core::panic::AssertUnwindSafe(f));
            // SAFETY: the scope keeps the packet alive until `done` is set, which the JS
            // runtime does only after this closure returned.
            unsafe { *(*out.0).result.get() = Some(result) };
        });
        // SAFETY: the scope joins every thread before 'scope ends (`scope` waits for all of
        // them, even when its closure panics), so the job never outlives what it borrows.
        let job: Job = unsafe { core::mem::transmute::<Box<dyn FnOnce() + Send + 'scope>, Job>(job) };
        let start = Box::into_raw(Box::new(job));
        let running: Arc<dyn Running + 'scope> = packet.clone();
        // SAFETY: only the lifetime bound changes; see `Scope::threads`.
        let running = unsafe { core::mem::transmute::<Arc<dyn Running + 'scope>, Arc<dyn Running>>(running) };
        self.threads.lock().unwrap_or_else(|e| e.into_inner()).push(running);
        let stack_top = stack as usize + STACK_SIZE;
        // SAFETY: the import only records the three addresses for the worker.
        let rc = unsafe { host_spawn(start as usize as u32, stack_top as u32, packet.done.as_ptr() as usize as u32) };
        if rc != 0 {
            // Not started: take the job back and mark the thread done so the scope and the
            // packet's drop do not wait for it.
            // SAFETY: the runtime refused it, so nothing else owns `start`.
            drop(unsafe { Box::from_raw(start) });
            packet.joined.store(true, Ordering::Release);
            packet.done.store(RETURNED, Ordering::Release);
            let message = SpawnError::describe(rc, pool_size());
            // SAFETY: the import reads `len` bytes at `message` and throws.
            unsafe { host_fail(message.as_ptr(), message.len()) }
        }
        ScopedJoinHandle { packet, scope: PhantomData }
    }
}

impl<'scope, T> ScopedJoinHandle<'scope, T> {
    /// Waits for the thread to finish and returns its result, or `Err` if it panicked (with
    /// `panic = "abort"` the payload is a `&'static str` saying the worker trapped).
    pub fn join(self) -> std::thread::Result<T> {
        let state = self.packet.wait();
        self.packet.joined.store(true, Ordering::Release);
        // SAFETY: the thread is done, and `join` consumes the only handle.
        let result = unsafe { (*self.packet.result.get()).take() };
        match (state, result) {
            (RETURNED, Some(r)) => r,
            _ => Err(Box::new("wasm::thread: the worker trapped (a panic with panic = \"abort\", or another trap)")),
        }
    }

    /// Whether the thread finished running (then `join` does not block).
    pub fn is_finished(&self) -> bool {
        self.packet.done.load(Ordering::Acquire) != RUNNING
    }
}

/// Web-workers implementation of [`scope`](super::scope).
pub(super) fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T,
{
    let scope = Scope { threads: Mutex::new(Vec::new()), scope: PhantomData, env: PhantomData };
    let result = std::panic::catch_unwind(core::panic::AssertUnwindSafe(|| f(&scope)));
    // Wait for every thread, including those spawned by threads while we wait: a thread can
    // only add to the list while it runs, so it is listed before it is done.
    let mut unhandled_panic = false;
    let mut i = 0;
    loop {
        let next = scope.threads.lock().unwrap_or_else(|e| e.into_inner()).get(i).cloned();
        let Some(thread) = next else { break };
        unhandled_panic |= thread.wait_unhandled_panic();
        i += 1;
    }
    // Results nobody joined are dropped here, while what they borrow is still alive.
    drop(core::mem::take(&mut *scope.threads.lock().unwrap_or_else(|e| e.into_inner())));
    match result {
        Err(payload) => std::panic::resume_unwind(payload),
        Ok(_) if unhandled_panic => panic!("a scoped thread panicked"),
        Ok(value) => value,
    }
}
