//! `#[wasm::js]`: direct JS imports and exports for the browser and node profiles.
//!
//! On a function it exports the function to JS; on an `extern "js" { .. }` block it imports
//! the functions from JS. Each item also gets a line of JSON in the `wasmrust.js` custom
//! section, from which `wasm-js-glue` writes the JS glue and the TypeScript declarations.
//! The value conventions are described in the `wasm` crate's `js` module.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{FnArg, Ident, LitStr, Meta, Pat, ReturnType, Token, Type};

const SUPPORTED: &str = "supported are bool, u8, u16, u32, u64, i8, i16, i32, i64, f32, f64, \
    &str, String, &[T], &mut [T] and Vec<T> (T a number type), and Result<T, E: Display> as a \
    return type";

/// Where imported functions come from.
enum Source {
    /// The `imports` object given to the glue's `init`.
    Imports,
    /// An ES module: `#[wasm::js(module = "./env.mjs")]`.
    Module(String),
    /// A global object path: `#[wasm::js(global = "Math")]`.
    Global(String),
}

#[derive(Default)]
struct Options {
    js_name: Option<LitStr>,
    module: Option<LitStr>,
    global: Option<LitStr>,
}

impl Options {
    fn parse(args: TokenStream) -> syn::Result<Options> {
        let mut o = Options::default();
        for m in Punctuated::<Meta, Token![,]>::parse_terminated.parse2(args)? {
            let Meta::NameValue(nv) = &m else {
                return Err(syn::Error::new_spanned(&m, "expected `key = \"value\"` (keys: js_name, module, global)"));
            };
            let key = nv.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
            let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value else {
                return Err(syn::Error::new_spanned(&nv.value, format!("`{key}` takes a string literal")));
            };
            let slot = match key.as_str() {
                "js_name" => &mut o.js_name,
                "module" => &mut o.module,
                "global" => &mut o.global,
                _ => {
                    return Err(syn::Error::new_spanned(
                        &nv.path,
                        format!("unknown #[wasm::js] key `{key}`; expected js_name, module or global"),
                    ));
                }
            };
            if slot.is_some() {
                return Err(syn::Error::new_spanned(&nv.path, format!("`{key}` given twice")));
            }
            *slot = Some(s.clone());
        }
        Ok(o)
    }
}

/// Number types (the element types of slices and vectors too).
#[derive(Clone, Copy, PartialEq)]
enum Num {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
}

impl Num {
    fn parse(s: &str) -> Option<Num> {
        Some(match s {
            "i8" => Num::I8,
            "i16" => Num::I16,
            "i32" => Num::I32,
            "i64" => Num::I64,
            "u8" => Num::U8,
            "u16" => Num::U16,
            "u32" => Num::U32,
            "u64" => Num::U64,
            "f32" => Num::F32,
            "f64" => Num::F64,
            _ => return None,
        })
    }
    fn name(self) -> &'static str {
        match self {
            Num::I8 => "i8",
            Num::I16 => "i16",
            Num::I32 => "i32",
            Num::I64 => "i64",
            Num::U8 => "u8",
            Num::U16 => "u16",
            Num::U32 => "u32",
            Num::U64 => "u64",
            Num::F32 => "f32",
            Num::F64 => "f64",
        }
    }
    fn rust(self) -> TokenStream {
        let i = Ident::new(self.name(), Span::call_site());
        quote!(#i)
    }
    /// The core wasm parameter type the shim declares (narrow integers arrive as i32/u32
    /// and are truncated, so any JS number is a defined input).
    fn core(self) -> TokenStream {
        match self {
            Num::I8 | Num::I16 => quote!(i32),
            Num::U8 | Num::U16 => quote!(u32),
            other => other.rust(),
        }
    }
}

/// A boundary type.
#[derive(Clone, Copy, PartialEq)]
enum Ty {
    Unit,
    Bool,
    Num(Num),
    Str,
    String,
    Slice(Num),
    SliceMut(Num),
    Vec(Num),
}

impl Ty {
    /// The name in the metadata (read by wasm-js-glue).
    fn meta(self) -> String {
        match self {
            Ty::Unit => "unit".into(),
            Ty::Bool => "bool".into(),
            Ty::Num(n) => n.name().into(),
            Ty::Str => "str".into(),
            Ty::String => "string".into(),
            Ty::Slice(n) => format!("slice<{}>", n.name()),
            Ty::SliceMut(n) => format!("mut_slice<{}>", n.name()),
            Ty::Vec(n) => format!("vec<{}>", n.name()),
        }
    }
}

