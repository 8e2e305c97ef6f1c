#[wasm::js(module = "./env.mjs")]
pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[wasm::js(global = "not a path")]
unsafe extern "js" {
    fn f();
}

#[wasm::js(namespace = "x")]
pub fn g() {}

fn main() {}
