// Index-based data structures on fixed arrays: a doubly linked list with a free list, a
// binary heap, and a ring buffer queue.
#![no_std]
include!("prelude.rs");
const NIL: usize = usize::MAX;
#[derive(Clone, Copy)]
struct Node { val: i64, prev: usize, next: usize }
struct List { nodes: [Node; 32], head: usize, tail: usize, free: usize }
impl List {
    fn new() -> Self {
        let mut nodes = [Node { val: 0, prev: NIL, next: NIL }; 32];
        for i in 0..32 { nodes[i].next = if i + 1 < 32 { i + 1 } else { NIL }; }
        List { nodes, head: NIL, tail: NIL, free: 0 }
    }
    fn alloc(&mut self, v: i64) -> usize {
        let i = self.free;
        self.free = self.nodes[i].next;
        self.nodes[i] = Node { val: v, prev: NIL, next: NIL };
        i
    }
    fn push_back(&mut self, v: i64) {
        let i = self.alloc(v);
        self.nodes[i].prev = self.tail;
        if self.tail != NIL { self.nodes[self.tail].next = i } else { self.head = i }
        self.tail = i;
    }
    fn push_front(&mut self, v: i64) {
        let i = self.alloc(v);
        self.nodes[i].next = self.head;
        if self.head != NIL { self.nodes[self.head].prev = i } else { self.tail = i }
        self.head = i;
    }
    fn remove(&mut self, i: usize) {
        let Node { prev, next, .. } = self.nodes[i];
        if prev != NIL { self.nodes[prev].next = next } else { self.head = next }
        if next != NIL { self.nodes[next].prev = prev } else { self.tail = prev }
        self.nodes[i].next = self.free;
        self.free = i;
    }
    fn print(&self) {
        let mut i = self.head;
        let mut s = 0i64;
        while i != NIL { s = s * 100 + self.nodes[i].val; i = self.nodes[i].next; }
        pi(s);
    }
}
struct Heap { a: [u32; 64], n: usize }
impl Heap {
    fn push(&mut self, x: u32) {
        let mut i = self.n;
        self.a[i] = x;
        self.n += 1;
        while i > 0 && self.a[(i - 1) / 2] > self.a[i] { self.a.swap(i, (i - 1) / 2); i = (i - 1) / 2; }
    }
    fn pop(&mut self) -> Option<u32> {
        if self.n == 0 { return None; }
        let top = self.a[0];
        self.n -= 1;
        self.a[0] = self.a[self.n];
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < self.n && self.a[l] < self.a[m] { m = l; }
            if r < self.n && self.a[r] < self.a[m] { m = r; }
            if m == i { break; }
            self.a.swap(i, m);
            i = m;
        }
        Some(top)
    }
}
struct Ring<const N: usize> { buf: [i32; N], start: usize, len: usize }
impl<const N: usize> Ring<N> {
    fn push(&mut self, x: i32) -> bool {
        if self.len == N { return false; }
        self.buf[(self.start + self.len) % N] = x;
        self.len += 1;
        true
    }
    fn pop(&mut self) -> Option<i32> {
        if self.len == 0 { return None; }
        let x = self.buf[self.start];
        self.start = (self.start + 1) % N;
        self.len -= 1;
        Some(x)
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut l = List::new();
    for v in 1..=5 { l.push_back(v); }
    l.push_front(9);
    l.print();
    let second = l.nodes[l.head].next;
    l.remove(second);
    l.remove(l.tail);
    l.print();
    l.push_back(77);
    l.print();
    let mut h = Heap { a: [0; 64], n: 0 };
    let mut s = 12345u32;
    for _ in 0..40 { s = s.wrapping_mul(2654435761).rotate_left(7); h.push(s % 1000); }
    let mut prev = 0;
    let mut sorted = true;
    let mut sum = 0u64;
    while let Some(x) = h.pop() { sorted &= x >= prev; prev = x; sum += x as u64; }
    pi(sorted as i64); pi(sum as i64); pi(prev as i64);
    let mut q: Ring<4> = Ring { buf: [0; 4], start: 0, len: 0 };
    for i in 0..6 { pi(q.push(i) as i64); }
    pi(q.pop().unwrap_or(-1) as i64);
    pi(q.push(10) as i64);
    while let Some(x) = q.pop() { pi(x as i64); }
}