fn unsupported<T>(t: &Type, hint: &str) -> syn::Result<T> {
    let shown = quote!(#t).to_string().replace(" < ", "<").replace(" >", ">").replace("& ", "&");
    Err(syn::Error::new_spanned(t, format!("unsupported type `{shown}` in #[wasm::js]{hint}; {SUPPORTED}")))
}

fn path_name(t: &Type) -> Option<(String, Vec<Type>)> {
    let Type::Path(p) = t else { return None };
    if p.qself.is_some() {
        return None;
    }
    let seg = p.path.segments.last()?;
    let args = match &seg.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|g| if let syn::GenericArgument::Type(t) = g { Some(t.clone()) } else { None })
            .collect(),
        syn::PathArguments::None => vec![],
        syn::PathArguments::Parenthesized(_) => return None,
    };
    Some((seg.ident.to_string(), args))
}

fn elem_num(t: &Type, outer: &Type) -> syn::Result<Num> {
    match path_name(t) {
        Some((n, a)) if a.is_empty() => match Num::parse(&n) {
            Some(n) => Ok(n),
            None => unsupported(outer, ": the element type must be a number type"),
        },
        _ => unsupported(outer, ": the element type must be a number type"),
    }
}

/// A parameter type.
fn param_ty(t: &Type) -> syn::Result<Ty> {
    match t {
        Type::Paren(p) => param_ty(&p.elem),
        Type::Group(g) => param_ty(&g.elem),
        Type::Reference(r) => match &*r.elem {
            Type::Slice(s) => {
                let n = elem_num(&s.elem, t)?;
                Ok(if r.mutability.is_some() { Ty::SliceMut(n) } else { Ty::Slice(n) })
            }
            Type::Path(_) if r.mutability.is_none() && path_name(&r.elem).is_some_and(|(n, a)| n == "str" && a.is_empty()) => Ok(Ty::Str),
            _ => unsupported(t, ""),
        },
        _ => match path_name(t) {
            Some((n, a)) if a.is_empty() && n == "bool" => Ok(Ty::Bool),
            Some((n, a)) if a.is_empty() && n == "String" => Ok(Ty::String),
            Some((n, a)) if a.is_empty() && (n == "usize" || n == "isize") => {
                unsupported(t, ": its width depends on the target; use u32/u64 or i32/i64")
            }
            Some((n, a)) if a.is_empty() && Num::parse(&n).is_some() => Ok(Ty::Num(Num::parse(&n).unwrap())),
            Some((n, a)) if n == "Vec" && a.len() == 1 => Ok(Ty::Vec(elem_num(&a[0], t)?)),
            _ => unsupported(t, ""),
        },
    }
}

/// A return type: `(value type, fallible)`.
fn ret_ty(r: &ReturnType, allow_result: bool) -> syn::Result<(Ty, bool)> {
    let t = match r {
        ReturnType::Default => return Ok((Ty::Unit, false)),
        ReturnType::Type(_, t) => &**t,
    };
    if let Type::Tuple(tu) = t {
        if tu.elems.is_empty() {
            return Ok((Ty::Unit, false));
        }
    }
    if let Some((n, a)) = path_name(t) {
        if n == "Result" && a.len() == 2 {
            if !allow_result {
                return unsupported(t, ": imported functions cannot return Result (JS exceptions propagate)");
            }
            let (inner, _) = ret_ty(&ReturnType::Type(Default::default(), Box::new(a[0].clone())), false)?;
            return Ok((inner, true));
        }
    }
    match param_ty(t)? {
        Ty::Str | Ty::Slice(_) | Ty::SliceMut(_) => unsupported(t, ": return owned data (String, Vec<T>)"),
        ty => Ok((ty, false)),
    }
}

/// Escapes `s` for a JSON string.
fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn doc_of(attrs: &[syn::Attribute]) -> String {
    let mut lines = Vec::new();
    for a in attrs {
        if let Meta::NameValue(nv) = &a.meta {
            if nv.path.is_ident("doc") {
                if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value {
                    lines.push(s.value().strip_prefix(' ').map(str::to_string).unwrap_or_else(|| s.value()));
                }
            }
        }
    }
    lines.join("\n")
}

