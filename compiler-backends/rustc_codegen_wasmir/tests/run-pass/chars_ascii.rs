// char and ASCII byte handling: digits, case conversion, UTF-8 encoding, char ranges, rot13.
#![no_std]
include!("prelude.rs");
use core::hint::black_box as bb;
fn rot13(b: u8) -> u8 {
    match b {
        b'a'..=b'z' => (b - b'a' + 13) % 26 + b'a',
        b'A'..=b'Z' => (b - b'A' + 13) % 26 + b'A',
        _ => b,
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for c in ['0', '7', 'a', 'F', 'z', ' ', 'é', '€', '😀'] {
        let c = bb(c);
        pi(c as i64);
        pi(c.to_digit(16).map(|d| d as i64).unwrap_or(-1));
        pi(c.len_utf8() as i64);
        pi(c.is_ascii_digit() as i64 * 4 + c.is_ascii_alphabetic() as i64 * 2 + c.is_ascii() as i64);
        pi(c.to_ascii_uppercase() as i64);
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        ps(s);
        pi(s.len() as i64);
    }
    pi(char::from_u32(bb(0x41)).map(|c| c as i64).unwrap_or(-1));
    pi(char::from_u32(bb(0xD800)).map(|c| c as i64).unwrap_or(-1));
    pi(char::from_digit(bb(11), 16).map(|c| c as i64).unwrap_or(-1));
    pi(('a'..='e').count() as i64);
    let mut msg = *b"Hello, World! 123";
    for b in msg.iter_mut() { *b = rot13(*b); }
    pb(&msg);
    for b in msg.iter_mut() { *b = rot13(*b); }
    pb(&msg);
    msg.make_ascii_uppercase();
    pb(&msg);
    pi(b"abc".eq_ignore_ascii_case(b"ABC") as i64);
}
