// JS runtime of `wasm::thread` on web workers (Node's worker_threads, or browser Workers).
//
// A module built for wasm32-unknown-unknown with `+atomics` imports one shared memory
// (`env.memory`) and the `wasmrust:threads` functions below. `instantiate()` creates that
// memory, instantiates the module on the calling thread, and starts a pool of workers, each
// instantiating the same module on the same memory and then blocking until it is handed a
// thread to run. Handing over goes through a small SharedArrayBuffer (one slot per worker),
// not through messages, so it works while the spawning thread blocks in `join`.
//
//   import { instantiate } from './threads.mjs';
//   const { exports, workers, terminate } = await instantiate(bytes, { workers: 4 });
//
// In a browser the page must be cross-origin isolated (COOP/COEP) for shared memory, and the
// code calling into the module must itself run in a worker: the main thread may not block.

const IDLE = 0; // slot states
const CLAIMED = 1;
const JOB = 2;
const SLOT = 4; // i32s per worker slot: state, start, stack_top, done

const isNode = typeof process !== 'undefined' && !!process.versions?.node;
const inBrowserMain = !isNode && typeof window !== 'undefined';

/** Default pool size: the number of logical CPUs. */
export async function defaultWorkers() {
  if (isNode) return (await import('node:os')).availableParallelism();
  return globalThis.navigator?.hardwareConcurrency || 4;
}

/**
 * Compiles and instantiates `bytes` (a threaded module) with a pool of `workers` workers.
 * `imports` are extra imports for the calling thread's instance; worker instances get
 * functions that throw for them (imported JS functions cannot be shared between workers).
 * Resolves once every worker has instantiated the module.
 */
export async function instantiate(bytes, { workers, imports = {}, onTrap } = {}) {
  const { min, max } = sharedMemoryLimits(bytes);
  const module = await WebAssembly.compile(bytes);
  const memory = new WebAssembly.Memory({ initial: min, maximum: max, shared: true });
  const n = workers ?? (await defaultWorkers());
  const control = new Int32Array(new SharedArrayBuffer(4 * SLOT * Math.max(n, 1)));
  // The first instance runs the start function that initializes the shared memory.
  const instance = await WebAssembly.instantiate(module, link(module, memory, control, n, imports));
  checkExports(instance.exports);
  const pool = await Promise.all(Array.from({ length: n }, (_, index) => startWorker({ module, memory, control, index, workers: n }, onTrap)));
  return {
    instance,
    exports: instance.exports,
    memory,
    workers: n,
    /** Stops the workers (a thread still running is killed). */
    terminate: () => Promise.all(pool.map((w) => w.terminate())),
  };
}

/** The import object: `env.memory`, `wasmrust:threads`, then `extra` or throwing stand-ins. */
function link(module, memory, control, workers, extra) {
  const threads = {
    spawn: (start, stackTop, done) => spawn(control, workers, start, stackTop, done),
    pool_size: () => workers,
    fail: (ptr, len) => {
      // TextDecoder refuses views of shared memory: copy the bytes out first.
      throw new Error(new TextDecoder().decode(new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0).slice()));
    },
  };
  const imports = { env: { memory }, 'wasmrust:threads': threads };
  for (const { module: m, name, kind } of WebAssembly.Module.imports(module)) {
    if (imports[m]?.[name] !== undefined) continue;
    const given = extra[m]?.[name];
    if (given === undefined && kind !== 'function') throw new Error(`wasmrust:threads: missing import ${m}.${name} (${kind})`);
    (imports[m] ??= {})[name] = given ?? (() => { throw new Error(`wasmrust:threads: import ${m}.${name} is not available on this thread`); });
  }
  return imports;
}

/** `wasmrust:threads.spawn`: 0, or an error code the Rust side turns into a message. */
function spawn(control, workers, start, stackTop, done) {
  if (workers === 0) return 3;
  if (inBrowserMain) return 2;
  for (let i = 0; i < workers; i++) {
    const at = i * SLOT;
    if (Atomics.compareExchange(control, at, IDLE, CLAIMED) !== IDLE) continue;
    control[at + 1] = start;
    control[at + 2] = stackTop;
    control[at + 3] = done;
    Atomics.store(control, at, JOB);
    Atomics.notify(control, at, 1);
    return 0;
  }
  return 1;
}

