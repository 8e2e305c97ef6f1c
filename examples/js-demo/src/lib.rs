//! `#[wasm::js]` exports and imports. Build with
//! `cargo +wasmrust build --release --target wasm32-unknown-unknown -p js-demo`, then
//! `wasm-js-glue target/wasm32-unknown-unknown/release/js_demo.wasm --out-dir pkg --target node`.

/// Adds two numbers (wrapping).
#[wasm::js]
pub fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// Returns the string it is given (a round trip through linear memory).
#[wasm::js]
pub fn echo(s: &str) -> String {
    s.to_string()
}

/// Greets someone.
#[wasm::js]
pub fn greet(name: &str) -> String {
    format!("hello, {name}!")
}

/// Sum of the bytes.
#[wasm::js]
pub fn sum_bytes(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| b as u32).sum()
}

/// Multiplies every value in place.
#[wasm::js]
pub fn scale(values: &mut [f32], by: f32) {
    values.iter_mut().for_each(|v| *v *= by);
}

/// Counts of each byte value.
#[wasm::js]
pub fn histogram(bytes: &[u8]) -> Vec<u32> {
    let mut h = vec![0u32; 256];
    bytes.iter().for_each(|&b| h[b as usize] += 1);
    h
}

/// Parses an unsigned 64-bit integer.
#[wasm::js(js_name = "parseU64")]
pub fn parse_u64(text: &str) -> Result<u64, String> {
    text.trim().parse::<u64>().map_err(|e| format!("cannot parse {text:?}: {e}"))
}

/// Whether `n` is even.
#[wasm::js(js_name = "isEven")]
pub fn is_even(n: u32) -> bool {
    n % 2 == 0
}

/// Mixed number types: a + b + c + d as f64.
#[wasm::js]
pub fn mix(a: i8, b: u16, c: i64, d: f64) -> f64 {
    a as f64 + b as f64 + c as f64 + d
}

/// Takes ownership of a vector and reverses it.
#[wasm::js]
pub fn reversed(mut v: Vec<i32>) -> Vec<i32> {
    v.reverse();
    v
}

#[wasm::js]
unsafe extern "js" {
    /// Logs a line on the host.
    fn log(msg: &str);
    /// The host's name for itself.
    fn host_name() -> String;
    /// `n` bytes from the host.
    fn host_bytes(n: u32) -> Vec<u8>;
    /// Whether the host likes `n`.
    fn likes(n: i64, flag: bool) -> bool;
}

#[wasm::js(global = "Math")]
unsafe extern "js" {
    fn max(a: f64, b: f64) -> f64;
}

#[wasm::js(module = "./env.mjs")]
unsafe extern "js" {
    fn shout(s: &str) -> String;
    fn total(xs: &[f64]) -> f64;
}

/// Calls every import and reports what came back.
#[wasm::js]
pub fn call_host(n: u32) -> String {
    log(&format!("call_host({n})"));
    let bytes = host_bytes(n);
    let sum: u32 = bytes.iter().map(|&b| b as u32).sum();
    format!(
        "{} sent {} bytes summing to {sum}; likes {}: {}; max {}; {}; total {}",
        host_name(),
        bytes.len(),
        n,
        likes(n as i64, true),
        max(n as f64, 2.5),
        shout("ünïcode"),
        total(&[1.5, 2.5, n as f64])
    )
}
