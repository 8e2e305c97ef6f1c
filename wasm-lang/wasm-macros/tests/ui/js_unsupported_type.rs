#[wasm::js]
pub fn first(items: Vec<String>) -> u32 {
    items.len() as u32
}

fn main() {}
