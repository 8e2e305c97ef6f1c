//! Canonical-ABI glue for one function, from wit-parser's view of its core signature.
//!
//! The value conversions live in `wasm::abi` (traits implemented per type); this module only
//! wires core parameters/results to them. Every shim also asserts, at compile time, that the
//! runtime's flat counts and sizes agree with wit-parser's signature.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use wit_gen::resolve::{AbiFunc, CoreTy, Direction};

fn core_ty(t: CoreTy) -> TokenStream {
    match t {
        CoreTy::I32 => quote!(i32),
        CoreTy::I64 => quote!(i64),
        CoreTy::F32 => quote!(f32),
        CoreTy::F64 => quote!(f64),
    }
}

fn to_bits(t: CoreTy, v: &TokenStream) -> TokenStream {
    match t {
        CoreTy::I32 => quote!(::wasm::abi::from_i32(#v)),
        CoreTy::I64 => quote!(::wasm::abi::from_i64(#v)),
        CoreTy::F32 => quote!(::wasm::abi::from_f32(#v)),
        CoreTy::F64 => quote!(::wasm::abi::from_f64(#v)),
    }
}

fn from_bits(t: CoreTy, v: &TokenStream) -> TokenStream {
    match t {
        CoreTy::I32 => quote!(::wasm::abi::to_i32(#v)),
        CoreTy::I64 => quote!(::wasm::abi::to_i64(#v)),
        CoreTy::F32 => quote!(::wasm::abi::to_f32(#v)),
        CoreTy::F64 => quote!(::wasm::abi::to_f64(#v)),
    }
}

/// Compile-time agreement between `wasm::abi` and wit-parser for this function.
fn checks(f: &AbiFunc, params: &[TokenStream], result: Option<&TokenStream>) -> TokenStream {
    let name = &f.func.name;
    let mut out = TokenStream::new();
    if !f.indirect_params {
        let n = f.params.len() - usize::from(f.retptr && matches!(f.dir, Direction::Import { .. }));
        let msg = format!("wasm::abi flat parameter count disagrees with the WIT signature of `{name}`");
        out.extend(quote!(assert!(0 #(+ <#params as ::wasm::abi::Abi>::FLAT)* == #n, #msg);));
    } else {
        let (s, a) = (f.params_size, f.params_align);
        let msg = format!("wasm::abi parameter layout disagrees with the WIT signature of `{name}`");
        out.extend(quote!(assert!(<(#(#params,)*) as ::wasm::abi::Abi>::SIZE == #s && <(#(#params,)*) as ::wasm::abi::Abi>::ALIGN == #a, #msg);));
    }
    if let Some(r) = result {
        let (s, a) = (f.result_size, f.result_align);
        let msg = format!("wasm::abi result layout disagrees with the WIT signature of `{name}`");
        out.extend(quote!(assert!(<#r as ::wasm::abi::Abi>::SIZE == #s && <#r as ::wasm::abi::Abi>::ALIGN == #a, #msg);));
    }
    quote!(const _: () = { #out };)
}

/// The exported shim (and post-return) calling `target` (a path to the user's function).
pub fn export(f: &AbiFunc, target: &TokenStream, params: &[TokenStream], result: Option<&TokenStream>) -> TokenStream {
    let Direction::Export { name, post_return } = &f.dir else { unreachable!() };
    let shim = format_ident!("__wasm_export_{}", wit_gen::names::to_snake(&f.func.name).trim_start_matches("r#"));
    let post = format_ident!("{}_post_return", shim);
    let core_params: Vec<Ident> = (0..f.params.len()).map(|i| format_ident!("p{i}")).collect();
    let core_tys: Vec<TokenStream> = f.params.iter().map(|t| core_ty(*t)).collect();
    let args: Vec<Ident> = (0..params.len()).map(|i| format_ident!("a{i}")).collect();

    let lift_args = if f.indirect_params {
        let (s, a) = (f.params_size, f.params_align);
        quote! {
            let __area = p0 as usize as *mut u8;
            let (#(#args,)*) = <(#(#params,)*) as ::wasm::abi::Lift>::load(__area);
            ::wasm::abi::free_area(__area, #s, #a);
        }
    } else {
        let bits = f.params.iter().zip(&core_params).map(|(t, p)| to_bits(*t, &quote!(#p)));
        let n = f.params.len();
        quote! {
            let __flat: [u64; #n] = [#(#bits),*];
            let mut __src = ::wasm::abi::FlatReader::new(&__flat);
            #(let #args = <#params as ::wasm::abi::Lift>::lift(&mut __src);)*
        }
    };

    let (ret_ty, ret_body, post_fn) = match (result, f.results.as_slice()) {
        (None, _) => (quote!(), quote!(let () = __ret;), quote!()),
        (Some(_), [t]) if !f.retptr => {
            let ct = core_ty(*t);
            let v = from_bits(*t, &quote!(__w.get(0)));
            (
                quote!(-> #ct),
                quote! {
                    let mut __w = ::wasm::abi::FlatWriter::new();
                    ::wasm::abi::Lower::lower(__ret, &mut __w);
                    #v
                },
                quote!(),
            )
        }
        (Some(r), _) => {
            let (s, a) = (f.result_size, f.result_align);
            (
                quote!(-> i32),
                quote! {
                    let __area = ::wasm::abi::alloc_area(#s, #a);
                    ::wasm::abi::Lower::store(__ret, __area);
                    __area as usize as i32
                },
                quote! {
                    #[cfg(target_arch = "wasm32")]
                    #[unsafe(export_name = #post_return)]
                    unsafe extern "C" fn #post(p0: i32) {
                        unsafe {
                            let __area = p0 as usize as *mut u8;
                            ::core::mem::drop(<#r as ::wasm::abi::Lift>::load(__area));
                            ::wasm::abi::free_area(__area, #s, #a);
                        }
                    }
                },
            )
        }
    };
    let checks = checks(f, params, result);
    quote! {
        #checks
        #[cfg(target_arch = "wasm32")]
        #[unsafe(export_name = #name)]
        unsafe extern "C" fn #shim(#(#core_params: #core_tys),*) #ret_ty {
            ::wasm::abi::run_ctors_once();
            unsafe {
                #lift_args
                let __ret = #target(#(#args),*);
                #ret_body
            }
        }
        #post_fn
    }
}

/// The body of an imported function whose parameters are named `args`.
pub fn import_body(f: &AbiFunc, args: &[Ident], params: &[TokenStream], result: Option<&TokenStream>) -> TokenStream {
    let Direction::Import { module, field } = &f.dir else { unreachable!() };
    let core_params: Vec<Ident> = (0..f.params.len()).map(|i| format_ident!("p{i}")).collect();
    let core_tys: Vec<TokenStream> = f.params.iter().map(|t| core_ty(*t)).collect();
    let core_ret = match f.results.as_slice() {
        [] => quote!(),
        [t] => {
            let t = core_ty(*t);
            quote!(-> #t)
        }
        _ => unreachable!("sync imports return at most one core value"),
    };
    let n_value_params = f.params.len() - usize::from(f.retptr);

    let (lower, call_args, give_back) = if f.indirect_params {
        let (s, a) = (f.params_size, f.params_align);
        (
            quote! {
                let __params = ::wasm::abi::alloc_area(#s, #a);
                ::wasm::abi::Lower::store((#(#args,)*), __params);
            },
            vec![quote!(__params as usize as i32)],
            quote! {
                ::core::mem::drop(<(#(#params,)*) as ::wasm::abi::Lift>::load(__params));
                ::wasm::abi::free_area(__params, #s, #a);
            },
        )
    } else {
        let vals = f.params[..n_value_params]
            .iter()
            .enumerate()
            .map(|(i, t)| from_bits(*t, &quote!(__w.get(#i))))
            .collect();
        (
            quote! {
                let mut __w = ::wasm::abi::FlatWriter::new();
                #(::wasm::abi::Lower::lower(#args, &mut __w);)*
            },
            vals,
            quote! {
                // The callee copied the arguments; their buffers come back to us to free.
                let mut __rd = ::wasm::abi::FlatReader::new(__w.as_slice());
                #(::core::mem::drop(<#params as ::wasm::abi::Lift>::lift(&mut __rd));)*
            },
        )
    };
    let mut call_args = call_args;
    let (ret_area, lift_ret) = match (result, f.results.as_slice()) {
        (None, _) => (quote!(), quote!(let _ = __r;)),
        (Some(r), _) if f.retptr => {
            let words = f.result_size.div_ceil(8);
            call_args.push(quote!(__ret_area.as_mut_ptr() as usize as i32));
            (
                quote!(let mut __ret_area = ::core::mem::MaybeUninit::<[u64; #words]>::uninit();),
                quote!(<#r as ::wasm::abi::Lift>::load(__ret_area.as_ptr() as *const u8)),
            )
        }
        (Some(r), [t]) => {
            let bits = to_bits(*t, &quote!(__r));
            (quote!(), quote! {
                let __flat = [#bits];
                <#r as ::wasm::abi::Lift>::lift(&mut ::wasm::abi::FlatReader::new(&__flat))
            })
        }
        (Some(_), _) => unreachable!("a result is either direct or through a return pointer"),
    };
    let checks = checks(f, params, result);
    let msg = format!("component import `{module}#{field}` can only be called inside a WebAssembly component (wasm32)");
    quote! {
        #checks
        #[cfg(target_arch = "wasm32")]
        {
            #[link(wasm_import_module = #module)]
            unsafe extern "C" {
                #[link_name = #field]
                fn __wasm_import(#(#core_params: #core_tys),*) #core_ret;
            }
            unsafe {
                #lower
                #ret_area
                let __r = __wasm_import(#(#call_args),*);
                #give_back
                #lift_ret
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = (#(#args,)*);
            panic!(#msg)
        }
    }
}
