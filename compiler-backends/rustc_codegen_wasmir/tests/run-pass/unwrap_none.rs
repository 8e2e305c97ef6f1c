#![no_std]
include!("prelude.rs");
#[inline(never)]
fn get(x: i32) -> Option<i32> { if x > 0 { Some(x) } else { None } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pi(get(5).unwrap() as i64);
    pi(get(-5).expect("negative") as i64);
}
