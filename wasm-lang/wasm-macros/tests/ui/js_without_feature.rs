// The wasm crate's `js` feature is off here (the default): one clear error.
#[wasm::js]
unsafe extern "js" {
    fn log(msg: &str);
}

fn main() {}