function checkExports(ex) {
  for (const name of ['__wasmrust_thread_start', '__wasm_init_tls', '__tls_size', '__tls_align', '__stack_pointer']) {
    if (!(name in ex)) throw new Error(`wasmrust:threads: the module does not export ${name} (link it with the flags in examples/threads-web/.cargo/config.toml)`);
  }
}

async function startWorker(init, onTrap) {
  if (isNode) {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(new URL(import.meta.url), { workerData: { wasmrustThreads: init } });
    await new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`wasmrust:threads: worker ${init.index} exited (${code}) before it was ready`)));
      worker.on('message', (m) => (m.ready ? resolve() : trapped(m, onTrap)));
    });
    worker.removeAllListeners('exit');
    worker.unref(); // idle workers do not keep the process alive
    return worker;
  }
  const worker = new Worker(new URL(import.meta.url), { type: 'module', name: 'wasmrust-thread' });
  await new Promise((resolve, reject) => {
    worker.onerror = (e) => reject(new Error(`wasmrust:threads: worker ${init.index} failed: ${e.message}`));
    worker.onmessage = (e) => (e.data.ready ? resolve() : trapped(e.data, onTrap));
    worker.postMessage({ wasmrustThreads: init });
  });
  return { terminate: async () => worker.terminate() };
}

function trapped(m, onTrap) {
  if (onTrap) onTrap(m);
  else console.error(`wasmrust:threads: a thread on worker ${m.worker} trapped: ${m.error}`);
}

/** Worker side: instantiate, report ready, then run the threads handed to this slot. */
async function runWorker({ module, memory, control, index, workers }, post) {
  const instance = await WebAssembly.instantiate(module, link(module, memory, control, workers, {}));
  const ex = instance.exports;
  const tlsSize = ex.__tls_size.value;
  const tlsAlign = ex.__tls_align.value;
  post({ ready: true });
  const at = index * SLOT;
  for (;;) {
    let state;
    while ((state = Atomics.load(control, at)) !== JOB) Atomics.wait(control, at, state);
    const start = control[at + 1];
    const stackTop = control[at + 2] >>> 0;
    const done = control[at + 3] >>> 0;
    // TLS block at the top of the thread's stack allocation, the stack below it.
    const tls = (stackTop - tlsSize) & -tlsAlign;
    ex.__stack_pointer.value = tls & -16;
    let outcome = 1;
    try {
      ex.__wasm_init_tls(tls);
      ex.__wasmrust_thread_start(start);
    } catch (e) {
      outcome = 2;
      post({ worker: index, error: String(e) });
    }
    // Free the slot before signalling completion, so a scope that ends and spawns again at
    // once finds this worker idle.
    Atomics.store(control, at, IDLE);
    const mem = new Int32Array(memory.buffer);
    Atomics.store(mem, done >>> 2, outcome);
    Atomics.notify(mem, done >>> 2);
  }
}

/** `{ min, max }` pages of the shared memory `bytes` imports (read from its import section). */
export function sharedMemoryLimits(bytes) {
  const b = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
    return r;
  };
  const skipName = () => { const len = leb(); p += len; }; // not `p += leb()`: that reads p first
  while (p < b.length) {
    const id = b[p++];
    const size = leb();
    const end = p + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        skipName();
        skipName();
        const kind = b[p++];
        if (kind === 0) leb(); // function: type index
        else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); } // table
        else if (kind === 3) { p += 2; } // global: value type, mutability
        else if (kind === 4) { p++; leb(); } // tag
        else if (kind === 2) {
          const flags = leb();
          const min = leb();
          const max = flags & 1 ? leb() : undefined;
          if (!(flags & 2)) break;
          return { min, max };
        }
      }
      break;
    }
    p = end;
  }
  throw new Error('wasmrust:threads: the module imports no shared memory (build it with +atomics, --shared-memory and --import-memory)');
}

// Started as one of the pool's workers?
if (isNode) {
  const { isMainThread, workerData, parentPort } = await import('node:worker_threads');
  if (!isMainThread && workerData?.wasmrustThreads) runWorker(workerData.wasmrustThreads, (m) => parentPort.postMessage(m));
} else if (typeof self !== 'undefined' && self.name === 'wasmrust-thread') {
  self.addEventListener('message', (e) => runWorker(e.data.wasmrustThreads, (m) => self.postMessage(m)), { once: true });
}
