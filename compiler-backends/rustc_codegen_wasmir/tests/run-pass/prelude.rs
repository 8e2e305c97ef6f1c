// Shared by the run-pass programs (`include!`d): host printing and a trapping panic handler.
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
#[link(wasm_import_module = "env")]
unsafe extern "C" {
    fn print_i64(x: i64);
    fn print_f64(x: f64);
    fn print_str(p: *const u8, n: usize);
}
#[allow(dead_code)]
fn pi(x: i64) {
    unsafe { print_i64(x) }
}
#[allow(dead_code)]
fn pf(x: f64) {
    unsafe { print_f64(x) }
}
#[allow(dead_code)]
fn ps(s: &str) {
    unsafe { print_str(s.as_ptr(), s.len()) }
}
#[allow(dead_code)]
fn pb(b: &[u8]) {
    unsafe { print_str(b.as_ptr(), b.len()) }
}
