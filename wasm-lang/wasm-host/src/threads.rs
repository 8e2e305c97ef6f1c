//! A [wasi-threads] host on Wasmtime: runs `wasm32-wasip1-threads` command modules, whose
//! `std::thread` (and so `wasm::thread::scope`) spawns threads through the
//! `wasi::thread-spawn` import.
//!
//! Every thread is a new instance of the same module in its own [`Store`], on its own OS
//! thread, sharing the module's imported shared memory; the new instance's
//! `wasi_thread_start(tid, start_arg)` export runs the thread. As the proposal says, the end of
//! any thread by a trap or `proc_exit` ends the whole program with that outcome; the run
//! returns it at once, and threads still blocked in the guest are left to the process (they
//! hold no host resources besides their OS thread).
//!
//! Each thread gets its own WASI preview1 context from the caller's factory, so stdio can be
//! shared (inherit it, or give every context a clone of the same pipe) but file descriptors
//! opened by one thread are not visible to another.
//!
//! [wasi-threads]: https://github.com/WebAssembly/wasi-threads

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, mpsc};

use anyhow::{Context, Result, bail};
use wasmtime::{Config, Engine, ExternType, Linker, Module, SharedMemory, Store};
use wasmtime_wasi::I32Exit;
use wasmtime_wasi::p1::WasiP1Ctx;

/// Builds the WASI context of one thread (called once per thread, main thread included).
pub type CtxFactory = dyn Fn() -> Result<WasiP1Ctx> + Send + Sync;

/// How a threaded program ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// `_start` returned (0) or a thread called `proc_exit(code)`.
    Exit(i32),
    /// A thread trapped; the message has Wasmtime's wasm backtrace and says which thread.
    Trap(String),
}

/// The highest thread id wasi-threads allows.
const MAX_TID: i32 = 0x1FFF_FFFF;

/// What every thread of one run shares.
struct Program {
    engine: Engine,
    module: Module,
    memory: (String, String, SharedMemory),
    ctx: Arc<CtxFactory>,
    next_tid: AtomicI32,
    ended: mpsc::Sender<(i32, Result<()>)>,
}

/// Whether a module imports `wasi::thread-spawn` (was built for wasm32-wasip1-threads).
pub fn uses_wasi_threads(module: &Module) -> bool {
    module.imports().any(|i| i.module() == "wasi" && i.name() == "thread-spawn")
}

/// An engine that accepts threaded modules (shared memory, atomics).
pub fn engine() -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_threads(true).shared_memory(true);
    Engine::new(&config).map_err(anyhow::Error::from)
}

/// Runs the command module `bytes` (its `_start`) with wasi-threads.
pub fn run_command(bytes: &[u8], ctx: Arc<CtxFactory>) -> Result<Outcome> {
    let engine = engine()?;
    let module = Module::new(&engine, bytes).map_err(anyhow::Error::from).context("wasmtime cannot compile the module")?;
    run_module(&engine, module, ctx)
}

/// Runs an already compiled command module (its `_start`) with wasi-threads; `engine` must be
/// the one it was compiled with, made by [`engine`].
pub fn run_module(engine: &Engine, module: Module, ctx: Arc<CtxFactory>) -> Result<Outcome> {
    if module.get_export("_start").is_none() {
        bail!("not a command module: no `_start` export");
    }
    if module.get_export("wasi_thread_start").is_none() && uses_wasi_threads(&module) {
        bail!("the module imports wasi::thread-spawn but exports no `wasi_thread_start`");
    }
    let memory = shared_memory(engine, &module)?;
    let (ended, outcomes) = mpsc::channel();
    let program = Arc::new(Program { engine: engine.clone(), module, memory, ctx, next_tid: AtomicI32::new(1), ended });

    let main = Arc::clone(&program);
    std::thread::Builder::new()
        .name("wasm main".into())
        .spawn(move || {
            let result = main.instantiate().and_then(|(mut store, instance)| {
                let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
                start.call(&mut store, ()).map_err(anyhow::Error::from)
            });
            main.ended.send((0, result)).ok();
        })
        .context("cannot start the main thread")?;
    drop(program);

    // The main thread's end, or the first thread that ends by trap or exit.
    loop {
        let (tid, result) = outcomes.recv().context("every thread ended without a result")?;
        match result {
            Ok(()) if tid == 0 => return Ok(Outcome::Exit(0)),
            Ok(()) => continue,
            Err(e) => return outcome_of(tid, e),
        }
    }
}

fn outcome_of(tid: i32, e: anyhow::Error) -> Result<Outcome> {
    if let Some(exit) = e.downcast_ref::<I32Exit>() {
        return Ok(Outcome::Exit(exit.0));
    }
    if e.downcast_ref::<wasmtime::Trap>().is_some() {
        let who = if tid == 0 { "the main thread".to_string() } else { format!("thread {tid}") };
        return Ok(Outcome::Trap(format!("{who} trapped: {e:?}")));
    }
    Err(e)
}

/// The module's imported shared memory, created for the run.
fn shared_memory(engine: &Engine, module: &Module) -> Result<(String, String, SharedMemory)> {
    for import in module.imports() {
        if let ExternType::Memory(ty) = import.ty() {
            if !ty.is_shared() {
                bail!("the module imports a memory that is not shared: build it for wasm32-wasip1-threads");
            }
            let memory = SharedMemory::new(engine, ty).map_err(anyhow::Error::from)?;
            return Ok((import.module().to_string(), import.name().to_string(), memory));
        }
    }
    bail!("the module imports no shared memory: build it for wasm32-wasip1-threads")
}

impl Program {
    /// A new instance of the module on the shared memory, with its own store and WASI context.
    fn instantiate(self: &Arc<Self>) -> Result<(Store<WasiP1Ctx>, wasmtime::Instance)> {
        let mut store = Store::new(&self.engine, (self.ctx)()?);
        let mut linker: Linker<WasiP1Ctx> = Linker::new(&self.engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |t| t)?;
        let (module, name, memory) = &self.memory;
        linker.define(&store, module, name, memory.clone())?;
        let program = Arc::clone(self);
        linker.func_wrap("wasi", "thread-spawn", move |start_arg: i32| -> i32 { program.spawn(start_arg) })?;
        let instance = linker.instantiate(&mut store, &self.module).map_err(anyhow::Error::from).context("cannot instantiate the module")?;
        Ok((store, instance))
    }

    /// `wasi::thread-spawn`: a thread id (> 0), or a negative value when none can start.
    fn spawn(self: &Arc<Self>, start_arg: i32) -> i32 {
        let tid = self.next_tid.fetch_add(1, Ordering::Relaxed);
        if tid > MAX_TID {
            return -1;
        }
        let program = Arc::clone(self);
        let started = std::thread::Builder::new().name(format!("wasm thread {tid}")).spawn(move || {
            let result = program.instantiate().and_then(|(mut store, instance)| {
                let entry = instance.get_typed_func::<(i32, i32), ()>(&mut store, "wasi_thread_start")?;
                entry.call(&mut store, (tid, start_arg)).map_err(anyhow::Error::from)
            });
            program.ended.send((tid, result)).ok();
        });
        if started.is_ok() { tid } else { -1 }
    }
}
