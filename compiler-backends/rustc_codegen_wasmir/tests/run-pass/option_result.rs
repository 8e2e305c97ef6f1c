#![no_std]
include!("prelude.rs");
#[derive(Debug, Clone, Copy, PartialEq)]
enum E { Neg, Big(u32) }
fn check(x: i32) -> Result<u32, E> { if x < 0 { Err(E::Neg) } else if x > 1000 { Err(E::Big(x as u32)) } else { Ok(x as u32 * 2) } }
fn chain(a: i32, b: i32) -> Result<u32, E> { let x = check(a)?; let y = check(b)?; Ok(x + y) }
fn first_even(xs: &[i32]) -> Option<i32> { let x = xs.iter().find(|&&x| x % 2 == 0)?; Some(*x * 10) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for (a, b) in [(1, 2), (-1, 2), (3, 5000), (500, 500)] { match chain(a, b) { Ok(v) => pi(v as i64), Err(E::Neg) => pi(-1), Err(E::Big(n)) => pi(-(n as i64)) } }
    pi(first_even(&[1, 3, 8, 4]).unwrap_or(0) as i64); pi(first_even(&[1, 3]).unwrap_or(-5) as i64);
    let o = Some(3); pi(o.map(|x| x * x).filter(|x| *x > 5).unwrap_or(0)); pi(o.and_then(|x| if x > 5 { Some(x) } else { None }).is_none() as i64);
    pi(o.xor(None::<i64>).unwrap_or(0)); pi(o.zip(Some(4)).map(|(a, b)| a * b).unwrap_or(0)); pi(o.ok_or(E::Neg).is_ok() as i64);
    let r: Result<i32, E> = Err(E::Big(9)); pi(r.unwrap_or_else(|e| match e { E::Big(n) => n as i32, E::Neg => 0 }) as i64); pi(r.ok().is_none() as i64);
    pi(r.map_err(|_| 7).err().unwrap_or(0) as i64); pi((check(10) == Ok(20)) as i64); pi((check(-3) == Err(E::Neg)) as i64);
    let mut v = Some(10); if let Some(x) = v.as_mut() { *x += 5; } pi(v.unwrap_or(0)); pi(v.get_or_insert(0).clone());
    let words = [Some("a"), None, Some("ccc")]; pi(words.iter().flatten().map(|s| s.len()).sum::<usize>() as i64);
    let all: Option<i32> = [Some(1), Some(2)].iter().copied().sum(); pi(all.unwrap_or(-1) as i64);
}
