// String and str: building, format!, searching, splitting, case conversion, parsing.
#![no_std]
include!("prelude.rs");
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut s = String::new();
    for i in 0..5 {
        s.push_str("ab");
        s.push(char::from(b'0' + i));
    }
    pstr(&s);
    pi(s.len() as i64);
    let t = format!("{}-{:?}-{:>4}|{:<4}|{:04}", s, "q", 7, 8, -9);
    pstr(&t);
    let text = "the quick brown fox jumps over the lazy dog";
    pi(text.find("fox").map(|i| i as i64).unwrap_or(-1));
    pi(text.find('z').map(|i| i as i64).unwrap_or(-1));
    pi(text.rfind("the").map(|i| i as i64).unwrap_or(-1));
    pi(text.find("cat").map(|i| i as i64).unwrap_or(-1));
    pi(text.contains("lazy") as i64);
    for w in text.split(' ') {
        ps(w);
    }
    let words: Vec<&str> = text.split_whitespace().rev().collect();
    pstr(&words.join(","));
    for part in "a,b,,c".split(',') {
        ps(part);
    }
    for part in "k1=v1;k2=v2".split(';') {
        let mut kv = part.splitn(2, '=');
        ps(kv.next().unwrap());
        ps(kv.next().unwrap());
    }
    for line in "one\ntwo\r\nthree".lines() {
        ps(line);
    }
    pstr(&text.replace("the", "THE"));
    pstr(&"Hello, Wörld!".to_uppercase());
    pstr(&"ÀÉÎ Straße".to_lowercase());
    ps("  padded\t ".trim());
    ps("xxabcxx".trim_matches('x'));
    pi("123".parse::<i32>().unwrap() as i64);
    pi("-9876543210".parse::<i64>().unwrap());
    pi("+42".parse::<u8>().unwrap() as i64);
    pi("300".parse::<u8>().is_err() as i64);
    pi("abc".parse::<i32>().is_err() as i64);
    pi(u64::from_str_radix("ff", 16).unwrap() as i64);
    let n = 12345.to_string();
    pstr(&n);
    let mut r = String::from("héllo");
    r.insert(0, '¡');
    r.insert_str(r.len(), " wörld");
    pstr(&r);
    pi(r.chars().count() as i64);
    pi(r.chars().rev().position(|c| c == 'é').map(|i| i as i64).unwrap_or(-1));
    let caps: String = text.split(' ').map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    pstr(&caps);
    pi(("abc" < "abd") as i64);
    pi("b".cmp("a") as i64);
}
