// Control flow: labeled breaks/continues, loop with break values, while let, nested loops,
// early returns from loops, let-else, if-let chains.
#![no_std]
include!("prelude.rs");
fn find_pair(xs: &[i32], target: i32) -> Option<(usize, usize)> {
    'outer: for i in 0..xs.len() {
        for j in i + 1..xs.len() {
            if xs[i] + xs[j] > target * 2 { continue 'outer; }
            if xs[i] + xs[j] == target { return Some((i, j)); }
        }
    }
    None
}
fn first_even(xs: &[i32]) -> i32 {
    let Some(&e) = xs.iter().find(|&&x| x % 2 == 0) else { return -1 };
    e
}
fn classify(p: Option<(i32, i32)>) -> i32 {
    if let Some((a, b)) = p && a > 0 && let Some(c) = a.checked_mul(b) { c } else { 0 }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let xs = [8, 3, 11, 7, 2, 15, 4];
    match find_pair(&xs, 9) { Some((i, j)) => { pi(i as i64); pi(j as i64); } None => ps("none") }
    pi(find_pair(&xs, 100).is_none() as i64);
    let mut n = 27u64;
    let steps = loop { if n == 1 { break 0; } let mut k = 0; while n != 1 { n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 }; k += 1; } break k; };
    pi(steps);
    let mut count = 0;
    'a: for i in 0..10 {
        'b: for j in 0..10 {
            if j > i { continue 'a; }
            if i * j > 40 { break 'a; }
            if (i + j) % 3 == 0 { continue 'b; }
            count += 1;
        }
    }
    pi(count);
    let mut stack = [5, 1, 4];
    let mut len = 3;
    while let Some(top) = if len > 0 { len -= 1; Some(stack[len]) } else { None } { pi(top); stack[0] += top; }
    pi(stack[0]);
    pi(first_even(&[1, 3, 6, 8]) as i64); pi(first_even(&[1]) as i64);
    pi(classify(Some((3, 4))) as i64); pi(classify(Some((-3, 4))) as i64); pi(classify(Some((i32::MAX, 2))) as i64); pi(classify(None) as i64);
    let v = 'blk: { if xs.len() > 5 { break 'blk xs[5]; } 0 };
    pi(v as i64);
    let mut i = 0; let mut acc = 0i64;
    while i < 100 { i += 7; if i % 2 == 0 { continue; } acc += i; }
    pi(acc);
}
