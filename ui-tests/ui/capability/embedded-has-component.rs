//@ check-pass
//@ compile-flags: -Zwasm-host-profile=embedded
// The embedded profile provides `component` (partially).
#[wasm::capability(component)]
fn export_world() {}

fn main() {
    export_world();
}
