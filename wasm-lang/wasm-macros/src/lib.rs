//! Procedural macros of the `wasm` crate (use them through `wasm::...`).
//!
//! - `#[wasm::component(name = "...", version = "...")]` on an inline module, with
//!   `#[wasm::export]` functions and `#[wasm::import("pkg@ver")] extern "wasm" { ... }` blocks
//!   inside: generates the WIT world (written to `<target-dir>/wit/`), the canonical-ABI glue
//!   and the `component-type` custom section wit-component reads.
//! - `#[wasm::component(wit = "path.wit", world = "...")]`: the world comes from an existing
//!   WIT package; exports are checked against it and its imports become Rust functions.
//! - `#[wasm::linear]`, `#[wasm::capability(..)]`, `#[wasm::allow_leak]`: re-emit the item
//!   with the `wasmrust::` tool attribute the WasmRust compiler checks, when built by that
//!   compiler (detected by build.rs); on stock rustc the item is unchanged.
//! - `#[derive(Pod)]`.

use proc_macro::TokenStream;

mod attrs;
mod component;
mod glue;
mod js;
mod pod;
mod types;
mod wit_out;

/// Marks a struct or enum linear: values must be consumed explicitly.
#[proc_macro_attribute]
pub fn linear(args: TokenStream, item: TokenStream) -> TokenStream {
    attrs::linear(args.into(), item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// Declares the capabilities a function needs (`threads`, `js`, `component`,
/// `memory_regions`, `simd`), checked against the host profile by the WasmRust compiler.
#[proc_macro_attribute]
pub fn capability(args: TokenStream, item: TokenStream) -> TokenStream {
    attrs::capability(args.into(), item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// Deprecated spelling of `#[wasm::allow_leak]` (WR0001).
#[proc_macro_attribute]
pub fn leak_ok(args: TokenStream, item: TokenStream) -> TokenStream {
    attrs::leak_ok(args.into(), item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// Allows a function to leak (forget) linear values.
#[proc_macro_attribute]
pub fn allow_leak(args: TokenStream, item: TokenStream) -> TokenStream {
    attrs::allow_leak(args.into(), item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// Turns an inline module into a WebAssembly component.
#[proc_macro_attribute]
pub fn component(args: TokenStream, item: TokenStream) -> TokenStream {
    component::expand(args.into(), item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// Marks a function of a `#[wasm::component]` module as exported. Outside one it is an error.
#[proc_macro_attribute]
pub fn export(_args: TokenStream, item: TokenStream) -> TokenStream {
    outside_component(item, "#[wasm::export]")
}

/// Marks an `extern "wasm"` block of a `#[wasm::component]` module as imported from
/// `"[namespace:]package[/interface]@version"`. Outside one it is an error.
#[proc_macro_attribute]
pub fn import(_args: TokenStream, item: TokenStream) -> TokenStream {
    outside_component(item, "#[wasm::import]")
}

/// Direct JS interop (browser and node profiles), in the manner of `#[wasm_bindgen]`:
/// on a function, exports it to JS (`js_name = ".."` renames it); on an
/// `extern "js" { .. }` block, imports its functions from JS — from the `imports` object
/// given to the glue's `init` (default), an ES module (`module = "./env.mjs"`) or a global
/// (`global = "Math"`). Both carry capability `js_interop`. Run `wasm-js-glue` on the built
/// module to get `<name>.js` and `<name>.d.ts`.
#[proc_macro_attribute]
pub fn js(args: TokenStream, item: TokenStream) -> TokenStream {
    js::expand(args.into(), item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

/// Derives `wasm::Pod`, rejecting padding and non-Pod fields at compile time.
#[proc_macro_derive(Pod)]
pub fn derive_pod(item: TokenStream) -> TokenStream {
    pod::derive(item.into()).unwrap_or_else(|e| e.to_compile_error()).into()
}

fn outside_component(item: TokenStream, what: &str) -> TokenStream {
    let item: proc_macro2::TokenStream = item.into();
    let err = syn::Error::new_spanned(
        &item,
        format!("{what} only works inside a module marked #[wasm::component(...)]"),
    )
    .to_compile_error();
    quote::quote!(#err #item).into()
}
