// Dynamic programming on fixed arrays: edit distance, longest common subsequence, 0/1
// knapsack, coin change, longest increasing subsequence.
#![no_std]
include!("prelude.rs");
fn edit(a: &[u8], b: &[u8]) -> usize {
    let mut prev = [0usize; 64];
    let mut cur = [0usize; 64];
    for j in 0..=b.len() { prev[j] = j; }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let sub = prev[j - 1] + (a[i - 1] != b[j - 1]) as usize;
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
fn lcs(a: &[u8], b: &[u8]) -> usize {
    let mut t = [[0usize; 40]; 40];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            t[i][j] = if a[i - 1] == b[j - 1] { t[i - 1][j - 1] + 1 } else { t[i - 1][j].max(t[i][j - 1]) };
        }
    }
    t[a.len()][b.len()]
}
fn knapsack(items: &[(usize, u64)], cap: usize) -> u64 {
    let mut best = [0u64; 101];
    for &(w, v) in items {
        for c in (w..=cap).rev() { best[c] = best[c].max(best[c - w] + v); }
    }
    best[cap]
}
fn coins(cs: &[usize], total: usize) -> u64 {
    let mut ways = [0u64; 301];
    ways[0] = 1;
    for &c in cs { for t in c..=total { ways[t] += ways[t - c]; } }
    ways[total]
}
fn lis(xs: &[i32]) -> usize {
    let mut tails = [0i32; 64];
    let mut len = 0;
    for &x in xs {
        let pos = tails[..len].partition_point(|&t| t < x);
        tails[pos] = x;
        if pos == len { len += 1; }
    }
    len
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pi(edit(b"kitten", b"sitting") as i64);
    pi(edit(b"intention", b"execution") as i64);
    pi(edit(b"", b"abc") as i64);
    pi(lcs(b"AGGTABQWERTY", b"GXTXAYBWRT") as i64);
    pi(knapsack(&[(12, 4), (2, 2), (1, 1), (1, 2), (4, 10), (30, 33), (45, 60)], 100) as i64);
    pi(coins(&[1, 2, 5, 10, 20, 50, 100, 200], 200) as i64);
    pi(coins(&[3, 7], 300) as i64);
    pi(lis(&[10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11, 13]) as i64);
}
