// Fixed-size matrices: multiplication, transpose, determinant (f64 and i64), identity powers.
#![no_std]
include!("prelude.rs");
type M = [[i64; 4]; 4];
fn mul(a: &M, b: &M) -> M {
    let mut c = [[0; 4]; 4];
    for i in 0..4 { for j in 0..4 { for k in 0..4 { c[i][j] += a[i][k] * b[k][j]; } } }
    c
}
fn transpose(a: M) -> M {
    let mut t = a;
    for i in 0..4 { for j in 0..4 { t[j][i] = a[i][j]; } }
    t
}
fn det(mut m: [[f64; 3]; 3]) -> f64 {
    let mut d = 1.0;
    for c in 0..3 {
        let mut p = c;
        for r in c + 1..3 { if m[r][c].abs() > m[p][c].abs() { p = r; } }
        if m[p][c] == 0.0 { return 0.0; }
        if p != c { m.swap(p, c); d = -d; }
        d *= m[c][c];
        for r in c + 1..3 {
            let f = m[r][c] / m[c][c];
            for k in c..3 { m[r][k] -= f * m[c][k]; }
        }
    }
    d
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut a: M = [[0; 4]; 4];
    for i in 0..4 { for j in 0..4 { a[i][j] = (i * 4 + j) as i64 - 5; } }
    let fib: M = [[1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];
    let mut p = fib;
    for _ in 0..40 { p = mul(&p, &fib); }
    pi(p[0][0]); pi(p[0][1]);
    let c = mul(&a, &transpose(a));
    for row in c.iter() { for &x in row { pi(x); } }
    pf(det([[2.0, -3.0, 1.0], [2.0, 0.0, -1.0], [1.0, 4.0, 5.0]]));
    pf(det([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]));
    pf(det([[0.5, 0.25, 4.0], [1.0, -2.0, 0.125], [3.0, 3.0, 3.0]]));
}
