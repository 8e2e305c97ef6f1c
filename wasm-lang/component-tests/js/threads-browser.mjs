// Runs examples/threads-web in headless Chromium: a cross-origin isolated page (COOP/COEP from
// a local server) starts a module worker that instantiates the module with wasm/js/threads.mjs
// (a pool of 4 nested workers) and runs the checks; the page's main thread checks that
// spawning there is refused. Results come back as console lines on Chromium's log.
//
//   node threads-browser.mjs <threads_web.wasm> [chromium]

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [wasmPath, chromium = 'chromium'] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threads-browser-'));
fs.copyFileSync(path.join(here, '../../wasm/js/threads.mjs'), path.join(dir, 'threads.mjs'));
fs.copyFileSync(wasmPath, path.join(dir, 'threads_web.wasm'));
fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><script type="module">
import { instantiate } from './threads.mjs';
const say = (m) => console.log('RESULT ' + m);
say('isolated ' + crossOriginIsolated);
const w = new Worker('./main-worker.mjs', { type: 'module' });
w.onmessage = (e) => say(e.data);
w.onerror = (e) => say('worker error ' + e.message);
const bytes = await (await fetch('./threads_web.wasm')).arrayBuffer();
const rt = await instantiate(bytes, { workers: 1 });
rt.exports.make_data(10);
try { rt.exports.sum(1); say('main thread spawned'); } catch (e) { say('main thread: ' + e.message); }
</script>`);
fs.writeFileSync(path.join(dir, 'main-worker.mjs'), `import { instantiate } from './threads.mjs';
try {
  const bytes = await (await fetch('./threads_web.wasm')).arrayBuffer();
  const ex = (await instantiate(bytes, { workers: 4 })).exports;
  ex.make_data(100000);
  const want = ex.sum_sequential();
  postMessage('worker: sum ' + (ex.sum(4) === want) + ', distinct ' + ex.last_distinct_threads() + ', on caller ' + ex.last_ran_on_caller() + ', barrier ' + ex.rendezvous(4) + ', map_chunks ' + (ex.sum_map_chunks() === want) + ', joined panic ' + ex.panic_joined());
} catch (e) { postMessage('worker failed: ' + e); }
`);

const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const server = http.createServer((req, res) => {
  const file = path.join(dir, path.basename(new URL(req.url, 'http://x').pathname));
  if (!fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/index.html`;

const browser = spawn(chromium, ['--headless=new', '--no-sandbox', '--disable-gpu', '--enable-logging=stderr', '--v=0', `--user-data-dir=${path.join(dir, 'profile')}`, url], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
const results = [];
let log = '';
let timer;
const finished = new Promise((resolve) => {
  browser.stderr.on('data', (chunk) => {
    log += chunk;
    for (const m of log.matchAll(/"RESULT (.*?)", source/g)) if (!results.includes(m[1])) results.push(m[1]);
    if (results.some((r) => r.startsWith('worker')) && results.some((r) => r.startsWith('main thread'))) resolve(true);
  });
  timer = setTimeout(() => resolve(false), 60_000);
});
const done = await finished;
clearTimeout(timer);
const exited = browser.exitCode !== null || browser.signalCode !== null ? Promise.resolve() : new Promise((r) => browser.once('exit', r));
// Chromium's helpers (renderer, GPU, crashpad) outlive a kill of the browser alone and keep
// writing the profile, so the whole process group goes.
try { process.kill(-browser.pid, 'SIGKILL'); } catch { browser.kill('SIGKILL'); }
await exited;
server.close();
try {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
} catch (e) {
  console.error(`warning: could not remove ${dir}: ${e.message}`);
}
for (const r of results) console.log(r);
if (!done) {
  console.log(`timed out; chromium log:\n${log.slice(-4000)}`);
  process.exit(1);
}
