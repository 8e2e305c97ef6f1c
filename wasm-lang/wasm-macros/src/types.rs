//! Rust types on the component boundary -> WIT types, and back for generated bindings.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{GenericArgument, PathArguments, Type};
use wit_gen::Ty;
use wit_gen::names;

const SUPPORTED: &str = "supported are bool, u8..u64, i8..i64, f32, f64, char, String, Vec<T>, \
    wasm::memory::View<T>, Option<T>, Result<T, E>, tuples, [T; N] and records (structs with \
    named fields defined in the component module)";

/// Maps Rust type `t` to WIT; `records` are the struct names usable as records, `what`
/// names the position for errors (`#[wasm::export]`, `#[wasm::import]`).
pub fn to_wit(t: &Type, records: &[String], what: &str) -> syn::Result<Ty> {
    let unsupported = |hint: &str| {
        let shown = quote!(#t).to_string().replace(" < ", "<").replace(" >", ">").replace(" ,", ",").replace("& ", "&");
        Err(syn::Error::new_spanned(
            t,
            format!("unsupported type `{shown}` in a {what}{hint}; {SUPPORTED}"),
        ))
    };
    match t {
        Type::Paren(p) => to_wit(&p.elem, records, what),
        Type::Group(g) => to_wit(&g.elem, records, what),
        Type::Tuple(tu) => {
            if tu.elems.is_empty() {
                return unsupported(": `()` is only allowed as a return type (no result)");
            }
            Ok(Ty::Tuple(tu.elems.iter().map(|e| to_wit(e, records, what)).collect::<syn::Result<_>>()?))
        }
        Type::Array(a) => {
            let n = match &a.len {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => i.base10_parse::<usize>()?,
                _ => return unsupported(": the array length must be an integer literal"),
            };
            if n == 0 {
                return unsupported(": zero-length arrays have no WIT form");
            }
            let e = to_wit(&a.elem, records, what)?;
            Ok(Ty::Tuple(vec![e; n]))
        }
        Type::Reference(_) | Type::Slice(_) | Type::Ptr(_) => unsupported(
            ": borrowed data cannot cross a component boundary yet; pass an owned String, Vec<T> or View<T>",
        ),
        Type::Path(p) if p.qself.is_none() => {
            let seg = p.path.segments.last().expect("non-empty path");
            let name = seg.ident.to_string();
            let args: Vec<&Type> = match &seg.arguments {
                PathArguments::AngleBracketed(a) => a
                    .args
                    .iter()
                    .filter_map(|g| if let GenericArgument::Type(t) = g { Some(t) } else { None })
                    .collect(),
                PathArguments::None => vec![],
                PathArguments::Parenthesized(_) => return unsupported(""),
            };
            let one = |args: &[&Type]| -> syn::Result<Box<Ty>> {
                match args {
                    [a] => Ok(Box::new(to_wit(a, records, what)?)),
                    _ => Err(syn::Error::new_spanned(t, format!("`{name}` needs one type argument"))),
                }
            };
            Ok(match (name.as_str(), args.len()) {
                ("bool", 0) => Ty::Bool,
                ("u8", 0) => Ty::U8,
                ("u16", 0) => Ty::U16,
                ("u32", 0) => Ty::U32,
                ("u64", 0) => Ty::U64,
                ("i8", 0) => Ty::S8,
                ("i16", 0) => Ty::S16,
                ("i32", 0) => Ty::S32,
                ("i64", 0) => Ty::S64,
                ("f32", 0) => Ty::F32,
                ("f64", 0) => Ty::F64,
                ("char", 0) => Ty::Char,
                ("String", 0) => Ty::String,
                ("usize" | "isize", 0) => {
                    return unsupported(": its width depends on the target; use u32/u64 or i32/i64");
                }
                ("Vec", _) => Ty::List(one(&args)?),
                ("View", _) => {
                    let e = one(&args)?;
                    if !matches!(
                        *e,
                        Ty::U8 | Ty::U16 | Ty::U32 | Ty::U64 | Ty::S8 | Ty::S16 | Ty::S32 | Ty::S64 | Ty::F32 | Ty::F64
                    ) {
                        return unsupported(": View<T> needs a numeric T (its buffer is adopted as is)");
                    }
                    Ty::List(e)
                }
                ("Option", _) => Ty::Option(one(&args)?),
                ("Result", 2) => {
                    let side = |t: &Type| -> syn::Result<Option<Box<Ty>>> {
                        if matches!(t, Type::Tuple(tu) if tu.elems.is_empty()) {
                            Ok(None)
                        } else {
                            Ok(Some(Box::new(to_wit(t, records, what)?)))
                        }
                    };
                    Ty::Result(side(args[0])?, side(args[1])?)
                }
                (n, 0) if records.iter().any(|r| r == n) => Ty::Named(names::to_kebab(n)),
                (n, 0) if n.chars().next().is_some_and(|c| c.is_ascii_uppercase()) => {
                    return unsupported(&format!(
                        ": `{n}` is not a struct with named fields defined in this component module"
                    ));
                }
                _ => return unsupported(""),
            })
        }
        _ => unsupported(""),
    }
}

/// The Rust type generated bindings use for a WIT type (records are named in `records_path`).
pub fn to_rust(t: &Ty, records_path: &TokenStream) -> TokenStream {
    match t {
        Ty::Bool => quote!(bool),
        Ty::U8 => quote!(u8),
        Ty::U16 => quote!(u16),
        Ty::U32 => quote!(u32),
        Ty::U64 => quote!(u64),
        Ty::S8 => quote!(i8),
        Ty::S16 => quote!(i16),
        Ty::S32 => quote!(i32),
        Ty::S64 => quote!(i64),
        Ty::F32 => quote!(f32),
        Ty::F64 => quote!(f64),
        Ty::Char => quote!(char),
        Ty::String => quote!(::std::string::String),
        Ty::List(e) => {
            let e = to_rust(e, records_path);
            quote!(::std::vec::Vec<#e>)
        }
        Ty::Option(e) => {
            let e = to_rust(e, records_path);
            quote!(::core::option::Option<#e>)
        }
        Ty::Result(a, b) => {
            let a = a.as_ref().map_or(quote!(()), |a| to_rust(a, records_path));
            let b = b.as_ref().map_or(quote!(()), |b| to_rust(b, records_path));
            quote!(::core::result::Result<#a, #b>)
        }
        Ty::Tuple(ts) => {
            let ts = ts.iter().map(|t| to_rust(t, records_path));
            quote!((#(#ts,)*))
        }
        Ty::Named(n) => {
            let id = format_ident!("{}", names::to_camel(n));
            quote!(#records_path #id)
        }
    }
}
