//! A stand-in with the shape of the `wasm` crate's `thread` and `memory` modules, for the ui
//! suite (which compiles single files); the real crate is tested through cargo in wasm-lang/.
pub mod thread {
    #[wasmrust::capability(threads)]
    pub fn spawn<F: FnOnce() + Send + 'static>(f: F) {
        f()
    }

    #[wasmrust::capability(threads)]
    pub fn scope<T>(f: impl FnOnce(&()) -> T) -> T {
        f(&())
    }

    /// Deprecated name of `scope` (WR0003).
    pub use self::scope as spawn_scoped;
}

pub mod memory {
    pub struct SharedSlice<'a>(pub &'a [u8]);
    pub struct View;
}

/// Deprecated path of `memory::SharedSlice` (WR0004).
pub use memory::SharedSlice;
