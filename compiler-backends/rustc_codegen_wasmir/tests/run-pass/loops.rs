#![no_std]
include!("prelude.rs");
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut i = 0; while i < 5 { pi(i); i += 1; }
    let mut n = 27u64; let mut steps = 0; loop { if n == 1 { break; } n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 }; steps += 1; } pi(steps);
    let mut found = -1; 'outer: for a in 1..20 { for b in a..20 { if a * a + b * b == 13 * 13 { found = a * 100 + b; break 'outer; } } } pi(found);
    let mut s = 0; for x in (0..100).step_by(7) { if x % 3 == 0 { continue; } s += x; } pi(s);
    let v = loop { i += 3; if i > 20 { break i * 2; } }; pi(v);
    let mut count = 0; for _ in 0..=10 { count += 1; } pi(count);
    let mut k = 10u32; while let Some(d) = k.checked_sub(3) { k = d; pi(k as i64); }
}
