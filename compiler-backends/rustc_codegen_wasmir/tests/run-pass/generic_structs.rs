// Generic structs and enums with several type and const parameters, PhantomData,
// monomorphized methods, where clauses, impl Trait arguments and returns.
#![no_std]
include!("prelude.rs");
use core::marker::PhantomData;
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pair<A, B> { a: A, b: B }
impl<A: Copy, B: Copy> Pair<A, B> { fn swap(self) -> Pair<B, A> { Pair { a: self.b, b: self.a } } }
struct Matrix<T, const R: usize, const C: usize> { m: [[T; C]; R] }
impl<T: Copy + Default + core::ops::Add<Output = T>, const R: usize, const C: usize> Matrix<T, R, C> {
    fn row_sums(&self) -> [T; R] { let mut out = [T::default(); R]; for r in 0..R { for c in 0..C { out[r] = out[r] + self.m[r][c]; } } out }
    fn transpose(&self) -> Matrix<T, C, R> { let mut t = [[T::default(); R]; C]; for r in 0..R { for c in 0..C { t[c][r] = self.m[r][c]; } } Matrix { m: t } }
}
struct Meters<U> { v: f64, _u: PhantomData<U> }
struct Metric; struct Imperial;
trait Unit { const FACTOR: f64; }
impl Unit for Metric { const FACTOR: f64 = 1.0; }
impl Unit for Imperial { const FACTOR: f64 = 0.3048; }
impl<U: Unit> Meters<U> { fn new(v: f64) -> Self { Meters { v: v * U::FACTOR, _u: PhantomData } } }
enum Tree<'a, T> { Leaf(T), Node(&'a Tree<'a, T>, &'a Tree<'a, T>) }
impl<'a, T: Copy + core::ops::Add<Output = T>> Tree<'a, T> {
    fn sum(&self) -> T { match self { Tree::Leaf(x) => *x, Tree::Node(l, r) => l.sum() + r.sum() } }
    fn depth(&self) -> usize { match self { Tree::Leaf(_) => 1, Tree::Node(l, r) => 1 + l.depth().max(r.depth()) } }
}
fn counter(start: u32, step: u32) -> impl Iterator<Item = u32> { (0..).map(move |i| start + i * step) }
fn total(it: impl Iterator<Item = u32>) -> u64 { it.map(|x| x as u64).sum() }
fn largest<T>(xs: &[T]) -> Option<&T> where T: PartialOrd { let mut it = xs.iter(); let mut m = it.next()?; for x in it { if x > m { m = x; } } Some(m) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let p = Pair { a: 1u8, b: -2.5f32 };
    let q = p.swap();
    pf(q.a as f64); pi(q.b as i64); pi((q.swap() == p) as i64);
    let m = Matrix { m: [[1i64, 2, 3], [4, 5, 6]] };
    for s in m.row_sums() { pi(s); }
    for s in m.transpose().row_sums() { pi(s); }
    let fm = Matrix { m: [[0.5f64; 4]; 1] };
    pf(fm.row_sums()[0]);
    pf(Meters::<Metric>::new(10.0).v); pf(Meters::<Imperial>::new(10.0).v);
    let (l1, l2, l3) = (Tree::Leaf(3i32), Tree::Leaf(4), Tree::Leaf(-10));
    let n1 = Tree::Node(&l1, &l2);
    let root = Tree::Node(&n1, &l3);
    pi(root.sum() as i64); pi(root.depth() as i64);
    let ft = Tree::Node(&Tree::Leaf(0.25f64), &Tree::Leaf(0.5));
    pf(ft.sum());
    pi(total(counter(5, 3).take(10)) as i64);
    pi(*largest(&[3, 9, -1]).unwrap() as i64);
    pi(largest::<u8>(&[]).is_none() as i64);
    pf(*largest(&[1.5, -0.5]).unwrap());
}
