// Call overhead of the same exports through WasmRust's generated glue and wasm-bindgen's, in one
// process: node call-overhead.mjs <ours/js_demo.js> <wasm-bindgen/js_bench_wasm_bindgen.js>
// Prints one line per case: ns/call for each and the ratio ours / wasm-bindgen (median of rounds).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [oursPath, wbgPath] = process.argv.slice(2);
const ours = await import(pathToFileURL(oursPath).href);
const wbg = await import(pathToFileURL(wbgPath).href);
ours.initSync(readFileSync(oursPath.replace(/\.js$/, '.wasm')), {
  log() {}, host_name: () => '', host_bytes: () => new Uint8Array(0), likes: () => false,
});
wbg.initSync({ module: readFileSync(wbgPath.replace(/\.js$/, '_bg.wasm')) });

const short = 'hello, world';
const long = 'The quick brown fox jumps over the lazy dog. '.repeat(23);   // ~1 KiB
const uni = 'größe ✓ '.repeat(16);
const bytes1k = Uint8Array.from({ length: 1024 }, (_, i) => i & 255);
const bytes64k = Uint8Array.from({ length: 65536 }, (_, i) => i & 255);

const cases = [
  ['add(i32, i32)', (m) => { let s = 0; for (let i = 0; i < 1e6; i++) s = m.add(s, i); return s; }, 1e6],
  ['echo(12-byte string)', (m) => { let n = 0; for (let i = 0; i < 1e5; i++) n += m.echo(short).length; return n; }, 1e5],
  ['echo(1 KiB string)', (m) => { let n = 0; for (let i = 0; i < 2e4; i++) n += m.echo(long).length; return n; }, 2e4],
  ['echo(non-ASCII string)', (m) => { let n = 0; for (let i = 0; i < 5e4; i++) n += m.echo(uni).length; return n; }, 5e4],
  ['sum_bytes(1 KiB)', (m) => { let n = 0; for (let i = 0; i < 1e5; i++) n += m.sum_bytes(bytes1k); return n; }, 1e5],
  ['sum_bytes(64 KiB)', (m) => { let n = 0; for (let i = 0; i < 2e3; i++) n += m.sum_bytes(bytes64k); return n; }, 2e3],
];

function time(f, m, calls) {
  const t0 = process.hrtime.bigint();
  const r = f(m);
  const t1 = process.hrtime.bigint();
  return [Number(t1 - t0) / calls, r];
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];

const ROUNDS = Number(process.env.ROUNDS ?? 9);
console.log(`node ${process.version}, ${ROUNDS} rounds, alternating; median ns per call`);
console.log('| call | WasmRust glue | wasm-bindgen | ratio |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, f, calls] of cases) {
  // Same results from both first (the benchmark is only meaningful if they agree).
  const [, a] = time(f, ours, calls), [, b] = time(f, wbg, calls);
  if (a !== b) throw new Error(`${name}: results differ (${a} vs ${b})`);
  const o = [], w = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) { o.push(time(f, ours, calls)[0]); w.push(time(f, wbg, calls)[0]); }
    else { w.push(time(f, wbg, calls)[0]); o.push(time(f, ours, calls)[0]); }
  }
  const mo = median(o), mw = median(w);
  console.log(`| ${name} | ${mo.toFixed(1)} | ${mw.toFixed(1)} | ${(mo / mw).toFixed(2)} |`);
}
