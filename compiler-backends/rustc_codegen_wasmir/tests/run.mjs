// Runs a wasm module's `run` export with print imports; prints its output lines, "trap" on a trap.
import fs from 'node:fs';
const bytes = fs.readFileSync(process.argv[2]);
let mem;
const out = [];
// A runaway program must not exhaust memory: stop after this many lines.
const MAX_LINES = 100000;
const push = (s) => { if (out.length >= MAX_LINES) throw new Error('output limit'); out.push(s); };
const env = {
  print_i64: (x) => push(String(x)),
  print_i32: (x) => push(String(x)),
  print_f64: (x) => push(Object.is(x, -0) ? '-0' : String(x)),
  print_str: (p, n) => push(new TextDecoder().decode(new Uint8Array(mem.buffer, p, n))),
};
try {
  const { instance } = await WebAssembly.instantiate(bytes, { env });
  mem = instance.exports.memory;
  instance.exports.run();
} catch (e) {
  out.push(e instanceof WebAssembly.RuntimeError ? 'trap' : 'error: ' + e.message);
}
console.log(out.join('\n'));
