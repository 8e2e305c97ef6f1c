//! The backend's calling convention, the same on both sides of every call because both sides
//! are lowered by this backend: each Rust-level argument is passed as nothing (ZST), one wasm
//! value (scalar layout), two (scalar pair) or a pointer to a copy (anything else); results
//! that are not a single scalar are written through a hidden first pointer parameter.
//! `#[track_caller]` functions take the `&Location` as a trailing parameter. For `extern "C"`
//! signatures of scalars this coincides with the wasm32 C ABI.

use rustc_abi::{BackendRepr, Float, Integer, Primitive};
use rustc_middle::ty::layout::{LayoutCx, LayoutOf, TyAndLayout};
use rustc_middle::ty::{self, Ty, TyCtxt};
use wasmir::{Signature, Type};

/// How one value crosses a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassMode {
    Ignore,
    Scalar(Type),
    Pair(Type, Type),
    Indirect,
}

/// The wasm type of a scalar, or why there is none yet.
pub fn scalar_type(s: rustc_abi::Scalar) -> Result<Type, String> {
    Ok(match s.primitive() {
        Primitive::Int(Integer::I8 | Integer::I16 | Integer::I32, _) => Type::I32,
        Primitive::Int(Integer::I64, _) => Type::I64,
        Primitive::Int(Integer::I128, _) => return Err("128-bit integers".into()),
        Primitive::Float(Float::F32) => Type::F32,
        Primitive::Float(Float::F64) => Type::F64,
        Primitive::Float(_) => return Err("f16/f128".into()),
        Primitive::Pointer(_) => Type::I32,
    })
}

pub fn pass_mode(l: TyAndLayout<'_>) -> Result<PassMode, String> {
    if l.is_zst() {
        return Ok(PassMode::Ignore);
    }
    if !l.is_sized() {
        // `unsized_fn_params` (`Box<dyn FnOnce()>` calls `call_once(*self)`): the address and
        // the metadata, as rustc_codegen_ssa's indirect-with-metadata pass mode.
        return Ok(PassMode::Pair(Type::I32, Type::I32));
    }
    Ok(match l.backend_repr {
        BackendRepr::Scalar(s) if crate::wide::is_wide(s) => PassMode::Pair(Type::I64, Type::I64),
        ref r if crate::wide::is_wide_pair(r) => PassMode::Indirect,
        BackendRepr::Scalar(s) => PassMode::Scalar(scalar_type(s)?),
        BackendRepr::ScalarPair(a, b) => PassMode::Pair(scalar_type(a)?, scalar_type(b)?),
        BackendRepr::Memory { .. } => PassMode::Indirect,
        _ => return Err(format!("SIMD values (`{}`)", l.ty)),
    })
}

/// A lowered function signature.
#[derive(Clone, Debug)]
pub struct FnAbi<'tcx> {
    pub args: Vec<(TyAndLayout<'tcx>, PassMode)>,
    pub ret: TyAndLayout<'tcx>,
    pub ret_mode: PassMode,
    pub caller_location: bool,
    /// A C-variadic function (`printf(fmt, ...)`): the wasm32 C ABI passes the variadic
    /// arguments in a buffer whose address is the last parameter.
    pub c_variadic: bool,
}

impl<'tcx> FnAbi<'tcx> {
    pub fn from_types(lcx: &LayoutCx<'tcx>, inputs: &[Ty<'tcx>], output: Ty<'tcx>, caller_location: bool) -> Result<Self, String> {
        let mut args = Vec::new();
        for &t in inputs {
            let l = lcx.layout_of(t).map_err(|e| format!("layout of `{t}`: {e}"))?;
            args.push((l, pass_mode(l)?));
        }
        let ret = lcx.layout_of(output).map_err(|e| format!("layout of `{output}`: {e}"))?;
        let ret_mode = match pass_mode(ret)? {
            PassMode::Ignore => PassMode::Ignore,
            _ if ret.is_uninhabited() => PassMode::Ignore,
            PassMode::Scalar(t) => PassMode::Scalar(t),
            _ => PassMode::Indirect,
        };
        Ok(FnAbi { args, ret, ret_mode, caller_location, c_variadic: false })
    }

    /// The caller's view: from the callee's Rust signature; `extern "rust-call"` untuples the
    /// last argument.
    pub fn for_fn_sig(lcx: &LayoutCx<'tcx>, tcx: TyCtxt<'tcx>, sig: ty::PolyFnSig<'tcx>, caller_location: bool) -> Result<Self, String> {
        let sig = tcx.normalize_erasing_late_bound_regions(ty::TypingEnv::fully_monomorphized(), sig);
        let mut inputs: Vec<Ty<'tcx>> = sig.inputs().to_vec();
        if sig.abi == rustc_abi::ExternAbi::RustCall {
            if let Some(last) = inputs.pop() {
                inputs.extend(last.tuple_fields().iter());
            }
        }
        let mut abi = Self::from_types(lcx, &inputs, sig.output(), caller_location)?;
        abi.c_variadic = sig.c_variadic;
        Ok(abi)
    }

    /// The wasm signature.
    pub fn signature(&self) -> Signature {
        let mut params = Vec::new();
        let mut results = Vec::new();
        match self.ret_mode {
            PassMode::Scalar(t) => results.push(t),
            PassMode::Indirect => params.push(Type::I32),
            _ => {}
        }
        for (_, m) in &self.args {
            match *m {
                PassMode::Ignore => {}
                PassMode::Scalar(t) => params.push(t),
                PassMode::Pair(a, b) => {
                    params.push(a);
                    params.push(b)
                }
                PassMode::Indirect => params.push(Type::I32),
            }
        }
        if self.c_variadic {
            params.push(Type::I32);
        }
        if self.caller_location {
            params.push(Type::I32);
        }
        Signature { params, results }
    }

    /// Whether this signature can be an `extern "C"` import/export as is.
    pub fn is_c_compatible(&self) -> bool {
        self.args.iter().all(|(_, m)| matches!(m, PassMode::Ignore | PassMode::Scalar(_)))
            && matches!(self.ret_mode, PassMode::Ignore | PassMode::Scalar(_))
            && !self.caller_location
    }
}
