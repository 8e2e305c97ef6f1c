// Sorting (hand-written and core's) and searching on arrays of integers and tuples.
#![no_std]
include!("prelude.rs");
fn insertion_sort<T: PartialOrd + Copy>(a: &mut [T]) {
    for i in 1..a.len() {
        let x = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > x {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = x;
    }
}
fn quicksort(a: &mut [i32]) {
    if a.len() <= 1 {
        return;
    }
    let last = a.len() - 1;
    a.swap(a.len() / 2, last);
    let p = a[last];
    let mut store = 0;
    for i in 0..last {
        if a[i] < p {
            a.swap(i, store);
            store += 1;
        }
    }
    a.swap(store, last);
    let (l, r) = a.split_at_mut(store);
    quicksort(l);
    quicksort(&mut r[1..]);
}
fn lcg(s: &mut u32) -> i32 {
    *s = s.wrapping_mul(1103515245).wrapping_add(12345);
    ((*s >> 16) % 1000) as i32 - 500
}
fn dump(a: &[i32]) {
    let mut h = 0i64;
    for &x in a { h = h.wrapping_mul(31).wrapping_add(x as i64); }
    pi(h);
    pi(a[0] as i64);
    pi(a[a.len() - 1] as i64);
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut s = 7;
    let mut a = [0i32; 200];
    for x in a.iter_mut() { *x = lcg(&mut s); }
    let mut b = a;
    let mut c = a;
    let mut d = a;
    insertion_sort(&mut a);
    quicksort(&mut b);
    c.sort_unstable();
    d.sort_unstable_by(|x, y| y.cmp(x));
    dump(&a); dump(&b); dump(&c); dump(&d);
    pi((a == b && b == c) as i64);
    for k in [-500, 0, 17, 499, 1000] {
        match a.binary_search(&k) {
            Ok(i) => { ps("found"); pi(a[i] as i64); }
            Err(i) => { ps("insert at"); pi(i as i64); }
        }
    }
    let mut t = [(3u8, 'c'), (1, 'z'), (3, 'a'), (2, 'q'), (1, 'b')];
    insertion_sort(&mut t);
    for (n, ch) in t { pi(n as i64); pi(ch as i64); }
    pi(a.iter().position(|&x| x > 400).unwrap_or(999) as i64);
    pi(a.contains(&-3) as i64);
}
