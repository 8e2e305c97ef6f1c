// A cargo runner for wasm32-wasip1 test binaries (CARGO_TARGET_WASM32_WASIP1_RUNNER="node
// wasi-runner.mjs"): runs the module as a WASI command under node with the given arguments,
// the environment, and the current directory preopened as `.`; exits with its status, or 134
// after printing `trap: ...` when it traps (a panic with panic=abort).
import fs from 'node:fs';
import { WASI } from 'node:wasi';
const [wasm, ...args] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [wasm, ...args], env: process.env, preopens: { '.': process.cwd() }, returnOnExit: true });
try {
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasm), wasi.getImportObject());
  process.exitCode = wasi.start(instance);
} catch (e) {
  console.log(e instanceof WebAssembly.RuntimeError ? `trap: ${e.message}` : `error: ${e.message}`);
  process.exitCode = 134;
}
