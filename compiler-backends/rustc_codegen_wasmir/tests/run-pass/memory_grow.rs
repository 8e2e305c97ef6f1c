#![no_std]
include!("prelude.rs");
// `core::arch::wasm32::memory_size`/`memory_grow`, which core declares as LLVM intrinsics by
// link name (`llvm.wasm.memory.size`/`grow`): they must become the wasm instructions, not
// imports. The initial size differs between linkers, so only differences are printed.
use core::arch::wasm32::{memory_grow, memory_size};
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let before = memory_size::<0>();
    let old = memory_grow::<0>(3);
    pi((old == before) as i64);
    pi((memory_size::<0>() - before) as i64);
    // Grown memory is zeroed and usable.
    let p = (before * 65536 + 104) as *mut u64;
    unsafe {
        pi(p.read_volatile() as i64);
        p.write_volatile(0x1234_5678_9abc);
        pi(p.read_volatile() as i64);
    }
    // A grow past the maximum fails with usize::MAX.
    pi((memory_grow::<0>(70000) == usize::MAX) as i64);
    pi((memory_size::<0>() - before) as i64);
}
