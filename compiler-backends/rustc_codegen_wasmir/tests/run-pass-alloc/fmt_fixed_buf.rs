// core::fmt without allocation: write! of integers and strings into a fixed buffer.
#![no_std]
include!("prelude.rs");
use core::fmt::Write;
struct Buf { b: [u8; 256], n: usize }
impl Write for Buf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.n + s.len();
        if end > self.b.len() { return Err(core::fmt::Error); }
        self.b[self.n..end].copy_from_slice(s.as_bytes());
        self.n = end;
        Ok(())
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut b = Buf { b: [0; 256], n: 0 };
    let _ = write!(b, "{} {} {} {}", 12345, -77i32, u64::MAX, i64::MIN);
    pb(&b.b[..b.n]);
    b.n = 0;
    let _ = write!(b, "[{:>6}] [{:<5}] [{:^7}] [{:08.3}] {:x} {:#X} {:b} {:o}", 42, "ab", "mid", -3i32, 255u8, 48879u32, 10u16, 64);
    pb(&b.b[..b.n]);
    b.n = 0;
    let _ = write!(b, "{:?} {:?} {:?} {:?}", "quote\"d\n", 'c', (1, true), [1u8, 2, 3]);
    pb(&b.b[..b.n]);
    b.n = 0;
    let _ = write!(b, "{:?} {:?} {:#?}", Some(5), None::<i32>, (1u16,));
    pb(&b.b[..b.n]);
}
