// &str handling without allocation: bytes, chars, char_indices, split_whitespace, trim, starts_with (searching, which needs core's memchr and substring searcher, is
// not supported yet), parse-free number scanning, comparison, UTF-8 boundaries.
#![no_std]
include!("prelude.rs");
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let s = "  The quick brown fox; jumps over 13 lazy dogs  ";
    let t = s.trim();
    ps(t); pi(t.len() as i64);
    for w in t.split_whitespace() { ps(w); }
    pi(t.starts_with("The") as i64 * 2 + t.ends_with("dogs") as i64);
    let mut n = 0u32;
    for c in t.chars() { if let Some(d) = c.to_digit(10) { n = n * 10 + d; } }
    pi(n as i64);
    let u = "naïve café ☕!";
    pi(u.len() as i64); pi(u.chars().fold(0, |n, _| n + 1));
    for (i, c) in u.char_indices().filter(|(_, c)| !c.is_ascii()) { pi(i as i64); pi(c as i64); }
    pi(u.is_char_boundary(3) as i64); pi(u.is_char_boundary(4) as i64);
    ps(&u[7..12]);
    pi(("abc" < "abd") as i64); pi(("b" > "abc") as i64); pi(("same" == "same") as i64);
    pi("abc".cmp("ab") as i64);
    let (a, b) = t.split_at(9);
    ps(a); ps(b);
    ps("  xx  ".trim_end()); ps("--x--".trim_matches('-'));
    ps(t.strip_prefix('T').unwrap_or("none"));
    pi(u.bytes().map(|b| b as i64).sum());
    pi("Hello".eq_ignore_ascii_case("hELLO") as i64);
    let mut buf = *b"mixed Case 123";
    let m = unsafe { core::str::from_utf8_unchecked_mut(&mut buf) };
    m.make_ascii_lowercase();
    ps(m);
}
