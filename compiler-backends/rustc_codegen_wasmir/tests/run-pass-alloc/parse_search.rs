// str::parse of integers, floats, bools and chars; searching with char/str/closure patterns;
// split variants; char classification (core's unicode tables).
#![no_std]
include!("prelude.rs");
use alloc::string::String;
use alloc::vec::Vec;
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for s in ["0", "42", "-17", "2147483647", "-2147483648", "2147483648", "", "-", "12a", " 5"] {
        match s.parse::<i32>() {
            Ok(v) => pi(v as i64),
            Err(e) => ps(match e.kind() {
                core::num::IntErrorKind::Empty => "empty",
                core::num::IntErrorKind::InvalidDigit => "invalid digit",
                core::num::IntErrorKind::PosOverflow => "overflow",
                core::num::IntErrorKind::NegOverflow => "underflow",
                _ => "other",
            }),
        }
    }
    for s in ["3.25", "-0.5", "1e10", "2.5E-3", "inf", "-inf", "NaN", "0.1", "123456789.125", "1.7976931348623157e308", "5e-324", "x1"] {
        match s.parse::<f64>() {
            Ok(v) => pf(v),
            Err(_) => ps("float error"),
        }
    }
    for s in ["1.5", "0.3", "16777217"] {
        pf(s.parse::<f32>().unwrap() as f64);
    }
    pi("true".parse::<bool>().unwrap() as i64);
    pi("yes".parse::<bool>().is_err() as i64);
    pi("x".parse::<char>().unwrap() as i64);
    let hay = "alpha beta gamma delta alphabet";
    pi(hay.find("alpha").unwrap() as i64);
    pi(hay.rfind("alpha").unwrap() as i64);
    pi(hay.find(|c: char| c == 'g').unwrap() as i64);
    pi(hay.find(char::is_whitespace).unwrap() as i64);
    pi(hay.find(['d', 'm']).unwrap() as i64);
    pi(hay.matches("al").count() as i64);
    for (i, m) in hay.match_indices("ta") {
        pi(i as i64);
        ps(m);
    }
    for p in hay.rsplit(' ') {
        ps(p);
    }
    for p in hay.split_terminator('a') {
        ps(p);
    }
    for p in "a1b22c333d".split(|c: char| c.is_ascii_digit()) {
        ps(p);
    }
    let (l, r) = hay.split_once(" g").unwrap();
    ps(l);
    ps(r);
    pi(hay.starts_with("alp") as i64);
    pi(hay.ends_with("bet") as i64);
    ps(hay.strip_prefix("alpha ").unwrap_or("none"));
    let csv = "name,age\nann,31\nbob,27\n";
    let mut total = 0;
    for line in csv.lines().skip(1) {
        let cols: Vec<&str> = line.split(',').collect();
        total += cols[1].parse::<i64>().unwrap();
        ps(cols[0]);
    }
    pi(total);
    for c in ['a', 'Z', '5', ' ', 'é', 'Σ', '中', '٣', '\u{2028}'] {
        pi((c.is_alphabetic() as i64) * 1000 + (c.is_numeric() as i64) * 100 + (c.is_uppercase() as i64) * 10 + c.is_whitespace() as i64);
    }
    let up: String = "ǅungla straße ﬁ".chars().flat_map(|c| c.to_uppercase()).collect();
    ps(&up);
    let title: String = "hello".char_indices().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c }).collect();
    ps(&title);
    pi(core::str::from_utf8(&[0xe2, 0x82, 0xac]).map(|s| s.len() as i64).unwrap_or(-1));
    pi(core::str::from_utf8(&[0xff, 0x41]).map(|_| 0).unwrap_or_else(|e| e.valid_up_to() as i64 + 100));
    pi(String::from_utf8_lossy(&[0x41, 0xff, 0x42]).chars().count() as i64);
    let escaped: String = "a\tb\"c".escape_default().collect();
    ps(&escaped);
}
