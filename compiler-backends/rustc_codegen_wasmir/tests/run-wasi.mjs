// Runs a wasm32-wasip1 command (`_start`) under node's WASI (preview1): argument `prog a b`,
// one variable WASMIR_TEST=1, `/` preopened as a fresh directory (removed afterwards), and
// stdin empty. Prints the program's stdout, then `exit N`, or `trap` on a trap (a panic with
// panic=abort: wasi-libc's abort is `unreachable`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WASI } from 'node:wasi';

const bytes = fs.readFileSync(process.argv[2]);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-wasi-'));
fs.writeFileSync(path.join(dir, 'input.txt'), 'first line\nsecond line\n');
const wasi = new WASI({ version: 'preview1', args: ['prog', 'a', 'b'], env: { WASMIR_TEST: '1' }, preopens: { '/': dir }, returnOnExit: true });
let status;
try {
  const { instance } = await WebAssembly.instantiate(bytes, wasi.getImportObject());
  status = `exit ${wasi.start(instance)}`;
} catch (e) {
  status = e instanceof WebAssembly.RuntimeError ? 'trap' : 'error: ' + e.message;
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(status);
