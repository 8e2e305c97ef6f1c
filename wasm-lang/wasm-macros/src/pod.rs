//! `#[derive(Pod)]`: `#[repr(C)]`/`#[repr(transparent)]` structs whose fields are all Pod and
//! that have no padding. Both conditions are checked by the compiler at the user's crate:
//! a bound per field (the error points at the field's type) and a size equation.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

pub fn derive(item: TokenStream) -> syn::Result<TokenStream> {
    let input: syn::DeriveInput = syn::parse2(item)?;
    let name = &input.ident;
    let syn::Data::Struct(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            name,
            "#[derive(Pod)] only supports structs (an enum has invalid bit patterns)",
        ));
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "not supported yet: #[derive(Pod)] on generic structs",
        ));
    }
    let mut repr_ok = false;
    for a in &input.attrs {
        if a.path().is_ident("repr") {
            a.parse_nested_meta(|m| {
                if m.path.is_ident("C") || m.path.is_ident("transparent") {
                    repr_ok = true;
                }
                Ok(())
            })?;
        }
    }
    if !repr_ok {
        return Err(syn::Error::new_spanned(
            name,
            format!("#[derive(Pod)] needs #[repr(C)] or #[repr(transparent)] on `{name}` (Rust's default layout is unspecified)"),
        ));
    }
    let tys: Vec<&syn::Type> = data.fields.iter().map(|f| &f.ty).collect();
    let field_checks = tys.iter().map(|t| {
        quote_spanned!(t.span()=> ::wasm::__private::assert_pod::<#t>();)
    });
    let msg = format!("#[derive(Pod)]: `{name}` has padding bytes; add explicit padding fields or reorder them");
    Ok(quote! {
        const _: () = {
            #(#field_checks)*
            assert!(
                ::core::mem::size_of::<#name>() == 0 #(+ ::core::mem::size_of::<#tys>())*,
                #msg
            );
        };
        unsafe impl ::wasm::Pod for #name {}
    })
}
