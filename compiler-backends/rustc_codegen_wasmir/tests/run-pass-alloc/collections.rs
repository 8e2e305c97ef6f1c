// BTreeMap/BTreeSet, BinaryHeap, Box (including Box<dyn Trait>), Rc.
#![no_std]
include!("prelude.rs");
use alloc::boxed::Box;
use alloc::collections::{BTreeMap, BTreeSet, BinaryHeap};
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}
struct Sq(f64);
struct Rect(f64, f64);
impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name(&self) -> &'static str { "square" }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.0 * self.1 }
    fn name(&self) -> &'static str { "rect" }
}
enum Tree {
    Leaf(i64),
    Node(Box<Tree>, Box<Tree>),
}
fn sum(t: &Tree) -> i64 {
    match t {
        Tree::Leaf(x) => *x,
        Tree::Node(a, b) => sum(a) + sum(b),
    }
}
fn build(d: u32, n: &mut i64) -> Tree {
    if d == 0 {
        *n += 1;
        Tree::Leaf(*n)
    } else {
        Tree::Node(Box::new(build(d - 1, n)), Box::new(build(d - 1, n)))
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut m: BTreeMap<String, i64> = BTreeMap::new();
    for w in "one two three two one two four".split(' ') {
        *m.entry(String::from(w)).or_insert(0) += 1;
    }
    for (k, v) in &m {
        ps(k);
        pi(*v);
    }
    pi(m.get("two").copied().unwrap_or(-1));
    pi(m.remove("one").unwrap_or(-1));
    pi(m.len() as i64);
    let mut nums: BTreeMap<i64, i64> = BTreeMap::new();
    for i in 0..500 {
        nums.insert((i * 37) % 101, i);
    }
    pi(nums.len() as i64);
    for (k, v) in nums.range(10..15) {
        pi(*k);
        pi(*v);
    }
    pi(*nums.first_key_value().unwrap().0);
    pi(*nums.last_key_value().unwrap().0);
    let set: BTreeSet<u32> = [5, 3, 9, 3, 1, 5].into_iter().collect();
    for x in &set {
        pi(*x as i64);
    }
    let other: BTreeSet<u32> = [3, 4, 5].into_iter().collect();
    pi(set.intersection(&other).count() as i64);
    pi(set.union(&other).count() as i64);
    let mut heap = BinaryHeap::new();
    for x in [7, 2, 9, 4, 1, 8] {
        heap.push(x);
    }
    while let Some(x) = heap.pop() {
        pi(x);
    }
    let b = Box::new(41i64);
    pi(*b + 1);
    let shapes: Vec<Box<dyn Shape>> = Vec::from([Box::new(Sq(3.0)) as Box<dyn Shape>, Box::new(Rect(2.0, 4.5))]);
    for s in &shapes {
        ps(s.name());
        pf(s.area());
    }
    let mut n = 0;
    let t = build(6, &mut n);
    pi(sum(&t));
    let r = Rc::new(String::from("shared"));
    let r2 = Rc::clone(&r);
    pi(Rc::strong_count(&r) as i64);
    drop(r2);
    pi(Rc::strong_count(&r) as i64);
    ps(&r);
    let bs: Box<[u8]> = Box::from(&b"bytes"[..]);
    pb(&bs);
    let s: Box<str> = Box::from("boxed str");
    ps(&s);
}
