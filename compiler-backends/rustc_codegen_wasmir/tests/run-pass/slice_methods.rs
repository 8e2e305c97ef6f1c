// core slice methods: split_at, split_first/last, reverse, rotate, fill, copy_from_slice,
// swap, starts_with/ends_with, contains, iter().rev(), binary search by key, split, concat by hand,
// sort_unstable_by_key, dedup by hand, first/last, get, get_mut, chunks_exact.
#![no_std]
include!("prelude.rs");
fn show(s: &[i32]) { let mut h = 0i64; for &x in s { h = h * 13 + x as i64; } pi(h); }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut a = [1, 2, 3, 4, 5, 6, 7, 8];
    let (l, r) = a.split_at(3);
    show(l); show(r);
    if let Some((first, rest)) = a.split_first() { pi(*first as i64); show(rest); }
    if let Some((last, _)) = a.split_last() { pi(*last as i64); }
    a.reverse(); show(&a);
    a.rotate_left(3); show(&a);
    a.rotate_right(1); show(&a);
    a[2..5].fill(0); show(&a);
    a[..3].copy_from_slice(&[9, 9, 9]); show(&a);
    a.swap(0, 7); show(&a);
    pi(a.starts_with(&[a[0], 9]) as i64); pi(a.ends_with(&[9]) as i64); pi(a.contains(&0) as i64);
    pi(a.first().copied().unwrap_or(-1) as i64); pi(a.get(8).is_none() as i64);
    if let Some(x) = a.get_mut(1) { *x = 42; }
    show(&a);
    let mut pairs = [(5, 'e'), (1, 'a'), (3, 'c'), (2, 'b'), (4, 'd')];
    pairs.sort_unstable_by_key(|p| p.0);
    pi(pairs.binary_search_by_key(&3, |p| p.0).unwrap_or(99) as i64);
    pi(pairs[4].1 as i64);
    let text = [1, 0, 2, 3, 0, 0, 4];
    for part in text.split(|&x| x == 0) { pi(part.len() as i64); }
    let mut v = [1, 1, 2, 3, 3, 3, 4, 1];
    let mut w = 0;
    for i in 0..v.len() { if i == 0 || v[i] != v[w - 1] { v[w] = v[i]; w += 1; } }
    show(&v[..w]);
    for c in a.chunks_exact(3) { show(c); }
    pi(a.chunks_exact(3).remainder().len() as i64);
    let s: &[i32] = &[];
    pi(s.iter().max().is_none() as i64);
    pi(a.iter().rev().skip(1).next().copied().unwrap() as i64);
    let mut m = [[1u8; 3]; 2];
    m[1][2] = 7;
    pi(m.as_flattened().iter().map(|&x| x as i64).sum());
    let (x, y) = a.split_at_mut(4);
    x[0] += y[0];
    show(&a);
    pi(a.iter().filter(|&&x| x == 9).count() as i64);
    pi(a.len() as i64);
}
