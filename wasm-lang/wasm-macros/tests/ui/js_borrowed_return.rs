#[wasm::js]
pub fn name() -> &'static str {
    "x"
}

fn main() {}
