// Drives examples/js-demo through the glue wasm-js-glue generated:
//   node js-demo.mjs <dir holding js_demo.js, js_demo.wasm and env.mjs>
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = process.argv[2];
const demo = await import(pathToFileURL(join(dir, 'js_demo.js')).href);
const logged = [];
await demo.default(undefined, {
  log: (msg) => logged.push(msg),
  host_name: () => 'node ' + process.versions.node.split('.')[0],
  host_bytes: (n) => Uint8Array.from({ length: n }, (_, i) => i),
  likes: (n, flag) => typeof n === 'bigint' && flag === true && n % 2n === 1n,
});

// Numbers.
assert.equal(demo.add(2, 40), 42);
assert.equal(demo.add(0x7fffffff, 1), -0x80000000);
assert.equal(demo.isEven(4000000000), true);              // u32 above i32::MAX
assert.equal(demo.isEven(7), false);
assert.equal(demo.mix(-3, 65535, 1n << 40n, 0.5), -3 + 65535 + 2 ** 40 + 0.5);
assert.equal(demo.parseU64(' 18446744073709551615 '), 18446744073709551615n);  // u64::MAX as bigint

// Strings (ASCII fast path, non-ASCII, empty, long).
assert.equal(demo.greet('wasm'), 'hello, wasm!');
for (const s of ['', 'a', 'ünïcödé ✓ 😀 mixed', 'x'.repeat(100000) + 'é']) assert.equal(demo.echo(s), s);

// Errors become exceptions with the Rust message.
assert.throws(() => demo.parseU64('nope'), { name: 'Error', message: /cannot parse "nope": invalid digit/ });

// Byte arrays and typed arrays, both ways.
const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);
assert.equal(demo.sum_bytes(bytes), bytes.reduce((a, b) => a + b, 0));
assert.equal(demo.sum_bytes([1, 2, 3]), 6);                // array-likes work too
assert.equal(demo.sum_bytes(new Uint8Array(0)), 0);
const h = demo.histogram(bytes);
assert.ok(h instanceof Uint32Array);
assert.equal(h.length, 256);
assert.equal(h[0], 4);
assert.equal(h[255], 3);
const f = new Float32Array([1, 2.5, -4]);
assert.equal(demo.scale(f, 2), undefined);
assert.deepEqual(Array.from(f), [2, 5, -8]);               // &mut [f32] is copied back
assert.deepEqual(Array.from(demo.reversed(new Int32Array([1, -2, 3]))), [3, -2, 1]);

// Imports: from the imports object, a global (Math) and an ES module (./env.mjs).
assert.equal(
  demo.call_host(5),
  'node ' + process.versions.node.split('.')[0] +
    ' sent 5 bytes summing to 10; likes 5: true; max 5; ÜNÏCODE!; total 9',
);
assert.deepEqual(logged, ['call_host(5)']);

// Memory growth invalidates cached views; the glue must notice.
const big = new Uint8Array(8 << 20).fill(1);
assert.equal(demo.sum_bytes(big), 8 << 20);
assert.equal(demo.echo('after growth ✓'), 'after growth ✓');

// A missing import is a clear error at init.
const again = await import(pathToFileURL(join(dir, 'js_demo.js')).href + '?again');
await assert.rejects(() => again.default(undefined, {}), { name: 'TypeError', message: /^missing import \w+: pass it to init/ });

console.log('ok: js-demo through the generated glue');
