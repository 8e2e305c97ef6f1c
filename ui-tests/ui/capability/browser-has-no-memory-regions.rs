//@ compile-flags: -Zwasm-host-profile=browser
// `memory_regions` in the browser.
#[wasm::capability(memory_regions)]
fn map_region() {}

fn main() {
    map_region(); //~ ERROR E0993
}
