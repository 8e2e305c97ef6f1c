// Sorting through alloc: stable sort (driftsort, allocates), unstable sort, sort by cached key,
// on integers, strings and structs; dedup_by_key, chunk sorting, select_nth_unstable.
#![no_std]
include!("prelude.rs");
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use alloc::format;
#[derive(Clone, Debug)]
struct Rec {
    name: String,
    score: u32,
    id: usize,
}
fn lcg(state: &mut u64) -> u64 {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *state >> 33
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut st = 12345u64;
    let mut v: Vec<u64> = (0..3000).map(|_| lcg(&mut st) % 1000).collect();
    let mut w = v.clone();
    v.sort();
    w.sort_unstable();
    pi((v == w) as i64);
    pi(v.windows(2).all(|p| p[0] <= p[1]) as i64);
    pi(v[0] as i64);
    pi(v[1500] as i64);
    pi(v[2999] as i64);
    let mut recs: Vec<Rec> = (0..200).map(|i| Rec { name: format!("n{}", lcg(&mut st) % 50), score: (lcg(&mut st) % 10) as u32, id: i }).collect();
    recs.sort_by(|a, b| b.score.cmp(&a.score));
    // Stable: equal scores keep id order.
    pi(recs.windows(2).all(|p| p[0].score > p[1].score || (p[0].score == p[1].score && p[0].id < p[1].id)) as i64);
    for r in recs.iter().take(5) {
        pstr(&format!("{} {} {}", r.name, r.score, r.id));
    }
    recs.sort_by_cached_key(|r| r.name.clone());
    for r in recs.iter().take(5) {
        pstr(&format!("{:?}", r));
    }
    let mut names: Vec<String> = recs.iter().map(|r| r.name.clone()).collect();
    names.dedup();
    pi(names.len() as i64);
    let mut words: Vec<&str> = "the quick brown fox jumps over the lazy dog again and again".split(' ').collect();
    words.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    pstr(&words.join(" "));
    words.dedup();
    pi(words.len() as i64);
    let mut fl: Vec<f64> = (0..50).map(|_| (lcg(&mut st) % 1000) as f64 / 7.0 - 50.0).collect();
    fl.sort_by(|a, b| a.total_cmp(b));
    pf(fl[0]);
    pf(fl[49]);
    let mut nth: Vec<i32> = (0..101).map(|_| (lcg(&mut st) % 500) as i32).collect();
    let (_, m, _) = nth.select_nth_unstable(50);
    let median = *m;
    nth.sort();
    pi((median == nth[50]) as i64);
    pi(median as i64);
    let mut big: Vec<(u16, u16)> = (0..20000).map(|i| ((lcg(&mut st) % 100) as u16, i as u16)).collect();
    big.sort_by_key(|p| p.0);
    pi(big.windows(2).all(|p| p[0].0 < p[1].0 || (p[0].0 == p[1].0 && p[0].1 < p[1].1)) as i64);
    let mut ch: Vec<char> = "sorting characters".chars().collect();
    ch.sort();
    ch.dedup();
    let s: String = ch.into_iter().collect();
    ps(&s);
    let rev: Vec<String> = (1..=5).rev().map(|i| i.to_string()).collect();
    pstr(&rev.concat());
}
