// Drives examples/threads-web (a threaded wasm32-unknown-unknown module) on Node workers through
// wasm-lang/wasm/js/threads.mjs.
//
//   node threads-web.mjs <threads_web.wasm> <workers> check     functional checks, one line each
//   node threads-web.mjs <threads_web.wasm> <workers> unjoined  an unjoined panicking thread
//   node threads-web.mjs <threads_web.wasm> <workers> exhaust   more threads than workers
//   node threads-web.mjs <threads_web.wasm> <workers> bench [n] sum over 1..=n: 1 vs k threads
//
// `unjoined` and `exhaust` leave the module unusable (a trap or an exception went through
// Rust frames), so they run in a process of their own.

import { readFileSync } from 'node:fs';
import { instantiate } from '../../wasm/js/threads.mjs';

const [wasmPath, workersArg, mode = 'check', nArg] = process.argv.slice(2);
const workers = Number(workersArg);
const traps = [];
const rt = await instantiate(readFileSync(wasmPath), { workers, onTrap: (m) => traps.push(m) });
const ex = rt.exports;

function check(cond, what) {
  if (!cond) throw new Error(`check failed: ${what}`);
  console.log(`ok: ${what}`);
}
// Trap reports from workers arrive as messages: let the event loop deliver them.
const drain = () => new Promise((r) => setTimeout(r, 100));

if (mode === 'check') {
  const n = 100_000;
  ex.make_data(n);
  const expected = ex.sum_sequential();
  for (const t of [1, 2, workers]) {
    check(ex.sum(t) === expected, `sum over ${t} threads equals the sequential sum`);
    check(ex.last_distinct_threads() === t, `${t} distinct threads did the work`);
    check(ex.last_ran_on_caller() === 0, `no work ran on the calling thread (${t} threads)`);
  }
  check(ex.sum_map_chunks() === expected, `map_chunks over ${workers} workers equals the sequential sum`);
  // Every thread waits at a barrier for all the others: only truly concurrent threads finish.
  check(ex.rendezvous(workers) === (workers * (workers - 1)) / 2, `${workers} threads meet at a barrier (they run at the same time)`);
  if (workers >= 6) check(ex.nested() === 6, 'threads spawn threads (2 outer + 4 nested, all distinct)');
  check(ex.panic_joined() === 43, 'a panicking thread joins as Err, the scope goes on');
  await drain();
  check(traps.length === 1 && /unreachable/.test(traps[0].error), `the panicking worker reported its trap (${traps.map((t) => t.error)})`);
  // The pool is reusable after all that.
  check(ex.sum(workers) === expected, 'the pool still works after a trap');
  console.log('ok: threads-web checks passed');
} else if (mode === 'unjoined') {
  try {
    ex.panic_unjoined();
    console.log('error: panic_unjoined returned');
  } catch (e) {
    await drain();
    console.log(`scope failed: ${e}; worker traps: ${traps.length}`);
  }
} else if (mode === 'exhaust') {
  try {
    ex.rendezvous(workers + 1);
    console.log('error: rendezvous returned');
  } catch (e) {
    console.log(`spawn failed: ${e.message}`);
  }
} else if (mode === 'bench') {
  const n = Number(nArg ?? 4_000_000);
  ex.make_data(n);
  const expected = ex.sum_sequential();
  const time = (f) => {
    const samples = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      if (f() !== expected) throw new Error('wrong sum');
      samples.push(performance.now() - t0);
    }
    return samples.sort((a, b) => a - b)[2];
  };
  const base = time(() => ex.sum_sequential());
  console.log(`node ${process.version}, ${workers} workers, sum of mix(x) over 1..=${n}, median of 5 (ms)`);
  console.log('| threads | ms | speedup vs sequential |');
  console.log('| ---: | ---: | ---: |');
  console.log(`| sequential (no scope) | ${base.toFixed(1)} | 1.00 |`);
  for (let t = 1; t <= workers; t *= 2) {
    const ms = time(() => ex.sum(t));
    console.log(`| ${t} | ${ms.toFixed(1)} | ${(base / ms).toFixed(2)} |`);
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
await rt.terminate();
