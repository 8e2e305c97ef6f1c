#[wasm::js]
unsafe extern "js" {
    fn take(s: String);
}

fn main() {}
