#![no_std]
include!("prelude.rs");
#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Wrap<T>(T);
struct Stack<T, const N: usize> { items: [T; N], len: usize }
impl<T: Copy + Default, const N: usize> Stack<T, N> {
    fn new() -> Self { Stack { items: [T::default(); N], len: 0 } }
    fn push(&mut self, x: T) -> bool { if self.len == N { false } else { self.items[self.len] = x; self.len += 1; true } }
    fn pop(&mut self) -> Option<T> { if self.len == 0 { None } else { self.len -= 1; Some(self.items[self.len]) } }
}
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }
fn swap_pair<A, B>(p: (A, B)) -> (B, A) { (p.1, p.0) }
trait Area { fn area(&self) -> f64; }
struct Sq(f64);
impl Area for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn total<T: Area>(xs: &[T]) -> f64 { xs.iter().map(Area::area).sum() }
fn count_where<I: Iterator, F: Fn(&I::Item) -> bool>(it: I, f: F) -> usize { let mut n = 0; for x in it { if f(&x) { n += 1; } } n }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut s: Stack<u16, 4> = Stack::new();
    for i in 0..6 { pi(s.push(i * 10) as i64); }
    while let Some(x) = s.pop() { pi(x as i64); }
    pi(largest(&[3i8, -4, 9, 2]) as i64); pf(largest(&[1.5f32, -2.0, 0.25]) as f64); pi(largest(&['a', 'z', 'q']) as i64);
    pi((largest(&[Wrap(3u64), Wrap(11), Wrap(7)]).0) as i64);
    let (a, b) = swap_pair((1u8, -7i64)); pi(a); pi(b as i64);
    pf(total(&[Sq(1.0), Sq(2.0), Sq(3.0)]));
    pi(count_where(0..50u32, |x| x % 7 == 0) as i64);
    pi(core::mem::size_of::<Stack<u16, 4>>() as i64); pi(core::mem::align_of::<Wrap<u64>>() as i64);
    pi(core::mem::size_of::<Option<&u8>>() as i64); pi(core::mem::size_of::<Option<u32>>() as i64);
}
