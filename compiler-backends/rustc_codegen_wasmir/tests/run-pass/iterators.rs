#![no_std]
include!("prelude.rs");
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let v = [3i32, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    pi(v.iter().map(|&x| x as i64 * 2).sum());
    pi(v.iter().filter(|&&x| x > 3).count() as i64);
    for (i, x) in v.iter().enumerate().skip(3).take(3) { pi(i as i64 * 100 + *x as i64); }
    pi(v.iter().zip(v.iter().skip(1)).filter(|(a, b)| a < b).count() as i64);
    pi(v.iter().chain([7, 7].iter()).map(|&x| x as i64).product::<i64>() % 1000003);
    pi(v.iter().position(|&x| x == 9).map_or(-1, |p| p as i64)); pi(v.iter().rposition(|&x| x == 5).map_or(-1, |p| p as i64));
    pi(v.iter().copied().take_while(|&x| x < 5).count() as i64); pi(v.iter().skip_while(|&&x| x < 5).count() as i64);
    pi(v.iter().min().copied().unwrap_or(0) as i64); pi(v.iter().max_by_key(|&&x| (x % 5, x)).copied().unwrap_or(0) as i64);
    pi(v.iter().any(|&x| x == 6) as i64); pi(v.iter().all(|&x| x > 0) as i64);
    pi((1..=10).rev().step_by(3).fold(0, |a, x| a * 10 + x)); pi((1..5).flat_map(|x| 0..x).count() as i64);
    let mut it = v.chunks_exact(4); let mut s = 0; for c in &mut it { s += c[3]; } pi(s as i64); pi(it.remainder().len() as i64);
    pi(v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).last().unwrap_or(0) as i64);
    let (even, odd): (u32, u32) = v.iter().fold((0, 0), |(e, o), &x| if x % 2 == 0 { (e + 1, o) } else { (e, o + 1) }); pi(even as i64); pi(odd as i64);
    pi(core::iter::repeat(4).take(5).sum::<i32>() as i64); pi(core::iter::successors(Some(1u64), |x| if *x < 1000 { Some(x * 3) } else { None }).count() as i64);
    let mut arr = [0u8; 5]; for (d, s) in arr.iter_mut().zip(1..) { *d = s * s; } pi(arr[4] as i64);
    pi(v.iter().cycle().take(25).map(|&x| x as i64).sum());
}
