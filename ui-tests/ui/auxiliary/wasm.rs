//! A stand-in with the shape of the `wasm` crate's `thread` module, for the ui suite (which
//! compiles single files); the real crate is tested through cargo in wasm-lang/.
pub mod thread {
    #[wasmrust::capability(threads)]
    pub fn spawn<F: FnOnce() + Send + 'static>(f: F) {
        f()
    }
}
