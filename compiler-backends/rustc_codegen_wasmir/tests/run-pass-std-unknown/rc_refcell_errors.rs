// std's shared ownership, interior mutability, errors and iterator adaptors on
// wasm32-unknown-unknown.
include!("prelude.rs");
use std::cell::RefCell;
use std::error::Error;
use std::fmt;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i64,
    children: RefCell<Vec<Rc<Node>>>,
    parent: RefCell<Weak<Node>>,
}

#[derive(Debug)]
enum ParseErr {
    Empty,
    Bad(String),
}
impl fmt::Display for ParseErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseErr::Empty => write!(f, "empty input"),
            ParseErr::Bad(s) => write!(f, "bad number `{s}`"),
        }
    }
}
impl Error for ParseErr {}

fn sum_csv(s: &str) -> Result<i64, Box<dyn Error>> {
    if s.is_empty() {
        return Err(Box::new(ParseErr::Empty));
    }
    let mut total = 0;
    for part in s.split(',') {
        total += part.trim().parse::<i64>().map_err(|_| ParseErr::Bad(part.trim().to_string()))?;
    }
    Ok(total)
}

thread_local! {
    static CALLS: RefCell<u32> = const { RefCell::new(0) };
}

fn counted() -> u32 {
    CALLS.with(|c| {
        *c.borrow_mut() += 1;
        *c.borrow()
    })
}

#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let leaf = Rc::new(Node { value: 3, children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) });
    let branch = Rc::new(Node { value: 5, children: RefCell::new(vec![Rc::clone(&leaf)]), parent: RefCell::new(Weak::new()) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    pi(leaf.parent.borrow().upgrade().map(|p| p.value).unwrap_or(-1));
    pi(Rc::strong_count(&leaf) as i64);
    pi(Rc::weak_count(&branch) as i64);
    pi(branch.children.borrow().iter().map(|c| c.value).sum());
    for input in ["1, 2, 3", "", "4,x,5", "10,-20"] {
        match sum_csv(input) {
            Ok(n) => pi(n),
            Err(e) => ps(&e.to_string()),
        }
    }
    let evens: Vec<i64> = (1..=20).filter(|x| x % 2 == 0).map(|x| x * x).rev().take(4).collect();
    ps(&format!("{evens:?}"));
    let (small, large): (Vec<i64>, Vec<i64>) = (1..10).partition(|&x| x < 5);
    ps(&format!("{small:?} {large:?}"));
    let zipped: String = "abc".chars().zip(1..).map(|(c, i)| format!("{c}{i}")).collect();
    ps(&zipped);
    counted();
    counted();
    pi(counted() as i64);
    let opt: Option<&str> = None;
    ps(opt.unwrap_or("none"));
}
