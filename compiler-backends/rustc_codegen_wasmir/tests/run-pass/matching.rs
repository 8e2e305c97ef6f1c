#![no_std]
include!("prelude.rs");
#[inline(never)]
fn classify(x: i32) -> i64 { match x { i32::MIN..=-1 => -1, 0 => 0, 1 | 2 | 3 => 1, 4..=9 => 2, n if n % 2 == 0 => 3, _ => 4 } }
#[inline(never)]
fn tuple(t: (u8, bool, char)) -> i64 { match t { (0, _, _) => 10, (n, true, 'a'..='z') => 20 + n as i64, (n, false, c) if c.is_ascii_digit() => 30 + n as i64 + c as i64, _ => 40 } }
#[inline(never)]
fn slice(s: &[i32]) -> i64 { match s { [] => 0, [x] => *x as i64, [a, b] => (a * b) as i64, [first, .., last] => (first - last) as i64 } }
enum Tree { Leaf(i32), Node(&'static Tree, &'static Tree) }
fn sum(t: &Tree) -> i64 { match t { Tree::Leaf(v) => *v as i64, Tree::Node(l, r) => sum(l) + sum(r) } }
static T: Tree = Tree::Node(&Tree::Leaf(3), &Tree::Node(&Tree::Leaf(4), &Tree::Leaf(5)));
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for x in [-5, 0, 2, 7, 12, 13, i32::MAX] { pi(classify(x)); }
    for t in [(0u8, true, 'x'), (5, true, 'q'), (5, true, 'Q'), (2, false, '7'), (2, false, 'x')] { pi(tuple(t)); }
    pi(slice(&[])); pi(slice(&[9])); pi(slice(&[3, 4])); pi(slice(&[10, 1, 2, 3]));
    pi(sum(&T));
    let o: Option<(i32, &str)> = Some((4, "four")); if let Some((n @ 1..=5, s)) = o { pi(n as i64); ps(s); }
    let x = 42u8; let r = match x { b'0'..=b'9' => 1, b'*' => 2, _ => 3 }; pi(r);
}