struct Sig {
    params: Vec<(Ident, Ty)>,
    ret: Ty,
    fallible: bool,
}

fn signature(sig: &syn::Signature, export: bool) -> syn::Result<Sig> {
    if sig.asyncness.is_some() {
        return Err(syn::Error::new_spanned(sig.asyncness, "async functions cannot cross the JS boundary yet"));
    }
    if !sig.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(&sig.generics, "generic functions cannot cross the JS boundary"));
    }
    if let Some(v) = &sig.variadic {
        return Err(syn::Error::new_spanned(v, "variadic functions cannot cross the JS boundary"));
    }
    let mut params = Vec::new();
    for (i, a) in sig.inputs.iter().enumerate() {
        let FnArg::Typed(pt) = a else {
            return Err(syn::Error::new_spanned(a, "#[wasm::js] functions take no `self`"));
        };
        let name = match &*pt.pat {
            Pat::Ident(pi) => pi.ident.clone(),
            _ => format_ident!("arg{}", i),
        };
        let ty = param_ty(&pt.ty)?;
        if !export && matches!(ty, Ty::String | Ty::Vec(_) | Ty::SliceMut(_)) {
            return unsupported(&pt.ty, ": imported functions take borrowed data (&str, &[T])");
        }
        params.push((name, ty));
    }
    let (ret, fallible) = ret_ty(&sig.output, export)?;
    Ok(Sig { params, ret, fallible })
}

fn params_json(sig: &Sig) -> String {
    let ps: Vec<String> = sig
        .params
        .iter()
        .map(|(n, t)| format!("{{\"name\":{},\"ty\":{}}}", json_str(&n.to_string()), json_str(&t.meta())))
        .collect();
    format!("[{}]", ps.join(","))
}

