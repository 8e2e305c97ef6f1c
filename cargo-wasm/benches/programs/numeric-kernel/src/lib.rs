//! A small numeric kernel exported to the host: a 1-D heat-diffusion stencil over a buffer in
//! linear memory, plus a checksum so a run can be checked.
#![no_std]

#[cfg(not(test))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

const N: usize = 1024;
static mut GRID: [f64; N] = [0.0; N];
static mut NEXT: [f64; N] = [0.0; N];

/// Fills the grid with a hot spot in the middle.
#[unsafe(no_mangle)]
pub extern "C" fn init() {
    // SAFETY: single-threaded wasm; the statics are only touched through these exports.
    let grid = unsafe { &mut *core::ptr::addr_of_mut!(GRID) };
    for (i, c) in grid.iter_mut().enumerate() {
        *c = if (N / 2 - 8..N / 2 + 8).contains(&i) { 100.0 } else { 0.0 };
    }
}

/// Runs `steps` explicit diffusion steps with coefficient `alpha`; returns the sum of the grid.
#[unsafe(no_mangle)]
pub extern "C" fn diffuse(steps: u32, alpha: f64) -> f64 {
    // SAFETY: as in `init`.
    let (grid, next) = unsafe { (&mut *core::ptr::addr_of_mut!(GRID), &mut *core::ptr::addr_of_mut!(NEXT)) };
    for _ in 0..steps {
        for i in 1..N - 1 {
            next[i] = grid[i] + alpha * (grid[i - 1] - 2.0 * grid[i] + grid[i + 1]);
        }
        next[0] = grid[0];
        next[N - 1] = grid[N - 1];
        core::mem::swap(grid, next);
    }
    grid.iter().sum()
}
