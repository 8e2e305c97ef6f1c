// Conway's game of life on a 16x16 torus: a glider and a blinker, 20 generations.
#![no_std]
include!("prelude.rs");
const N: usize = 16;
type Grid = [[bool; N]; N];
fn step(g: &Grid) -> Grid {
    let mut out = [[false; N]; N];
    for r in 0..N {
        for c in 0..N {
            let mut n = 0;
            for dr in [N - 1, 0, 1] {
                for dc in [N - 1, 0, 1] {
                    if (dr, dc) != (0, 0) && g[(r + dr) % N][(c + dc) % N] { n += 1; }
                }
            }
            out[r][c] = matches!((g[r][c], n), (true, 2) | (_, 3));
        }
    }
    out
}
fn show(g: &Grid) {
    for row in g.iter() {
        let mut line = [b'.'; N];
        for (c, &alive) in row.iter().enumerate() { if alive { line[c] = b'#'; } }
        pb(&line);
    }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut g: Grid = [[false; N]; N];
    for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2), (8, 8), (8, 9), (8, 10)] { g[r][c] = true; }
    for generation in 0..20 {
        g = step(&g);
        let alive = g.iter().flatten().filter(|&&x| x).count();
        pi(generation * 100 + alive as i64);
    }
    show(&g);
}
