#![no_std]
include!("prelude.rs");
const fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
const F10: u64 = fact(10);
const fn gen_table() -> [u8; 16] { let mut t = [0u8; 16]; let mut i = 0; while i < 16 { t[i] = (i * i % 17) as u8; i += 1; } t }
static TABLE: [u8; 16] = gen_table();
struct Cfg { name: &'static str, limit: u32, ratio: f32 }
const CFGS: [Cfg; 2] = [Cfg { name: "small", limit: 10, ratio: 0.5 }, Cfg { name: "large", limit: 1000, ratio: 1.25 }];
const MASK: u32 = !0 << 4;
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pi(F10 as i64); pi(fact(15) as i64);
    for t in TABLE { pi(t as i64); }
    for c in &CFGS { ps(c.name); pi(c.limit as i64); pf(c.ratio as f64); }
    pi(MASK as i64); pi(i32::MAX as i64 + i16::MIN as i64); pf(core::f64::consts::PI); pf(f32::EPSILON as f64);
    const LOCAL: &[i16] = &[-1, 2, -3]; pi(LOCAL.iter().map(|&x| x as i64).sum());
}
