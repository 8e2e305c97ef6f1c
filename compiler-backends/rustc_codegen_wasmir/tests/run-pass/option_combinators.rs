// Option and Result combinators from core, the ? operator and conversions between them.
#![no_std]
include!("prelude.rs");
#[derive(Debug, PartialEq, Clone, Copy)]
enum Err { Neg, Big(u32), Zero }
fn parse_digit(b: u8) -> Option<u32> { if b.is_ascii_digit() { Some((b - b'0') as u32) } else { None } }
fn parse(s: &[u8]) -> Option<u32> {
    let mut n = 0u32;
    for &b in s { n = n.checked_mul(10)?.checked_add(parse_digit(b)?)?; }
    Some(n)
}
fn check(x: i32) -> Result<u32, Err> {
    if x < 0 { return Err(Err::Neg); }
    if x == 0 { Err(Err::Zero) } else if x > 100 { Err(Err::Big(x as u32)) } else { Ok(x as u32 * 2) }
}
fn sum3(a: i32, b: i32, c: i32) -> Result<u32, Err> { Ok(check(a)? + check(b)? + check(c)?) }
fn code(r: Result<u32, Err>) -> i64 {
    match r { Ok(v) => v as i64, Err(Err::Neg) => -1, Err(Err::Zero) => -2, Err(Err::Big(b)) => -1000 - b as i64 }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for s in [&b"123"[..], b"4294967295", b"4294967296", b"12a", b""] {
        pi(parse(s).map(|x| x as i64).unwrap_or(-1));
    }
    pi(code(sum3(1, 2, 3))); pi(code(sum3(1, -2, 3))); pi(code(sum3(1, 2, 300))); pi(code(sum3(0, 2, 3)));
    let o = Some(5);
    pi(o.map(|x| x * 3).filter(|x| x % 2 == 1).unwrap_or(0));
    pi(o.and_then(|x| if x > 10 { Some(x) } else { None }).unwrap_or_else(|| -7));
    pi(o.xor(None).unwrap_or(0) + o.or(Some(1)).unwrap() + None.or(Some(2)).unwrap());
    pi(o.zip(Some(6)).map(|(a, b)| a * b).unwrap_or(0));
    pi(o.ok_or(Err::Zero).map(|x| x as i64).unwrap_or(0));
    pi(code(None::<u32>.ok_or(Err::Big(4))));
    pi(check(5).ok().unwrap_or(0) as i64);
    pi(check(-5).err().map(|e| e == Err::Neg).unwrap_or(false) as i64);
    pi(check(50).map_err(|_| 0).and_then(|v| if v > 50 { Ok(v) } else { Err(1) }).unwrap_or(9) as i64);
    pi(check(500).unwrap_or_default() as i64);
    pi(check(7).is_ok_and(|v| v == 14) as i64);
    pi(Some(3).is_some_and(|v| v > 5) as i64);
    let mut m = Some(4);
    pi(m.take().unwrap_or(0)); pi(m.is_none() as i64);
    pi(*m.get_or_insert(11)); pi(m.replace(12).unwrap_or(0)); pi(m.unwrap());
    let nested: Option<Option<i64>> = Some(Some(8));
    pi(nested.flatten().unwrap_or(0));
    let tr: Option<Result<i64, Err>> = Some(Ok(3));
    pi(match tr.transpose() { Ok(Some(v)) => v, _ => 0 });
    let total: Option<u32> = [Some(1u32), Some(2), Some(3)].iter().copied().sum();
    pi(total.unwrap_or(0) as i64);
    let failed: Result<u32, Err> = [check(1), check(-1), check(2)].into_iter().sum();
    pi(code(failed));
}
