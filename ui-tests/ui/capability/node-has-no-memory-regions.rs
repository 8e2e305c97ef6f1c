//@ compile-flags: -Zwasm-host-profile=node
// `memory_regions` on node.
#[wasm::capability(memory_regions)]
fn map_region() {}

fn main() {
    map_region(); //~ ERROR E0993
}
