// format!/write! into a String: integers, strings, Debug of structs and collections, floats.
#![no_std]
include!("prelude.rs");
use alloc::format;
use alloc::string::String;
use alloc::vec;
use core::fmt::{self, Write};
#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}
#[derive(Debug)]
enum E {
    A,
    B(u8, &'static str),
    C { p: Point },
}
struct Hex(u32);
impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "0x{:08x}", self.0)
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut s = String::new();
    for i in 0..5u64 {
        write!(s, "{} ", i * i * 1_000_000_007).unwrap();
    }
    pstr(&s);
    let p = Point { x: 1, y: -2 };
    pstr(&format!("{:?}", p));
    pstr(&format!("{:#?}", p));
    pstr(&format!("{:?} {:?} {:?}", E::A, E::B(7, "x"), E::C { p: p.clone() }));
    pstr(&format!("{:?}", vec![Some(1), None, Some(3)]));
    pstr(&format!("{}", Hex(48879)));
    pstr(&format!("[{:>10}] [{:<10}] [{:^10}] [{:*^9}]", "r", "l", "c", "s"));
    pstr(&format!("{:+} {:+} {:05} {:<05} {:#b} {:#o}", 5, -5, 42, 7, 5u8, 8));
    pstr(&format!("{0} {1} {0} {name}", "a", "b", name = "n"));
    let w = 7;
    pstr(&format!("[{:w$}] [{:>1$}] [{:.*}]", 1, 5, 3, "abcdef"));
    pstr(&format!("{}", i64::MIN));
    pstr(&format!("{}", u32::MAX));
    pstr(&format!("{:?}", "tab\there \u{7f} é"));
    pstr(&format!("{:?}", ('a', '\n', '\'')));
    pstr(&format!("{} {} {} {}", 1.5f64, 0.1f64, -2.0f64, 1e21f64));
    pstr(&format!("{} {} {}", 3.14159f32, f64::MAX, f64::MIN_POSITIVE));
    pstr(&format!("{:.2} {:.0} {:10.3} {:e} {:E}", 2.71828, 2.5, -1.0f64 / 3.0, 1234.5, 0.00012));
    pstr(&format!("{} {} {}", f64::NAN, f64::INFINITY, -f64::INFINITY));
    pstr(&format!("{:?} {:?}", 1.0f64, 0.30000000000000004f64));
    pstr(&format!("{}", true));
}
