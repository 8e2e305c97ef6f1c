//! WIT (as resolved by wit-parser) -> the model types of [`crate::model`].

use crate::model::{Field, Func, Param, Record, Ty};
use anyhow::{Result, bail};
use wit_parser::{Resolve, Type, TypeDefKind};

/// Converts a WIT type, collecting the records it mentions into `records`.
pub fn ty(resolve: &Resolve, t: &Type, records: &mut Vec<Record>) -> Result<Ty> {
    Ok(match t {
        Type::Bool => Ty::Bool,
        Type::U8 => Ty::U8,
        Type::U16 => Ty::U16,
        Type::U32 => Ty::U32,
        Type::U64 => Ty::U64,
        Type::S8 => Ty::S8,
        Type::S16 => Ty::S16,
        Type::S32 => Ty::S32,
        Type::S64 => Ty::S64,
        Type::F32 => Ty::F32,
        Type::F64 => Ty::F64,
        Type::Char => Ty::Char,
        Type::String => Ty::String,
        Type::ErrorContext => bail!("not supported yet: WIT `error-context` on the WasmRust component boundary"),
        Type::Id(id) => {
            let def = &resolve.types[*id];
            match &def.kind {
                TypeDefKind::Type(inner) => ty(resolve, inner, records)?,
                TypeDefKind::List(e) => Ty::List(Box::new(ty(resolve, e, records)?)),
                TypeDefKind::Option(e) => Ty::Option(Box::new(ty(resolve, e, records)?)),
                TypeDefKind::Tuple(tu) => Ty::Tuple(
                    tu.types.iter().map(|t| ty(resolve, t, records)).collect::<Result<_>>()?,
                ),
                TypeDefKind::Result(r) => Ty::Result(
                    r.ok.as_ref().map(|t| ty(resolve, t, records)).transpose()?.map(Box::new),
                    r.err.as_ref().map(|t| ty(resolve, t, records)).transpose()?.map(Box::new),
                ),
                TypeDefKind::Record(r) => {
                    let name = def.name.clone().expect("WIT records are always named");
                    if !records.iter().any(|x| x.name == name) {
                        let mut fields = Vec::new();
                        for f in &r.fields {
                            fields.push(Field { name: f.name.clone(), ty: ty(resolve, &f.ty, records)? });
                        }
                        records.push(Record { name: name.clone(), fields });
                    }
                    Ty::Named(name)
                }
                other => bail!(
                    "not supported yet: WIT {} types on the WasmRust component boundary{}",
                    kind_name(other),
                    def.name.as_ref().map(|n| format!(" (`{n}`)")).unwrap_or_default()
                ),
            }
        }
    })
}

fn kind_name(k: &TypeDefKind) -> &'static str {
    match k {
        TypeDefKind::Resource | TypeDefKind::Handle(_) => "resource",
        TypeDefKind::Flags(_) => "flags",
        TypeDefKind::Variant(_) => "variant",
        TypeDefKind::Enum(_) => "enum",
        TypeDefKind::Map(..) => "map",
        TypeDefKind::FixedLengthList(..) => "fixed-length list",
        TypeDefKind::Future(_) => "future",
        TypeDefKind::Stream(_) => "stream",
        _ => "these",
    }
}

/// Converts a WIT function.
pub fn func(resolve: &Resolve, f: &wit_parser::Function, records: &mut Vec<Record>) -> Result<Func> {
    if !matches!(f.kind, wit_parser::FunctionKind::Freestanding) {
        bail!("not supported yet: WIT resource methods and async functions (`{}`)", f.name);
    }
    let mut params = Vec::new();
    for p in &f.params {
        params.push(Param { name: p.name.clone(), ty: ty(resolve, &p.ty, records)? });
    }
    let result = f.result.as_ref().map(|t| ty(resolve, t, records)).transpose()?;
    Ok(Func { name: f.name.clone(), params, result })
}
