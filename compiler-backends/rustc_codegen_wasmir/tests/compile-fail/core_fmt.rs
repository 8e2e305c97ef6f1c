//@ error: not supported yet: call to
//@ error: (crate `core` of the sysroot is not compiled through WasmIR yet)
#![no_std]
include!("../run-pass/prelude.rs");
struct Sink(usize);
impl core::fmt::Write for Sink { fn write_str(&mut self, s: &str) -> core::fmt::Result { self.0 += s.len(); Ok(()) } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    use core::fmt::Write;
    let mut s = Sink(0);
    let _ = write!(s, "{}", 12345);
    pi(s.0 as i64);
}
