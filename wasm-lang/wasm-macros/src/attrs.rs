//! `#[wasm::linear]`, `#[wasm::capability(..)]`, `#[wasm::allow_leak]`.
//!
//! With the `wasm` crate as a dependency, `#[wasm::linear]` names this macro (rustc resolves
//! crates before tool modules), so the macro re-attaches the attribute under the
//! `wasmrust::` tool namespace the compiler's checks read. Stock rustc has no such namespace:
//! there the item is emitted unchanged.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::punctuated::Punctuated;
use syn::{Ident, Token, parse::Parser};

/// Capability names the compiler knows (see the host-profile table in ARCHITECTURE.md).
pub const CAPABILITIES: &[&str] = &["threads", "js_interop", "component", "memory_regions", "simd"];

/// Deprecated capability names and their replacements (`migrate/deprecations.toml`). They are
/// accepted and passed through as written, so the WasmRust compiler can report them with the
/// registry's dates (a warning inside the window, an error after it).
const DEPRECATED_CAPABILITIES: &[(&str, &str)] = &[("js", "js_interop")];

fn canonical_capability(name: &str) -> Option<&'static str> {
    CAPABILITIES.iter().copied().find(|c| *c == name).or_else(|| {
        DEPRECATED_CAPABILITIES.iter().find(|(old, _)| *old == name).map(|(_, new)| *new)
    })
}

pub(crate) fn on_wasmrust() -> bool {
    cfg!(wasmrust_toolchain)
}

pub fn linear(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    if !args.is_empty() {
        return Err(syn::Error::new_spanned(args, "#[wasm::linear] takes no arguments"));
    }
    let parsed: syn::Item = syn::parse2(item.clone())?;
    let (ident, generics) = match &parsed {
        syn::Item::Struct(s) => (&s.ident, &s.generics),
        syn::Item::Enum(e) => (&e.ident, &e.generics),
        other => {
            return Err(syn::Error::new_spanned(
                other,
                "#[wasm::linear] applies to structs and enums",
            ));
        }
    };
    let (impl_g, ty_g, where_g) = generics.split_for_impl();
    let tool = on_wasmrust().then(|| quote!(#[wasmrust::linear]));
    Ok(quote! {
        #tool
        #parsed
        unsafe impl #impl_g ::wasm::Linear for #ident #ty_g #where_g {}
    })
}

pub fn capability(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let names = Punctuated::<Ident, Token![,]>::parse_terminated.parse2(args.clone())?;
    if names.is_empty() {
        return Err(syn::Error::new(
            Span::call_site(),
            format!("#[wasm::capability(..)] needs at least one capability: {}", CAPABILITIES.join(", ")),
        ));
    }
    let mut seen: Vec<&str> = Vec::new();
    for n in &names {
        let s = n.to_string();
        let Some(cap) = canonical_capability(&s) else {
            return Err(syn::Error::new(
                n.span(),
                format!("unknown capability `{s}`; expected one of: {}", CAPABILITIES.join(", ")),
            ));
        };
        if seen.contains(&cap) {
            return Err(syn::Error::new(n.span(), format!("capability `{cap}` is listed twice")));
        }
        seen.push(cap);
    }
    check_fn(&item, "#[wasm::capability(..)]")?;
    let names = names.iter();
    let tool = on_wasmrust().then(|| quote!(#[wasmrust::capability(#(#names),*)]));
    Ok(quote!(#tool #item))
}

pub fn allow_leak(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    if !args.is_empty() {
        return Err(syn::Error::new_spanned(args, "#[wasm::allow_leak] takes no arguments"));
    }
    check_fn(&item, "#[wasm::allow_leak]")?;
    let tool = on_wasmrust().then(|| quote!(#[wasmrust::allow_leak]));
    Ok(quote!(#tool #item))
}

/// `#[wasm::leak_ok]`, the deprecated spelling of `#[wasm::allow_leak]`: re-emitted as written
/// so that the compiler reports it (and still honours it inside the window).
pub fn leak_ok(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    if !args.is_empty() {
        return Err(syn::Error::new_spanned(args, "#[wasm::leak_ok] takes no arguments"));
    }
    check_fn(&item, "#[wasm::leak_ok]")?;
    let tool = on_wasmrust().then(|| quote!(#[wasmrust::leak_ok]));
    Ok(quote!(#tool #item))
}

/// Accepts free functions, methods (with a body) and trait method declarations.
fn check_fn(item: &TokenStream, what: &str) -> syn::Result<()> {
    if syn::parse2::<syn::ItemFn>(item.clone()).is_ok()
        || syn::parse2::<syn::TraitItemFn>(item.clone()).is_ok()
    {
        return Ok(());
    }
    Err(syn::Error::new_spanned(item, format!("{what} applies to functions")))
}
