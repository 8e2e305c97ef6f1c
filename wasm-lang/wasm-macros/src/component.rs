//! `#[wasm::component(...)]` on an inline module.

use crate::{glue, types, wit_out};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{FnArg, Ident, Item, LitStr, Meta, Pat, ReturnType, Token, Type};
use wit_gen::names;
use wit_gen::resolve::{AbiFunc, Direction, Resolved};
use wit_gen::{Component, Field, Func, ImportSpec, Interface, Param, Record, Ty};

/// The macro's `key = "value"` arguments.
#[derive(Default)]
struct Options {
    name: Option<LitStr>,
    version: Option<LitStr>,
    namespace: Option<LitStr>,
    wit: Option<LitStr>,
    world: Option<LitStr>,
}

impl Options {
    fn parse(args: TokenStream) -> syn::Result<Options> {
        let mut o = Options::default();
        let metas = Punctuated::<Meta, Token![,]>::parse_terminated.parse2(args)?;
        for m in metas {
            let Meta::NameValue(nv) = &m else {
                return Err(syn::Error::new_spanned(&m, "expected `key = \"value\"` (keys: name, version, namespace, wit, world)"));
            };
            let key = nv.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
            let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value else {
                return Err(syn::Error::new_spanned(&nv.value, format!("`{key}` takes a string literal")));
            };
            let slot = match key.as_str() {
                "name" => &mut o.name,
                "version" => &mut o.version,
                "namespace" => &mut o.namespace,
                "wit" => &mut o.wit,
                "world" => &mut o.world,
                _ => {
                    return Err(syn::Error::new_spanned(
                        &nv.path,
                        format!("unknown #[wasm::component] key `{key}`; expected name, version, namespace, wit or world"),
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

/// A `#[wasm::export]` function as written.
struct ExportFn {
    ident: Ident,
    params: Vec<(String, Type)>,
    ret: Option<Type>,
}

/// A function of a `#[wasm::import]` block as written.
struct ImportFn {
    item: syn::ForeignItemFn,
    params: Vec<(Ident, Type)>,
    ret: Option<Type>,
}

struct ImportBlock {
    spec: ImportSpec,
    fns: Vec<ImportFn>,
}

/// Is `attr` `#[name]` or `#[wasm::name]`?
fn is_attr(attr: &syn::Attribute, name: &str) -> bool {
    let segs: Vec<String> = attr.path().segments.iter().map(|s| s.ident.to_string()).collect();
    matches!(segs.as_slice(), [n] if n == name) || matches!(segs.as_slice(), [w, n] if w == "wasm" && n == name)
}

fn take_attr(attrs: &mut Vec<syn::Attribute>, name: &str) -> Option<syn::Attribute> {
    let i = attrs.iter().position(|a| is_attr(a, name))?;
    Some(attrs.remove(i))
}

fn ret_type(r: &ReturnType) -> Option<Type> {
    match r {
        ReturnType::Default => None,
        ReturnType::Type(_, t) if matches!(&**t, Type::Tuple(tu) if tu.elems.is_empty()) => None,
        ReturnType::Type(_, t) => Some((**t).clone()),
    }
}

fn check_sig(sig: &syn::Signature, what: &str) -> syn::Result<()> {
    if let Some(a) = &sig.asyncness {
        return Err(syn::Error::new_spanned(a, format!("not supported yet: async functions in a {what}")));
    }
    if !sig.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(&sig.generics, format!("a {what} function cannot be generic: WIT signatures are concrete")));
    }
    if let Some(v) = &sig.variadic {
        return Err(syn::Error::new_spanned(v, format!("a {what} function cannot be variadic")));
    }
    Ok(())
}

fn fn_params(sig: &syn::Signature, what: &str) -> syn::Result<Vec<(Ident, Type)>> {
    let mut out = Vec::new();
    for (i, a) in sig.inputs.iter().enumerate() {
        match a {
            FnArg::Receiver(r) => return Err(syn::Error::new_spanned(r, format!("a {what} function cannot take `self`"))),
            FnArg::Typed(pt) => {
                let id = match &*pt.pat {
                    Pat::Ident(pi) => pi.ident.clone(),
                    _ => format_ident!("arg{i}"),
                };
                out.push((id, (*pt.ty).clone()));
            }
        }
    }
    Ok(out)
}

pub fn expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let opts = Options::parse(args)?;
    let mut module: syn::ItemMod = syn::parse2(item.clone()).map_err(|_| {
        syn::Error::new_spanned(&item, "#[wasm::component] applies to an inline module: `mod name { ... }`")
    })?;
    let Some((brace, items)) = module.content.take() else {
        return Err(syn::Error::new_spanned(&module, "#[wasm::component] needs an inline module body, not `mod name;`"));
    };

    let mut exports = Vec::new();
    let mut imports: Vec<ImportBlock> = Vec::new();
    let mut kept = Vec::new();
    let mut structs = Vec::new();
    for item in items {
        match item {
            Item::Fn(mut f) => {
                if let Some(attr) = take_attr(&mut f.attrs, "export") {
                    if !matches!(attr.meta, Meta::Path(_)) {
                        return Err(syn::Error::new_spanned(&attr, "#[wasm::export] takes no arguments"));
                    }
                    check_sig(&f.sig, "#[wasm::export]")?;
                    let params = fn_params(&f.sig, "#[wasm::export]")?
                        .into_iter()
                        .map(|(i, t)| (names::to_kebab(&i.to_string()), t))
                        .collect();
                    exports.push(ExportFn { ident: f.sig.ident.clone(), params, ret: ret_type(&f.sig.output) });
                }
                kept.push(Item::Fn(f));
            }
            Item::ForeignMod(mut fm) => {
                let Some(attr) = take_attr(&mut fm.attrs, "import") else {
                    kept.push(Item::ForeignMod(fm));
                    continue;
                };
                let lit: LitStr = attr.parse_args().map_err(|_| {
                    syn::Error::new_spanned(&attr, "expected #[wasm::import(\"package@major.minor\")], e.g. #[wasm::import(\"gfx@2.1\")]")
                })?;
                let spec = ImportSpec::parse(&lit.value()).map_err(|e| syn::Error::new(lit.span(), e.0))?;
                let mut fns = Vec::new();
                for fi in fm.items {
                    match fi {
                        syn::ForeignItem::Fn(f) => {
                            check_sig(&f.sig, "#[wasm::import]")?;
                            let params = fn_params(&f.sig, "#[wasm::import]")?;
                            let ret = ret_type(&f.sig.output);
                            fns.push(ImportFn { item: f, params, ret });
                        }
                        other => {
                            return Err(syn::Error::new_spanned(other, "a #[wasm::import] block may only declare functions"));
                        }
                    }
                }
                match imports.iter_mut().find(|b| b.spec == spec) {
                    Some(b) => b.fns.extend(fns),
                    None => imports.push(ImportBlock { spec, fns }),
                }
            }
            Item::Struct(s) => {
                structs.push(s.clone());
                kept.push(Item::Struct(s));
            }
            other => kept.push(other),
        }
    }

    let generated = if let Some(wit) = &opts.wit {
        for (k, v) in [("name", &opts.name), ("version", &opts.version), ("namespace", &opts.namespace)] {
            if let Some(v) = v {
                return Err(syn::Error::new(v.span(), format!("`{k}` comes from the WIT package when `wit = ...` is given")));
            }
        }
        if let Some(b) = imports.first() {
            let f = &b.fns.first().map(|f| f.item.sig.ident.span()).unwrap_or_else(Span::call_site);
            return Err(syn::Error::new(*f, "with `wit = ...` the imports come from the WIT world; remove the #[wasm::import] block"));
        }
        from_wit(wit, opts.world.as_ref(), &exports, &structs)?
    } else {
        if let Some(w) = &opts.world {
            return Err(syn::Error::new(w.span(), "`world` only applies together with `wit = \"path\"`"));
        }
        from_rust(&opts, &exports, &imports, &structs)?
    };

    let (hidden, visible) = generated;
    let mut content: Vec<Item> = kept;
    let internal = |e: syn::Error| syn::Error::new(Span::call_site(), format!("internal error: generated glue does not parse: {e}"));
    content.extend(syn::parse2::<syn::File>(visible).map_err(internal)?.items);
    content.push(syn::parse2(quote!(const _: () = { #hidden };)).map_err(internal)?);
    module.content = Some((brace, content));
    Ok(quote!(#module))
}

/// Records the module defines that a signature may use: structs with named fields.
fn record_candidates(structs: &[syn::ItemStruct]) -> Vec<String> {
    structs
        .iter()
        .filter(|s| matches!(s.fields, syn::Fields::Named(_)))
        .map(|s| s.ident.to_string())
        .collect()
}

/// Collects records named by `tys` (transitively through their fields).
fn collect_records(
    tys: &[Ty],
    structs: &[syn::ItemStruct],
    candidates: &[String],
    out: &mut Vec<(Record, syn::ItemStruct)>,
) -> syn::Result<()> {
    let mut named = Vec::new();
    for t in tys {
        t.named(&mut named);
    }
    for n in named {
        if out.iter().any(|(r, _)| r.name == n) {
            continue;
        }
        let s = structs
            .iter()
            .find(|s| names::to_kebab(&s.ident.to_string()) == n)
            .expect("named types come from candidates");
        if !s.generics.params.is_empty() {
            return Err(syn::Error::new_spanned(&s.generics, "a record on the component boundary cannot be generic"));
        }
        let mut fields = Vec::new();
        for f in &s.fields {
            let id = f.ident.as_ref().expect("named fields");
            fields.push(Field { name: names::to_kebab(&id.to_string()), ty: types::to_wit(&f.ty, candidates, "record field")? });
        }
        if fields.is_empty() {
            return Err(syn::Error::new_spanned(&s.ident, "a WIT record needs at least one field"));
        }
        if fields.len() > 17 {
            return Err(syn::Error::new_spanned(&s.ident, "not supported yet: records with more than 17 fields"));
        }
        let tys: Vec<Ty> = fields.iter().map(|f| f.ty.clone()).collect();
        out.push((Record { name: n.clone(), fields }, s.clone()));
        collect_records(&tys, structs, candidates, out)?;
    }
    Ok(())
}

/// `unsafe impl Abi/Lower/Lift` for a record struct, through the tuple of its fields.
fn record_impls(s: &syn::ItemStruct) -> TokenStream {
    let name = &s.ident;
    let fields: Vec<&Ident> = s.fields.iter().map(|f| f.ident.as_ref().expect("named")).collect();
    let tys: Vec<&Type> = s.fields.iter().map(|f| &f.ty).collect();
    quote! {
        unsafe impl ::wasm::abi::Abi for #name {
            const SIZE: usize = <(#(#tys,)*) as ::wasm::abi::Abi>::SIZE;
            const ALIGN: usize = <(#(#tys,)*) as ::wasm::abi::Abi>::ALIGN;
            const FLAT: usize = <(#(#tys,)*) as ::wasm::abi::Abi>::FLAT;
        }
        impl ::wasm::abi::Lower for #name {
            fn lower(self, out: &mut ::wasm::abi::FlatWriter) {
                ::wasm::abi::Lower::lower((#(self.#fields,)*), out)
            }
            unsafe fn store(self, ptr: *mut u8) {
                unsafe { ::wasm::abi::Lower::store((#(self.#fields,)*), ptr) }
            }
        }
        impl ::wasm::abi::Lift for #name {
            unsafe fn lift(src: &mut ::wasm::abi::FlatReader<'_>) -> Self {
                let (#(#fields,)*) = unsafe { <(#(#tys,)*) as ::wasm::abi::Lift>::lift(src) };
                #name { #(#fields),* }
            }
            unsafe fn load(ptr: *const u8) -> Self {
                let (#(#fields,)*) = unsafe { <(#(#tys,)*) as ::wasm::abi::Lift>::load(ptr) };
                #name { #(#fields),* }
            }
        }
    }
}

/// `cabi_realloc` and the `component-type` custom section.
fn runtime_items(resolved: &Resolved) -> syn::Result<TokenStream> {
    let meta = resolved
        .metadata()
        .map_err(|e| syn::Error::new(Span::call_site(), format!("cannot encode component metadata: {e:#}")))?;
    let section = resolved.custom_section_name();
    let len = meta.len();
    let bytes = syn::LitByteStr::new(&meta, Span::call_site());
    Ok(quote! {
        #[cfg(target_arch = "wasm32")]
        #[unsafe(export_name = "cabi_realloc")]
        unsafe extern "C" fn __wasm_cabi_realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
            unsafe { ::wasm::abi::realloc(old, old_size, align, new_size) }
        }
        #[cfg(target_arch = "wasm32")]
        #[unsafe(link_section = #section)]
        #[used]
        static __WASM_COMPONENT_TYPE: [u8; #len] = *#bytes;
    })
}

/// Model mode: the world comes from the Rust signatures.
fn from_rust(
    opts: &Options,
    exports: &[ExportFn],
    imports: &[ImportBlock],
    structs: &[syn::ItemStruct],
) -> syn::Result<(TokenStream, TokenStream)> {
    let Some(name_lit) = &opts.name else {
        return Err(syn::Error::new(Span::call_site(), "#[wasm::component] needs a name: add `name = \"my-component\"` (or `wit = \"path.wit\"`)"));
    };
    let Some(version_lit) = &opts.version else {
        return Err(syn::Error::new(Span::call_site(), "#[wasm::component] needs a version: add `version = \"1.0.0\"`"));
    };
    let name = name_lit.value();
    if !names::is_valid_wit_id(&name) {
        return Err(syn::Error::new(name_lit.span(), format!("`{name}` is not a valid component name: use lowercase kebab-case words, e.g. `image-filter`")));
    }
    let v = version_lit.value();
    let full = if v.split('.').count() == 2 { format!("{v}.0") } else { v.clone() };
    let version = semver::Version::parse(&full)
        .map_err(|e| syn::Error::new(version_lit.span(), format!("malformed version `{v}`: {e} (expected e.g. `1.0.0`)")))?;
    let namespace = opts.namespace.as_ref().map_or("wasmrust".to_string(), |n| n.value());
    if !names::is_valid_wit_id(&namespace) {
        return Err(syn::Error::new(opts.namespace.as_ref().unwrap().span(), format!("`{namespace}` is not a valid WIT namespace")));
    }
    if exports.is_empty() {
        return Err(syn::Error::new(Span::call_site(), "a component must export something: mark a function #[wasm::export]"));
    }
    let candidates = record_candidates(structs);

    let mut export_funcs = Vec::new();
    for e in exports {
        let mut params = Vec::new();
        for (n, t) in &e.params {
            params.push(Param { name: n.clone(), ty: types::to_wit(t, &candidates, "#[wasm::export]")? });
        }
        let result = e.ret.as_ref().map(|t| types::to_wit(t, &candidates, "#[wasm::export]")).transpose()?;
        export_funcs.push(Func { name: names::to_kebab(&e.ident.to_string()), params, result });
    }
    let mut all_records: Vec<(Record, syn::ItemStruct)> = Vec::new();
    let mut interfaces = Vec::new();
    for b in imports {
        let mut funcs = Vec::new();
        for f in &b.fns {
            let mut params = Vec::new();
            for (n, t) in &f.params {
                params.push(Param { name: names::to_kebab(&n.to_string()), ty: types::to_wit(t, &candidates, "#[wasm::import]")? });
            }
            let result = f.ret.as_ref().map(|t| types::to_wit(t, &candidates, "#[wasm::import]")).transpose()?;
            funcs.push(Func { name: names::to_kebab(&f.item.sig.ident.to_string()), params, result });
        }
        let tys: Vec<Ty> = funcs.iter().flat_map(|f| f.params.iter().map(|p| p.ty.clone()).chain(f.result.clone())).collect();
        let mut recs = Vec::new();
        collect_records(&tys, structs, &candidates, &mut recs)?;
        for r in &recs {
            if !all_records.iter().any(|(x, _)| x.name == r.0.name) {
                all_records.push(r.clone());
            }
        }
        interfaces.push(Interface { spec: b.spec.clone(), records: recs.into_iter().map(|(r, _)| r).collect(), funcs });
    }
    let tys: Vec<Ty> = export_funcs.iter().flat_map(|f| f.params.iter().map(|p| p.ty.clone()).chain(f.result.clone())).collect();
    let mut export_recs = Vec::new();
    collect_records(&tys, structs, &candidates, &mut export_recs)?;
    let mut world_records = Vec::new();
    for r in export_recs {
        let in_import = interfaces.iter().any(|i| i.records.iter().any(|x| x.name == r.0.name));
        if !all_records.iter().any(|(x, _)| x.name == r.0.name) {
            all_records.push(r.clone());
        }
        if !in_import {
            world_records.push(r.0);
        }
    }

    let component = Component {
        namespace,
        name: name.clone(),
        version,
        records: world_records,
        exports: export_funcs,
        imports: interfaces,
    };
    let (resolved, text) = Resolved::from_component(&component)
        .map_err(|e| syn::Error::new(Span::call_site(), format!("the generated WIT world is invalid: {e:#}")))?;
    let funcs = resolved
        .functions()
        .map_err(|e| syn::Error::new(Span::call_site(), format!("{e:#}")))?;

    let mut out = TokenStream::new();
    for (_, s) in &all_records {
        out.extend(record_impls(s));
    }
    for f in &funcs {
        match &f.dir {
            Direction::Export { .. } => {
                let e = exports.iter().find(|e| names::to_kebab(&e.ident.to_string()) == f.func.name).expect("export from model");
                let ident = &e.ident;
                let params: Vec<TokenStream> = e.params.iter().map(|(_, t)| quote!(#t)).collect();
                let ret = e.ret.as_ref().map(|t| quote!(#t));
                out.extend(glue::export(f, &quote!(#ident), &params, ret.as_ref()));
            }
            Direction::Import { .. } => {}
        }
    }
    let rt = runtime_items(&resolved)?;
    out.extend(rt);
    wit_out::write(&format!("{name}.wit"), &text).map_err(|e| syn::Error::new(Span::call_site(), e))?;
    let import_fns = import_fns(&funcs, imports);
    Ok((out, quote! {
        #import_fns
        #[doc(hidden)]
        pub const __WASM_COMPONENT_WIT: &str = #text;
    }))
}

/// The Rust functions replacing `#[wasm::import]` declarations.
fn import_fns(funcs: &[AbiFunc], imports: &[ImportBlock]) -> TokenStream {
    let mut out = TokenStream::new();
    for b in imports {
        for f in &b.fns {
            let wit_name = names::to_kebab(&f.item.sig.ident.to_string());
            let abi = funcs
                .iter()
                .find(|a| a.interface_id.as_deref() == Some(&b.spec.interface_id()) && a.func.name == wit_name)
                .expect("import from model");
            let args: Vec<Ident> = f.params.iter().map(|(i, _)| i.clone()).collect();
            let tys: Vec<TokenStream> = f.params.iter().map(|(_, t)| quote!(#t)).collect();
            let ret = f.ret.as_ref().map(|t| quote!(#t));
            let body = glue::import_body(abi, &args, &tys, ret.as_ref());
            let attrs = &f.item.attrs;
            let vis = &f.item.vis;
            let ident = &f.item.sig.ident;
            let output = &f.item.sig.output;
            out.extend(quote! {
                #(#attrs)*
                #vis fn #ident(#(#args: #tys),*) #output { #body }
            });
        }
    }
    out
}

/// WIT mode: the world comes from a `.wit` file; exports are checked against it.
fn from_wit(
    wit: &LitStr,
    world: Option<&LitStr>,
    exports: &[ExportFn],
    structs: &[syn::ItemStruct],
) -> syn::Result<(TokenStream, TokenStream)> {
    let base = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from).unwrap_or_default();
    let path = base.join(wit.value());
    let resolved = Resolved::from_path(&path, world.map(|w| w.value()).as_deref())
        .map_err(|e| syn::Error::new(wit.span(), format!("{e:#}")))?;
    let funcs = resolved.functions().map_err(|e| syn::Error::new(wit.span(), format!("{e:#}")))?;
    resolved.check_supported().map_err(|e| syn::Error::new(wit.span(), format!("{e:#}")))?;

    // Records: generated as structs in the module.
    let mut records: Vec<Record> = Vec::new();
    for f in &funcs {
        for r in &f.records {
            match records.iter().find(|x| x.name == r.name) {
                Some(x) if x != r => {
                    return Err(syn::Error::new(wit.span(), format!("not supported yet: two different WIT records named `{}`", r.name)));
                }
                Some(_) => {}
                None => records.push(r.clone()),
            }
        }
    }
    let mut out = TokenStream::new();
    let mut record_structs = Vec::new();
    for r in &records {
        let name = format_ident!("{}", names::to_camel(&r.name));
        let fields = r.fields.iter().map(|f| {
            let id = syn::parse_str::<Ident>(&names::to_snake(&f.name)).expect("identifier");
            let t = types::to_rust(&f.ty, &quote!());
            quote!(pub #id: #t)
        });
        let s: syn::ItemStruct = syn::parse2(quote! {
            #[derive(Debug, Clone, PartialEq)]
            pub struct #name { #(#fields),* }
        })?;
        out.extend(record_impls(&s));
        record_structs.push(s);
    }
    let mut candidates = record_candidates(&record_structs);
    candidates.extend(record_candidates(structs));

    let world_name = resolved.world_name().to_string();
    let export_abis: Vec<&AbiFunc> = funcs.iter().filter(|f| matches!(f.dir, Direction::Export { .. })).collect();
    for e in exports {
        let kebab = names::to_kebab(&e.ident.to_string());
        let matching: Vec<&&AbiFunc> = export_abis.iter().filter(|f| f.func.name == kebab).collect();
        if matching.is_empty() {
            let names: Vec<String> = export_abis.iter().map(|f| f.func.name.clone()).collect();
            return Err(syn::Error::new_spanned(&e.ident, format!("world `{world_name}` exports no function `{kebab}` (it exports: {})", names.join(", "))));
        }
        if matching.len() > 1 {
            return Err(syn::Error::new_spanned(&e.ident, format!("not supported yet: world `{world_name}` exports `{kebab}` from several interfaces")));
        }
    }
    for f in &export_abis {
        let Some(e) = exports.iter().find(|e| names::to_kebab(&e.ident.to_string()) == f.func.name) else {
            let place = f.interface.as_ref().map(|i| format!(" (interface `{i}`)")).unwrap_or_default();
            return Err(syn::Error::new(wit.span(), format!("world `{world_name}` exports `{}`{place}, but the module has no #[wasm::export] fn {}", f.func.name, names::to_snake(&f.func.name))));
        };
        if e.params.len() != f.func.params.len() {
            return Err(syn::Error::new_spanned(&e.ident, format!("`{}` takes {} parameters in the WIT world, {} here", f.func.name, f.func.params.len(), e.params.len())));
        }
        for ((_, t), p) in e.params.iter().zip(&f.func.params) {
            let got = types::to_wit(t, &candidates, "#[wasm::export]")?;
            if got != p.ty {
                return Err(syn::Error::new_spanned(t, format!("this is `{}` in WIT, but the world declares `{}: {}`", wit_gen::render::ty(&got), p.name, wit_gen::render::ty(&p.ty))));
            }
        }
        let got = e.ret.as_ref().map(|t| types::to_wit(t, &candidates, "#[wasm::export]")).transpose()?;
        if got != f.func.result {
            let show = |t: &Option<Ty>| t.as_ref().map_or("nothing".to_string(), wit_gen::render::ty);
            let span = e.ret.as_ref().map_or(e.ident.span(), |t| t.span());
            return Err(syn::Error::new(span, format!("`{}` returns `{}` in the WIT world, `{}` here", f.func.name, show(&f.func.result), show(&got))));
        }
        let ident = &e.ident;
        let params: Vec<TokenStream> = e.params.iter().map(|(_, t)| quote!(#t)).collect();
        let ret = e.ret.as_ref().map(|t| quote!(#t));
        out.extend(glue::export(f, &quote!(#ident), &params, ret.as_ref()));
    }

    // Imports: one Rust module per interface.
    let mut modules: Vec<(String, TokenStream)> = Vec::new();
    for f in funcs.iter().filter(|f| matches!(f.dir, Direction::Import { .. })) {
        let iface = f.interface.clone().unwrap_or_default();
        let ident = syn::parse_str::<Ident>(&names::to_snake(&f.func.name)).expect("identifier");
        let args: Vec<Ident> = f.func.params.iter().map(|p| syn::parse_str::<Ident>(&names::to_snake(&p.name)).expect("identifier")).collect();
        let tys: Vec<TokenStream> = f.func.params.iter().map(|p| types::to_rust(&p.ty, &quote!(super::))).collect();
        let ret = f.func.result.as_ref().map(|t| types::to_rust(t, &quote!(super::)));
        let body = glue::import_body(f, &args, &tys, ret.as_ref());
        let output = ret.as_ref().map(|r| quote!(-> #r));
        let doc = format!("`{}` imported from `{}`.", f.func.name, f.interface_id.clone().unwrap_or_default());
        let item = quote! {
            #[doc = #doc]
            pub fn #ident(#(#args: #tys),*) #output { #body }
        };
        match modules.iter_mut().find(|(m, _)| *m == iface) {
            Some((_, ts)) => ts.extend(item),
            None => modules.push((iface, item)),
        }
    }
    let import_mods = modules.into_iter().map(|(m, items)| {
        let m = syn::parse_str::<Ident>(&names::to_snake(&m)).expect("identifier");
        quote!(pub mod #m { #items })
    });
    out.extend(runtime_items(&resolved)?);
    let text = resolved.to_wit().map_err(|e| syn::Error::new(wit.span(), format!("{e:#}")))?;
    let record_structs = record_structs.iter();
    Ok((out, quote! {
        #(#record_structs)*
        #(#import_mods)*
        #[doc(hidden)]
        pub const __WASM_COMPONENT_WIT: &str = #text;
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand_err(args: TokenStream, item: TokenStream) -> String {
        expand(args, item).err().expect("expansion should fail").to_string()
    }

    #[test]
    fn wit_mode_checks_types_against_the_world() {
        let e = expand_err(
            quote!(wit = "../wasm/tests/wit/gfx.wit", world = "consumer"),
            quote!(mod c {
                #[wasm::export]
                pub fn histogram(pixels: Vec<u16>) -> Vec<u32> { todo!() }
            }),
        );
        assert_eq!(e, "this is `list<u16>` in WIT, but the world declares `pixels: list<u8>`");
    }

    #[test]
    fn wit_mode_requires_every_export() {
        let e = expand_err(
            quote!(wit = "../wasm/tests/wit/gfx.wit", world = "provider"),
            quote!(mod p {
                #[wasm::export]
                pub fn measure(pixels: Vec<u8>) -> Stats { todo!() }
            }),
        );
        assert_eq!(e, "world `provider` exports `convolve-3x3` (interface `gfx`), but the module has no #[wasm::export] fn convolve_3x3");
    }

    #[test]
    fn wit_mode_rejects_unknown_exports() {
        let e = expand_err(
            quote!(wit = "../wasm/tests/wit/gfx.wit", world = "consumer"),
            quote!(mod c {
                #[wasm::export]
                pub fn histogram(pixels: Vec<u8>) -> Vec<u32> { todo!() }
                #[wasm::export]
                pub fn extra() {}
            }),
        );
        assert_eq!(e, "world `consumer` exports no function `extra` (it exports: histogram)");
    }

    #[test]
    fn wit_mode_reports_missing_files() {
        let e = expand_err(quote!(wit = "nope.wit"), quote!(mod c {}));
        assert!(e.starts_with("cannot load WIT from"), "{e}");
    }

    #[test]
    fn a_component_must_export_something() {
        let e = expand_err(quote!(name = "x", version = "1.0.0"), quote!(mod c {}));
        assert!(e.contains("must export something"), "{e}");
    }

    #[test]
    fn keys_are_checked() {
        let e = expand_err(quote!(name = "x", vesion = "1.0.0"), quote!(mod c {}));
        assert!(e.starts_with("unknown #[wasm::component] key `vesion`"), "{e}");
        let e = expand_err(quote!(name = "Image_Filter", version = "1.0.0"), quote!(mod c {}));
        assert!(e.contains("not a valid component name"), "{e}");
    }
}
