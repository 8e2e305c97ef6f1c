// Integer algorithms on u64/u32: sieve, modular exponentiation, gcd/lcm, digit sums, collatz.
#![no_std]
include!("prelude.rs");
fn modpow(mut b: u64, mut e: u64, m: u64) -> u64 {
    let mut r = 1u64;
    b %= m;
    while e > 0 {
        if e & 1 == 1 { r = r * b % m; }
        b = b * b % m;
        e >>= 1;
    }
    r
}
fn gcd(a: u64, b: u64) -> u64 { if b == 0 { a } else { gcd(b, a % b) } }
fn lcm(a: u64, b: u64) -> u64 { a / gcd(a, b) * b }
fn is_prime(n: u64) -> bool {
    if n < 2 { return false; }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 { return false; }
        d += 1;
    }
    true
}
fn collatz(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}
fn digit_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 { s += n % 10; n /= 10; }
    s
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut sieve = [true; 1000];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i * i < 1000 {
        if sieve[i] {
            let mut j = i * i;
            while j < 1000 { sieve[j] = false; j += i; }
        }
        i += 1;
    }
    let count = sieve.iter().filter(|&&p| p).count();
    pi(count as i64);
    let mut agree = true;
    for n in 0..1000u64 { agree &= sieve[n as usize] == is_prime(n); }
    pi(agree as i64);
    pi(modpow(2, 1_000_000, 1_000_000_007) as i64);
    pi(modpow(3, 200, 4_294_967_291) as i64);
    let mut l = 1;
    for k in 1..=20 { l = lcm(l, k); }
    pi(l as i64);
    pi(gcd(1_234_567_890, 987_654_321) as i64);
    let (mut best, mut arg) = (0, 0);
    for n in 1..3000 { let c = collatz(n); if c > best { best = c; arg = n; } }
    pi(best as i64); pi(arg as i64);
    pi(digit_sum(u64::MAX) as i64);
    pi(is_prime(2_147_483_647) as i64);
}
