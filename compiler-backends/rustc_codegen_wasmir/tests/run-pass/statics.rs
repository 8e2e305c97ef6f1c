#![no_std]
include!("prelude.rs");
static TABLE: [u16; 6] = [1, 1, 2, 3, 5, 8];
static NAME: &str = "statics";
static mut COUNTER: u32 = 0;
const SQUARES: [u32; 5] = { let mut a = [0; 5]; let mut i = 0; while i < 5 { a[i] = (i * i) as u32; i += 1; } a };
struct Cfg { id: u32, label: &'static str, next: Option<&'static Cfg> }
static LAST: Cfg = Cfg { id: 2, label: "last", next: None };
static FIRST: Cfg = Cfg { id: 1, label: "first", next: Some(&LAST) };
static FNS: [fn(i64) -> i64; 2] = [dbl, neg];
fn dbl(x: i64) -> i64 { x * 2 }
fn neg(x: i64) -> i64 { -x }
#[inline(never)]
fn bump() -> u32 { unsafe { COUNTER += 1; COUNTER } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for t in TABLE.iter() { pi(*t as i64); }
    ps(NAME); for s in SQUARES { pi(s as i64); }
    bump(); bump(); pi(bump() as i64);
    let mut c = Some(&FIRST); while let Some(x) = c { pi(x.id as i64); ps(x.label); c = x.next; }
    for f in FNS.iter() { pi(f(21)); }
    pi(core::ptr::addr_of!(TABLE) as usize as i64 % 2);
}
