// Type-checks the generated js_demo.d.ts (copied beside this file by the test): correct uses
// compile, and the @ts-expect-error lines must each be an error.
import init, { add, echo, sum_bytes, scale, histogram, parseU64, isEven, mix, call_host, type Imports } from './js_demo.js';

const imports: Imports = {
  log: (msg: string) => console.log(msg),
  host_name: () => 'ts',
  host_bytes: (n: number) => new Uint8Array(n),
  likes: (n: bigint, flag: boolean) => flag && n > 0n,
};
await init(undefined, imports);
const n: number = add(1, 2);
const s: string = echo('x') + call_host(3);
const total: number = sum_bytes(new Uint8Array([1, 2])) + sum_bytes([1, 2]);
scale(new Float32Array(2), 2);
const h: Uint32Array = histogram(new Uint8Array(4));
const big: bigint = parseU64('1');
const even: boolean = isEven(2);
const m: number = mix(1, 2, 3n, 4);
// @ts-expect-error a string is not a number
add('1', 2);
// @ts-expect-error i64 parameters are bigint
mix(1, 2, 3, 4);
// @ts-expect-error &mut [f32] needs a Float32Array (it is written back)
scale([1, 2], 2);
// @ts-expect-error the imports object must provide every import
await init(undefined, { log: (m: string) => {} });
export { n, s, total, h, big, even, m };
