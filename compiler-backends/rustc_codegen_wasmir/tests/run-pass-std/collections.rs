// std collections: HashMap (SipHash, random keys from WASI), HashSet, BTreeMap, VecDeque, BinaryHeap.
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet, VecDeque};

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_default() += 1;
    }
    let mut v: Vec<_> = counts.iter().collect();
    v.sort();
    println!("{v:?}");
    let set: HashSet<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    println!("{} distinct letters", set.len());
    let mut tree = BTreeMap::new();
    for i in 0..20u32 {
        tree.insert(i * 7 % 13, i);
    }
    println!("{:?}", tree.range(3..8).collect::<Vec<_>>());
    let mut dq: VecDeque<i32> = (1..=5).collect();
    dq.rotate_left(2);
    dq.push_front(0);
    println!("{dq:?}");
    let mut heap: BinaryHeap<_> = [5, 1, 8, 3, 9, 2].into_iter().collect();
    let mut sorted = Vec::new();
    while let Some(x) = heap.pop() {
        sorted.push(x);
    }
    println!("{sorted:?}");
}
