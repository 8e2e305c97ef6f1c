// core::cell: Cell, RefCell (borrows, borrow_mut, try_borrow), OnceCell, and interior
// mutability through shared references.
#![no_std]
include!("prelude.rs");
use core::cell::{Cell, OnceCell, RefCell};
struct Counter { hits: Cell<u32>, log: RefCell<[i64; 8]>, len: Cell<usize> }
impl Counter {
    fn hit(&self, v: i64) {
        self.hits.set(self.hits.get() + 1);
        let mut l = self.log.borrow_mut();
        let n = self.len.get();
        l[n % 8] = v;
        self.len.set(n + 1);
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let c = Counter { hits: Cell::new(0), log: RefCell::new([0; 8]), len: Cell::new(0) };
    let r = &c;
    for i in 0..11 { r.hit(i * i); }
    pi(c.hits.get() as i64);
    for v in c.log.borrow().iter() { pi(*v); }
    {
        let b1 = c.log.borrow();
        let b2 = c.log.borrow();
        pi(b1[1] + b2[2]);
        pi(c.log.try_borrow_mut().is_err() as i64);
    }
    pi(c.log.try_borrow_mut().is_ok() as i64);
    let x = Cell::new(5);
    let old = x.replace(9);
    pi(old as i64); pi(x.take() as i64); pi(x.get() as i64);
    let a = Cell::new(1); let b = Cell::new(2);
    a.swap(&b);
    pi(a.get() * 10 + b.get());
    let once: OnceCell<u64> = OnceCell::new();
    pi(once.get().is_none() as i64);
    pi(*once.get_or_init(|| 42) as i64);
    pi(*once.get_or_init(|| 7) as i64);
    pi(once.set(8).is_err() as i64);
    let rc = RefCell::new(3);
    *rc.borrow_mut() += 4;
    pi(rc.into_inner());
}
