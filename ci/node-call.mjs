// Instantiates a wasm module with no imports and calls an export with integer arguments:
// node ci/node-call.mjs add.wasm add 2 40   → prints the result
import { readFileSync } from 'node:fs';
const [file, name, ...args] = process.argv.slice(2);
const { instance } = await WebAssembly.instantiate(readFileSync(file), {});
const f = instance.exports[name];
if (typeof f !== 'function') { console.error(`no exported function \`${name}\` in ${file}`); process.exit(2); }
console.log(String(f(...args.map(Number))));
