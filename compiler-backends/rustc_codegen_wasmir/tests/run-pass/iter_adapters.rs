// core::iter adapters and consumers: zip, enumerate, rev, step_by, chain, filter_map,
// take_while, skip_while, flat_map, scan, peekable, fold, min/max_by_key, any/all, windows,
// chunks, successors, from_fn.
#![no_std]
include!("prelude.rs");
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let a = [3i64, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    let b = [2i64, 7, 1, 8, 2, 8];
    pi(a.iter().zip(b.iter()).map(|(x, y)| x * y).sum());
    for (i, x) in a.iter().enumerate().rev().step_by(3) { pi(i as i64 * 100 + x); }
    pi(a.iter().chain(b.iter()).filter(|&&x| x % 2 == 0).count() as i64);
    pi(a.iter().filter_map(|&x| if x > 3 { Some(x * 10) } else { None }).fold(0, |acc, x| acc + x));
    pi(a.iter().take_while(|&&x| x < 5).sum());
    pi(a.iter().skip_while(|&&x| x < 5).product());
    pi(a.iter().flat_map(|&x| 0..x).count() as i64);
    let run: i64 = a.iter().scan(0, |s, &x| { *s += x; Some(*s) }).last().unwrap_or(0);
    pi(run);
    let mut it = a.iter().peekable();
    let mut groups = 0;
    while let Some(&x) = it.next() { while it.peek().is_some_and(|&&y| y > x) { it.next(); } groups += 1; }
    pi(groups);
    pi(*a.iter().max_by_key(|&&x| (x % 4, x)).unwrap());
    pi(*a.iter().min_by(|x, y| y.cmp(x)).unwrap());
    pi(a.iter().any(|&x| x == 9) as i64 * 10 + a.iter().all(|&x| x > 0) as i64);
    pi(a.windows(3).filter(|w| w[0] < w[1] && w[1] < w[2]).count() as i64);
    for c in a.chunks(4) { pi(c.iter().sum()); }
    for c in a.rchunks_exact(3) { pi(c[0]); }
    pi(core::iter::successors(Some(1u64), |&x| if x < 1000 { Some(x * 3) } else { None }).count() as i64);
    let mut n = 0;
    pi(core::iter::from_fn(|| { n += 1; if n <= 5 { Some(n * n) } else { None } }).sum());
    pi(core::iter::repeat(7).take(4).chain(core::iter::once(1)).sum());
    pi((1..=10).rev().skip(2).step_by(2).map(|x| x * x).sum());
    let (evens, odds): (i64, i64) = a.iter().fold((0, 0), |(e, o), &x| if x % 2 == 0 { (e + x, o) } else { (e, o + x) });
    pi(evens); pi(odds);
    pi(a.iter().position(|&x| x == 5).unwrap() as i64 * 100 + a.iter().rposition(|&x| x == 5).unwrap() as i64);
    pi(a.iter().copied().reduce(|x, y| x.max(y)).unwrap());
    pi((0..20).filter(|x| x % 3 == 0).nth(2).unwrap());
    pi(a.iter().cmp(b.iter()) as i64);
    pi(a.iter().eq(a.iter()) as i64);
    let mut sorted = a;
    sorted.sort_unstable();
    pi(sorted.iter().is_sorted() as i64);
    let mut d = [0i64; 11];
    for (dst, src) in d.iter_mut().zip(a.iter().rev()) { *dst = *src; }
    pi(d[0] * 1000 + d[10]);
}
