#![no_std]
include!("prelude.rs");
#[inline(never)]
fn sum(xs: &[i32]) -> i64 { xs.iter().map(|&x| x as i64).sum() }
#[inline(never)]
fn bubble(xs: &mut [i32]) { let n = xs.len(); for i in 0..n { for j in 0..n - 1 - i { if xs[j] > xs[j + 1] { xs.swap(j, j + 1); } } } }
#[inline(never)]
fn find(xs: &[u8], b: u8) -> Option<usize> { xs.iter().position(|&c| c == b) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut a = [9, -3, 7, 1, 0, 22, -8, 5, 5, 13];
    pi(sum(&a)); bubble(&mut a); for x in a { pi(x as i64); }
    pi(sum(&a[2..5])); pi(sum(&a[..3])); pi(sum(&a[7..]));
    let (l, r) = a.split_at(4); pi(sum(l) - sum(r));
    let s = "hello, wasm world"; ps(s); ps(&s[7..11]); pi(s.len() as i64);
    pi(find(s.as_bytes(), b'w').map_or(-1, |i| i as i64)); pi(find(s.as_bytes(), b'z').map_or(-1, |i| i as i64));
    let mut buf = [0u8; 16]; for (i, b) in buf.iter_mut().enumerate() { *b = (i * 7) as u8; } pi(buf.iter().map(|&b| b as i64).sum());
    pi(a.iter().rev().take(3).fold(0i64, |acc, &x| acc * 10 + x as i64));
    pi(a.contains(&22) as i64); pi(a.first().copied().unwrap_or(0) as i64); pi(*a.last().unwrap() as i64);
    let words = ["a", "bcd", "ef"]; let mut n = 0; for w in words { n += w.len(); } pi(n as i64);
    pi(s.bytes().filter(|b| *b == b'o').count() as i64);
    pi((s.as_bytes() == b"hello, wasm world") as i64); pi((&a[..2] == &[-8, -3]) as i64);
    let mut chunks = 0i64; for c in a.chunks(3) { chunks = chunks * 100 + c.len() as i64; } pi(chunks);
    let mut m = [[0i32; 4]; 3]; for i in 0..3 { for j in 0..4 { m[i][j] = (i * 4 + j) as i32; } } pi(m[2][3] as i64 + m[1][0] as i64);
}
