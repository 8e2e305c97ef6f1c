// std on wasm32-unknown-unknown, as a browser crate uses it: collections, formatting, trait
// objects in boxes, a heap that grows (dlmalloc over `memory.grow`), unicode, 128-bit integers.
include!("prelude.rs");
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt::Write;

trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
struct Circle(f64);
impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
}
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
}

#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let v: Vec<u32> = (1..10).map(|x| x * x).collect();
    ps(&format!("{v:?}"));
    let mut counts = HashMap::new();
    for w in "a b a c b a d".split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let sorted: BTreeMap<_, _> = counts.into_iter().collect();
    ps(&format!("{sorted:?}"));
    let uniq: HashSet<u64> = (0..1000u64).map(|x| x * x % 97).collect();
    pi(uniq.len() as i64);
    let mut q: VecDeque<i64> = (1..6).collect();
    q.rotate_left(2);
    q.push_front(0);
    ps(&format!("{q:?}"));
    let mut s = String::new();
    write!(s, "{:.3} {:>5}|{:<4}| {:e} {:#x}", 2.0f64.sqrt(), "x", "y", 1234.5f32, 48879).unwrap();
    ps(&s);
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.5)), Box::new(Circle(2.0)), Box::new(Sq(0.5))];
    ps(&format!("{}", shapes.iter().map(|s| s.area()).sum::<f64>()));
    // Megabytes of heap: the allocator grows the memory.
    let big: Vec<u64> = (0..1_000_000).collect();
    pi(big.iter().sum::<u64>() as i64);
    drop(big);
    let words: Vec<String> = (0..2000).map(|i| format!("w{}", i * 7919 % 2000)).collect();
    let mut sorted_words = words.clone();
    sorted_words.sort();
    sorted_words.dedup();
    pi(sorted_words.len() as i64);
    ps(&sorted_words[..3].join(","));
    ps(&"héllo wörld ß".to_uppercase());
    ps(&i128::MAX.to_string());
    ps(&format!("{:?}", "3.25e2".parse::<f64>().map(|x| x * 2.0)));
}
