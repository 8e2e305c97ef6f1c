// Calls `sharpen` of a component transpiled by jco: node run-sharpen.mjs <module.js> <in.pgm> <out.pgm> <w> <h>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mod, input, output, w, h] = process.argv.slice(2);
if (!h) {
  console.error('usage: node run-sharpen.mjs <module.js> <in.pgm> <out.pgm> <width> <height>');
  process.exit(2);
}
const m = await import(pathToFileURL(mod).href);
const out = m.sharpen(new Uint8Array(readFileSync(input)), Number(w), Number(h));
writeFileSync(output, out);
