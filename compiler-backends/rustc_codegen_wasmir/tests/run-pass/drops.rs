// Drop glue: order of drops for locals, fields, arrays, temporaries, moves, mem::drop,
// early returns and nested structs.
#![no_std]
include!("prelude.rs");
struct Noisy(i64);
impl Drop for Noisy {
    fn drop(&mut self) { pi(self.0); }
}
struct Pair { _a: Noisy, _b: Noisy }
enum E { A(Noisy), B(Noisy, Noisy), C }
fn make(n: i64) -> Noisy { Noisy(n) }
fn early(flag: bool) -> i64 {
    let _x = Noisy(30);
    if flag { return 1; }
    let _y = Noisy(31);
    2
}
fn consume(n: Noisy) -> i64 { n.0 * 2 }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    {
        let _a = Noisy(1);
        let _b = Noisy(2);
        ps("scope end");
    }
    {
        let _p = Pair { _a: Noisy(10), _b: Noisy(11) };
        let _arr = [Noisy(20), Noisy(21), Noisy(22)];
    }
    let _ = make(40);
    ps("after temp");
    let m = make(41);
    core::mem::drop(m);
    ps("after drop");
    pi(early(true));
    pi(early(false));
    pi(consume(Noisy(50)));
    for e in [E::A(Noisy(60)), E::B(Noisy(61), Noisy(62)), E::C] {
        match e {
            E::A(_) => ps("A"),
            E::B(x, _) => { ps("B"); pi(x.0); }
            E::C => ps("C"),
        }
    }
    let mut slot = Some(Noisy(70));
    slot = None;
    ps("replaced");
    let _ = slot;
    let r = core::mem::replace(&mut slot, Some(Noisy(71)));
    pi(r.is_none() as i64);
    let boxed: &mut dyn FnMut() -> i64 = &mut { let n = Noisy(80); move || n.0 + 1 };
    pi(boxed());
    ps("end");
}
