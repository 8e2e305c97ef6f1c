// Vec: growth, iteration, collect, retain/dedup, insert/remove, sorts and searches, VecDeque.
#![no_std]
include!("prelude.rs");
use alloc::collections::VecDeque;
use alloc::vec;
use alloc::vec::Vec;
fn show(v: &[i64]) {
    for x in v {
        pi(*x);
    }
    ps("--");
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut v: Vec<i64> = Vec::new();
    for i in 0..20 {
        v.push((i * 7919) % 31 - 15);
    }
    pi(v.len() as i64);
    show(&v);
    v.sort();
    show(&v);
    v.dedup();
    show(&v);
    v.retain(|x| x % 3 != 0);
    show(&v);
    v.insert(2, 1000);
    let r = v.remove(0);
    pi(r);
    show(&v);
    let squares: Vec<i64> = v.iter().map(|x| x * x).collect();
    show(&squares);
    let mut w = vec![5u32, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    w.sort_unstable_by(|a, b| b.cmp(a));
    show(&w.iter().map(|&x| x as i64).collect::<Vec<_>>());
    let mut pairs: Vec<(u8, &str)> = vec![(3, "c"), (1, "a"), (2, "b"), (1, "z")];
    pairs.sort_by_key(|p| p.0);
    for p in &pairs {
        ps(p.1);
    }
    let sorted: Vec<i64> = (0..1000).map(|x| x * 3).collect();
    pi(sorted.binary_search(&300).map(|i| i as i64).unwrap_or(-1));
    pi(sorted.binary_search(&301).map(|i| i as i64).unwrap_or_else(|i| -(i as i64)));
    let mut big: Vec<u64> = (0..5000u64).map(|i| (i * 2654435761) % 10007).collect();
    big.sort();
    pi(big[0] as i64);
    pi(big[2500] as i64);
    pi(big[4999] as i64);
    let total: u64 = big.iter().sum();
    pi(total as i64);
    let mut nested: Vec<Vec<i64>> = Vec::new();
    for i in 0..5 {
        nested.push((0..i).collect());
    }
    pi(nested.iter().map(|v| v.len() as i64).sum());
    let flat: Vec<i64> = nested.into_iter().flatten().collect();
    show(&flat);
    let mut dq: VecDeque<i64> = VecDeque::new();
    for i in 0..10 {
        if i % 2 == 0 { dq.push_back(i) } else { dq.push_front(i) }
    }
    dq.rotate_left(3);
    let d: Vec<i64> = dq.iter().copied().collect();
    show(&d);
    let mut c = vec![1i64; 3];
    c.extend_from_slice(&[7, 8]);
    c.truncate(4);
    c.reverse();
    show(&c);
    let chunks: Vec<i64> = (1..=10).collect::<Vec<i64>>().chunks(3).map(|c| c.iter().product()).collect();
    show(&chunks);
    let (even, odd): (Vec<i64>, Vec<i64>) = (1..=9).partition(|x| x % 2 == 0);
    show(&even);
    show(&odd);
    let mut s = vec![3, 1, 2];
    s.drain(..1);
    show(&s);
}