/// A `#[used]` static in the `wasmrust.js` custom section holding `line`.
fn meta_static(line: String) -> TokenStream {
    let bytes = (line + "\n").into_bytes();
    let n = bytes.len();
    let lit = syn::LitByteStr::new(&bytes, Span::call_site());
    quote! {
        #[used]
        #[unsafe(link_section = "wasmrust.js")]
        static __WASM_JS_META: [u8; #n] = *#lit;
    }
}

fn capability_js() -> Option<TokenStream> {
    crate::attrs::on_wasmrust().then(|| quote!(#[wasmrust::capability(js_interop)]))
}

pub fn expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let opts = Options::parse(args)?;
    if let Ok(f) = syn::parse2::<syn::ItemFn>(item.clone()) {
        if let Some(m) = opts.module.as_ref().or(opts.global.as_ref()) {
            return Err(syn::Error::new_spanned(m, "`module` and `global` apply to `extern \"js\"` blocks"));
        }
        return export(opts, f);
    }
    if let Ok(m) = syn::parse2::<syn::ItemForeignMod>(item.clone()) {
        if let Some(n) = &opts.js_name {
            return Err(syn::Error::new_spanned(n, "`js_name` applies to functions"));
        }
        return import(opts, m);
    }
    Err(syn::Error::new_spanned(item, "#[wasm::js] applies to functions (exports) and `extern \"js\" { .. }` blocks (imports)"))
}

fn export(opts: Options, f: syn::ItemFn) -> syn::Result<TokenStream> {
    let sig = signature(&f.sig, true)?;
    let ident = &f.sig.ident;
    let js_name = opts.js_name.map(|s| s.value()).unwrap_or_else(|| ident.to_string());
    if js_name.starts_with("__wasm") || js_name == "memory" {
        return Err(syn::Error::new_spanned(ident, format!("`{js_name}` is reserved for the glue; pick another js_name")));
    }
    let mut core_params = Vec::new();
    let mut lifts = Vec::new();
    let mut args = Vec::new();
    for (name, ty) in &sig.params {
        let p = format_ident!("__{}", name);
        let (pp, pl, pc) = (format_ident!("{}_ptr", p), format_ident!("{}_len", p), format_ident!("{}_cap", p));
        match ty {
            Ty::Bool => {
                core_params.push(quote!(#p: u32));
                args.push(quote!(#p != 0));
            }
            Ty::Num(n) => {
                let core = n.core();
                let rust = n.rust();
                core_params.push(quote!(#p: #core));
                args.push(quote!(#p as #rust));
            }
            Ty::Str | Ty::String => {
                core_params.push(quote!(#pp: *mut u8, #pl: usize, #pc: usize));
                // SAFETY: the glue wrote a UTF-8 string it allocated with __wasm_js_alloc.
                lifts.push(quote!(let #p = unsafe { ::wasm::js::__rt::take_string(#pp, #pl, #pc) };));
                args.push(if *ty == Ty::Str { quote!(&#p) } else { quote!(#p) });
            }
            Ty::Slice(n) | Ty::Vec(n) | Ty::SliceMut(n) => {
                let rust = n.rust();
                core_params.push(quote!(#pp: *mut #rust, #pl: usize));
                if let Ty::SliceMut(_) = ty {
                    // SAFETY: the glue wrote `len` values; it copies them back and frees them.
                    lifts.push(quote!(let #p = unsafe { ::wasm::js::__rt::borrow_mut(#pp, #pl) };));
                    args.push(quote!(#p));
                } else {
                    // SAFETY: the glue wrote `len` values it allocated with __wasm_js_alloc.
                    lifts.push(quote!(let #p = unsafe { ::wasm::js::__rt::take_vec(#pp, #pl) };));
                    args.push(if let Ty::Slice(_) = ty { quote!(&#p) } else { quote!(#p) });
                }
            }
            Ty::Unit => unreachable!("not a parameter type"),
        }
    }
    let call = quote!(#ident(#(#args),*));
    // (core return type, statements turning `__r` into it)
    let lower = |ty: Ty| -> (TokenStream, TokenStream) {
        match ty {
            Ty::Unit => (quote!(()), quote!(let _ = __r;)),
            Ty::Bool => (quote!(u32), quote!(__r as u32)),
            Ty::Num(Num::I8 | Num::I16) => (quote!(i32), quote!(__r as i32)),
            Ty::Num(Num::U8 | Num::U16) => (quote!(u32), quote!(__r as u32)),
            Ty::Num(n) => (n.rust(), quote!(__r)),
            Ty::String => (quote!(()), quote!(::wasm::js::__rt::put_string(__r))),
            Ty::Vec(_) => (quote!(()), quote!(::wasm::js::__rt::put_vec(__r))),
            _ => unreachable!("not a return type"),
        }
    };
    let (core_ret, lowering) = lower(sig.ret);
    let zero = match sig.ret {
        Ty::Unit | Ty::String | Ty::Vec(_) => quote!(()),
        Ty::Num(Num::F32 | Num::F64) => quote!(0.0),
        _ => quote!(0),
    };
    let body = if sig.fallible {
        quote! {
            match #call {
                Ok(__r) => { ::wasm::js::__rt::put_ok(); #lowering }
                Err(__e) => { ::wasm::js::__rt::put_err(__e); #zero }
            }
        }
    } else {
        quote! { let __r = #call; #lowering }
    };
    let line = format!(
        "{{\"kind\":\"export\",\"name\":{},\"js_name\":{},\"doc\":{},\"params\":{},\"ret\":{},\"fallible\":{}}}",
        json_str(&ident.to_string()),
        json_str(&js_name),
        json_str(&doc_of(&f.attrs)),
        params_json(&sig),
        json_str(&sig.ret.meta()),
        sig.fallible
    );
    let meta = meta_static(line);
    let cap = capability_js();
    let shim = format_ident!("__wasm_js_export_{}", ident);
    Ok(quote! {
        #cap
        #f
        #[cfg(target_arch = "wasm32")]
        const _: () = {
            ::wasm::__require_js_feature!();
            #[unsafe(export_name = #js_name)]
            extern "C" fn #shim(#(#core_params),*) -> #core_ret {
                #(#lifts)*
                #body
            }
            #meta
        };
    })
}

fn import(opts: Options, m: syn::ItemForeignMod) -> syn::Result<TokenStream> {
    let source = match (&opts.module, &opts.global) {
        (Some(a), Some(_)) => return Err(syn::Error::new_spanned(a, "give `module` or `global`, not both")),
        (Some(s), None) if s.value().is_empty() => return Err(syn::Error::new_spanned(s, "`module` must name an ES module")),
        (Some(s), None) => Source::Module(s.value()),
        (None, Some(s)) => {
            let v = s.value();
            if v.is_empty() || !v.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$')) {
                return Err(syn::Error::new_spanned(s, "`global` must be a dotted path of JS identifiers, like \"Math\" or \"console\""));
            }
            Source::Global(v)
        }
        (None, None) => Source::Imports,
    };
    let source_json = match &source {
        Source::Imports => "{\"imports\":null}".to_string(),
        Source::Module(s) => format!("{{\"module\":{}}}", json_str(s)),
        Source::Global(s) => format!("{{\"global\":{}}}", json_str(s)),
    };
    let mut out = TokenStream::new();
    for item in &m.items {
        let syn::ForeignItem::Fn(f) = item else {
            return Err(syn::Error::new_spanned(item, "only functions can be imported from JS"));
        };
        let sig = signature(&f.sig, false)?;
        let ident = &f.sig.ident;
        let vis = &f.vis;
        let attrs = &f.attrs;
        let name = ident.to_string();
        let raw = format_ident!("__wasm_js_import_{}", ident);
        let mut raw_params = Vec::new();
        let mut raw_args = Vec::new();
        for (p, ty) in &sig.params {
            match ty {
                Ty::Bool => {
                    raw_params.push(quote!(#p: u32));
                    raw_args.push(quote!(#p as u32));
                }
                Ty::Num(n) => {
                    let core = n.core();
                    raw_params.push(quote!(#p: #core));
                    raw_args.push(quote!(#p as #core));
                }
                Ty::Str => {
                    let (pp, pl) = (format_ident!("{}_ptr", p), format_ident!("{}_len", p));
                    raw_params.push(quote!(#pp: *const u8, #pl: usize));
                    raw_args.push(quote!(#p.as_ptr(), #p.len()));
                }
                Ty::Slice(n) => {
                    let rust = n.rust();
                    let (pp, pl) = (format_ident!("{}_ptr", p), format_ident!("{}_len", p));
                    raw_params.push(quote!(#pp: *const #rust, #pl: usize));
                    raw_args.push(quote!(#p.as_ptr(), #p.len()));
                }
                _ => unreachable!("checked by signature()"),
            }
        }
        let user_ret = &f.sig.output;
        let (raw_ret, call) = match sig.ret {
            Ty::Unit => (quote!(), quote!(unsafe { #raw(#(#raw_args),*) })),
            Ty::Bool => (quote!(-> u32), quote!((unsafe { #raw(#(#raw_args),*) }) != 0)),
            Ty::Num(n) => {
                let core = n.core();
                let rust = n.rust();
                (quote!(-> #core), quote!((unsafe { #raw(#(#raw_args),*) }) as #rust))
            }
            Ty::String | Ty::Vec(_) => {
                raw_params.push(quote!(ret: *mut ::wasm::js::__rt::ImportRet));
                let take = if sig.ret == Ty::String { quote!(into_string) } else { quote!(into_vec) };
                (
                    quote!(),
                    quote! {{
                        let mut __ret = ::wasm::js::__rt::ImportRet::new();
                        unsafe { #raw(#(#raw_args,)* &mut __ret) };
                        unsafe { __ret.#take() }
                    }},
                )
            }
            _ => unreachable!("checked by signature()"),
        };
        let line = format!(
            "{{\"kind\":\"import\",\"name\":{},\"js_name\":{},\"source\":{},\"doc\":{},\"params\":{},\"ret\":{},\"fallible\":false}}",
            json_str(&name),
            json_str(&name),
            source_json,
            json_str(&doc_of(&f.attrs)),
            params_json(&sig),
            json_str(&sig.ret.meta()),
        );
        let meta = meta_static(line);
        let cap = capability_js();
        let params: Vec<_> = f.sig.inputs.iter().collect();
        out.extend(quote! {
            #(#attrs)*
            #cap
            #[cfg(target_arch = "wasm32")]
            #vis fn #ident(#(#params),*) #user_ret {
                ::wasm::__require_js_feature!();
                #[link(wasm_import_module = "wasmrust:js")]
                unsafe extern "C" {
                    #[link_name = #name]
                    fn #raw(#(#raw_params),*) #raw_ret;
                }
                #meta
                // SAFETY: the glue implements the import with this signature.
                #call
            }
            #(#attrs)*
            #cap
            #[cfg(not(target_arch = "wasm32"))]
            #[allow(unused_variables)]
            #vis fn #ident(#(#params),*) #user_ret {
                ::wasm::__require_js_feature!();
                ::wasm::js::__rt::not_wasm(#name)
            }
        });
    }
    Ok(out)
}
