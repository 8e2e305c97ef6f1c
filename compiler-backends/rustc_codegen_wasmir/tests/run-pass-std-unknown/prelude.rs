// Shared by the run-pass-std-unknown programs (`include!`d): host printing. They use std on
// wasm32-unknown-unknown (no OS: dlmalloc for the heap), so std brings the panic handler.
#[link(wasm_import_module = "env")]
unsafe extern "C" {
    fn print_i64(x: i64);
    fn print_str(p: *const u8, n: usize);
}
#[allow(dead_code)]
fn pi(x: i64) {
    unsafe { print_i64(x) }
}
#[allow(dead_code)]
fn ps(s: &str) {
    unsafe { print_str(s.as_ptr(), s.len()) }
}
