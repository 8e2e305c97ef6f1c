// Backtracking: N-queens solution counts for n = 1..=8 and the first solution of n = 8.
#![no_std]
include!("prelude.rs");
struct Board { n: usize, cols: [usize; 12], count: u64, first: [usize; 12], found: bool }
impl Board {
    fn ok(&self, row: usize, col: usize) -> bool {
        for r in 0..row {
            let c = self.cols[r];
            if c == col || (row - r) == c.abs_diff(col) { return false; }
        }
        true
    }
    fn solve(&mut self, row: usize) {
        if row == self.n {
            self.count += 1;
            if !self.found { self.first = self.cols; self.found = true; }
            return;
        }
        for col in 0..self.n {
            if self.ok(row, col) {
                self.cols[row] = col;
                self.solve(row + 1);
            }
        }
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for n in 1..=8 {
        let mut b = Board { n, cols: [0; 12], count: 0, first: [0; 12], found: false };
        b.solve(0);
        pi(b.count as i64);
        if n == 8 { for c in &b.first[..8] { pi(*c as i64); } }
    }
}
