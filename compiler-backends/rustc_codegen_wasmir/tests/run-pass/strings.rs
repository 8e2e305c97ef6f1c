#![no_std]
include!("prelude.rs");
fn upper(s: &str, buf: &mut [u8; 64]) -> usize { let mut n = 0; for b in s.bytes() { buf[n] = b.to_ascii_uppercase(); n += 1; } n }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let s = "Hello, Wörld! 123";
    pi(s.len() as i64); pi(s.chars().fold(0, |n, _| n + 1));
    for c in s.chars() { pi(c as i64); }
    let mut buf = [0u8; 64]; let n = upper(s, &mut buf); unsafe { print_str(buf.as_ptr(), n) };
    pi(s.starts_with("Hello") as i64); pi(s.ends_with("123") as i64); pi(s.find(|c| c == 'W').map_or(-1, |i| i as i64));
    for w in s.split(|c| c == ' ') { ps(w); }
    pi(s.char_indices().filter(|(_, c)| c.is_ascii_alphabetic()).count() as i64);
    pi("42".parse::<i32>().unwrap_or(-1) as i64); pi("-17".parse::<i64>().unwrap_or(0)); pi("x1".parse::<u8>().is_err() as i64);
    let t = "  trim me  "; ps(t.trim()); pi(t.trim_start().len() as i64);
    pi(('a'..='e').map(|c| c as i64).sum()); pi(char::from_digit(7, 10).map_or(0, |c| c as i64)); pi('9'.to_digit(10).unwrap_or(0) as i64);
    let mut it = s.bytes().rev(); pi(it.next().unwrap_or(0) as i64);
    pi((s < "Help") as i64); pi(s.eq_ignore_ascii_case("hello, wörld! 123") as i64);
}
