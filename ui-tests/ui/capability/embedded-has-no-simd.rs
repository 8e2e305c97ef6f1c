//@ compile-flags: -Zwasm-host-profile=embedded
// `simd` on the embedded profile.
#[wasm::capability(simd)]
fn dot() {}

fn main() {
    dot(); //~ ERROR E0993
}
