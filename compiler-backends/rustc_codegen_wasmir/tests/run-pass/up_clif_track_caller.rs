// Adapted from rustc 1.96.0 compiler/rustc_codegen_cranelift/example/track-caller-attribute.rs
// (itself from rustc's tests/ui/rfc-2091-track-caller; MIT/Apache-2.0): assert_eq! -> printing
// the locations (line/column numbers are of this file).
#![no_std]
include!("prelude.rs");
use core::panic::Location;
#[track_caller]
fn tracked() -> &'static Location<'static> {
    Location::caller()
}
fn nested_intrinsic() -> &'static Location<'static> {
    Location::caller()
}
fn nested_tracked() -> &'static Location<'static> {
    tracked()
}
#[track_caller]
fn twice() -> (u32, u32) {
    (tracked().line(), Location::caller().column())
}
fn show(l: &Location<'_>) {
    ps(l.file());
    pi(l.line() as i64);
    pi(l.column() as i64);
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    show(Location::caller());
    show(tracked());
    show(nested_intrinsic());
    show(nested_tracked());
    let (l, c) = twice();
    pi(l as i64);
    pi(c as i64);
}
