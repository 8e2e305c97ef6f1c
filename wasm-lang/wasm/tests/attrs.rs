//! `#[wasm::linear]`, `#[wasm::capability]`, `#[wasm::allow_leak]` and `#[derive(Pod)]` expand
//! to working items (on stock rustc the tool attributes are left out; on the WasmRust
//! toolchain they are added for its checks).

#[wasm::linear]
#[allow(dead_code)]
pub struct CanvasContext(wasm::Handle);

#[wasm::linear]
pub enum Token<T> {
    A(T),
}

fn is_linear<T: wasm::Linear>() -> bool {
    true
}

#[wasm::capability(threads, simd)]
fn parallel_sum(data: &[u32]) -> u64 {
    wasm::thread::map_chunks(data, |c| c.iter().map(|x| *x as u64).sum::<u64>()).iter().sum()
}

#[wasm::allow_leak]
fn leak_it(v: Vec<u8>) {
    std::mem::forget(v);
}

#[derive(Clone, Copy, Debug, PartialEq, wasm::Pod)]
#[repr(C)]
struct Rgba {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

#[test]
fn linear_types_get_the_marker() {
    assert!(is_linear::<CanvasContext>());
    assert!(is_linear::<Token<u8>>());
}

// #[test] functions are entry points for the WasmRust compiler's capability check, so one
// declaring capabilities is accepted there too.
#[test]
#[wasm::capability(threads, simd)]
fn capability_and_allow_leak_keep_the_function() {
    assert_eq!(parallel_sum(&[1, 2, 3, 4]), 10);
    leak_it(vec![1, 2, 3]);
}

#[test]
fn derived_pod_casts() {
    let px = [Rgba { r: 1, g: 2, b: 3, a: 4 }, Rgba { r: 5, g: 6, b: 7, a: 8 }];
    let bytes: &[u8] = wasm::cast_slice(&px).unwrap();
    assert_eq!(bytes, &[1, 2, 3, 4, 5, 6, 7, 8]);
    let back: &[Rgba] = wasm::cast_slice(bytes).unwrap();
    assert_eq!(back, &px);
}
