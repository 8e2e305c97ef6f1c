#![no_std]
include!("prelude.rs");
fn quicksort(v: &mut [i64]) { if v.len() <= 1 { return; } let last = v.len() - 1; let p = v[last]; let mut i = 0; for j in 0..last { if v[j] < p { v.swap(i, j); i += 1; } } v.swap(i, last); let (l, r) = v.split_at_mut(i); quicksort(l); quicksort(&mut r[1..]); }
fn sieve(n: usize, out: &mut [bool; 200]) { for i in 2..n { out[i] = true; } let mut i = 2; while i * i < n { if out[i] { let mut j = i * i; while j < n { out[j] = false; j += i; } } i += 1; } }
fn bsearch(v: &[i64], x: i64) -> Option<usize> { let (mut lo, mut hi) = (0, v.len()); while lo < hi { let m = (lo + hi) / 2; if v[m] == x { return Some(m); } if v[m] < x { lo = m + 1 } else { hi = m } } None }
fn fnv(bytes: &[u8]) -> u64 { let mut h = 0xcbf29ce484222325u64; for &b in bytes { h ^= b as u64; h = h.wrapping_mul(0x100000001b3); } h }
fn ackermann(m: u64, n: u64) -> u64 { if m == 0 { n + 1 } else if n == 0 { ackermann(m - 1, 1) } else { ackermann(m - 1, ackermann(m, n - 1)) } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut seed = 12345u32; let mut v = [0i64; 64];
    for x in v.iter_mut() { seed = seed.wrapping_mul(1103515245).wrapping_add(12345); *x = (seed >> 16) as i64 % 1000 - 500; }
    quicksort(&mut v); pi(v[0]); pi(v[31]); pi(v[63]); pi(v.windows(2).all(|w| w[0] <= w[1]) as i64);
    pi(bsearch(&v, v[17]).is_some() as i64); pi(bsearch(&v, 100000).is_none() as i64);
    let mut p = [false; 200]; sieve(200, &mut p); pi(p.iter().filter(|&&b| b).count() as i64);
    pi(fnv(b"WasmRust") as i64); pi(ackermann(2, 3) as i64);
    let mut w = [5u32, 3, 9, 1, 7]; w.sort_unstable(); for x in w { pi(x as i64); }
    let mut words = ["pear", "apple", "fig"]; words.sort_unstable(); for s in words { ps(s); }
    let mut fibs = [0u64; 90]; fibs[1] = 1; for i in 2..90 { fibs[i] = fibs[i - 1] + fibs[i - 2]; } pi(fibs[89] as i64);
}
