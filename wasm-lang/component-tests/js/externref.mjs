// Exercises wasm::ExternRef from Node: node externref.mjs <externref_demo.wasm>
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]), {});
const e = instance.exports;
const toWasm = (obj) => {
  const slot = e.__wasmrust_externref_alloc();
  e.__wasmrust_externref_set(slot, obj);
  return slot;
};
const fromWasm = (slot) => e.__wasmrust_externref_get(slot);

const a = { name: 'a' }, b = { name: 'b' }, c = () => 'c';
const ia = e.hold(toWasm(a));
const ib = e.hold(toWasm(b));
const slotA = e.slot_of(ia);
assert.notEqual(slotA, e.slot_of(ib));
assert.equal(fromWasm(slotA), a);               // the very same JS object comes back
assert.equal(fromWasm(e.slot_of(ib)), b);
e.release(ia);                                  // Drop clears the slot...
assert.equal(fromWasm(slotA), null);
const ic = e.hold(toWasm(c));                   // ...and frees it for reuse
assert.equal(e.slot_of(ic), slotA);
assert.equal(fromWasm(e.slot_of(ic))(), 'c');
// Growing: many references, released and re-held, keep the table bounded.
const many = [];
for (let i = 0; i < 100; i++) many.push(e.hold(toWasm({ i })));
const grown = e.table_len();
assert.ok(grown >= 102);
for (const h of many) e.release(h);
for (let i = 0; i < 100; i++) e.hold(toWasm({ again: i }));
assert.equal(e.table_len(), grown);
console.log(`ok: externref table of ${grown} slots, slots reused`);
