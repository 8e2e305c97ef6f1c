// The ES module js-demo imports with #[wasm::js(module = "./env.mjs")] (copied next to the glue).
export function shout(s) {
  return s.toUpperCase() + '!';
}
export function total(xs) {
  return xs.reduce((a, b) => a + b, 0);
}
