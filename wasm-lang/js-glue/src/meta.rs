//! The `wasmrust.js` custom section `#[wasm::js]` writes: one JSON object per line, one line
//! per exported or imported function.
//!
//! ```json
//! {"kind":"export","name":"greet","js_name":"greet","doc":"..","params":[{"name":"who","ty":"str"}],"ret":"string","fallible":false}
//! {"kind":"import","name":"log","js_name":"log","source":{"imports":null},"doc":"","params":[..],"ret":"unit","fallible":false}
//! ```
//! Types: `unit`, `bool`, `i8`..`i64`, `u8`..`u64`, `f32`, `f64`, `str`, `string`, and
//! `slice<N>`, `mut_slice<N>`, `vec<N>` over a number type `N`.

use anyhow::{Context, Result, bail};
use serde::Deserialize;

/// The custom section's name.
pub const SECTION: &str = "wasmrust.js";

/// Export or import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Export,
    Import,
}

/// Where an imported function comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The `imports` object given to `init`.
    Imports(Option<()>),
    /// An ES module specifier.
    Module(String),
    /// A dotted global path.
    Global(String),
}

/// A number type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Num {
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
    /// Short name (`u8`, `f32`, ..).
    pub fn name(self) -> &'static str {
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
    /// Size in bytes (also the alignment).
    pub fn size(self) -> u32 {
        match self {
            Num::I8 | Num::U8 => 1,
            Num::I16 | Num::U16 => 2,
            Num::I32 | Num::U32 | Num::F32 => 4,
            Num::I64 | Num::U64 | Num::F64 => 8,
        }
    }
    /// The JS typed array holding these values.
    pub fn typed_array(self) -> &'static str {
        match self {
            Num::I8 => "Int8Array",
            Num::I16 => "Int16Array",
            Num::I32 => "Int32Array",
            Num::I64 => "BigInt64Array",
            Num::U8 => "Uint8Array",
            Num::U16 => "Uint16Array",
            Num::U32 => "Uint32Array",
            Num::U64 => "BigUint64Array",
            Num::F32 => "Float32Array",
            Num::F64 => "Float64Array",
        }
    }
    /// Whether JS sees it as a `bigint`.
    pub fn is_big(self) -> bool {
        matches!(self, Num::I64 | Num::U64)
    }
}

/// A boundary type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
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
    /// Parses a metadata type name.
    pub fn parse(s: &str) -> Result<Ty> {
        let elem = |inner: &str| Num::parse(inner).with_context(|| format!("unknown element type `{inner}`"));
        Ok(match s {
            "unit" => Ty::Unit,
            "bool" => Ty::Bool,
            "str" => Ty::Str,
            "string" => Ty::String,
            _ => {
                if let Some(n) = Num::parse(s) {
                    Ty::Num(n)
                } else if let Some(i) = s.strip_prefix("slice<").and_then(|r| r.strip_suffix('>')) {
                    Ty::Slice(elem(i)?)
                } else if let Some(i) = s.strip_prefix("mut_slice<").and_then(|r| r.strip_suffix('>')) {
                    Ty::SliceMut(elem(i)?)
                } else if let Some(i) = s.strip_prefix("vec<").and_then(|r| r.strip_suffix('>')) {
                    Ty::Vec(elem(i)?)
                } else {
                    bail!("unknown type `{s}`")
                }
            }
        })
    }
}

#[derive(Deserialize)]
struct RawParam {
    name: String,
    ty: String,
}

#[derive(Deserialize)]
struct RawItem {
    kind: Kind,
    name: String,
    js_name: String,
    #[serde(default)]
    source: Option<Source>,
    #[serde(default)]
    doc: String,
    params: Vec<RawParam>,
    ret: String,
    #[serde(default)]
    fallible: bool,
}

/// A parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub ty: Ty,
}

/// One exported or imported function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Func {
    pub kind: Kind,
    /// The Rust name (the wasm import field for imports).
    pub name: String,
    /// The JS name (the wasm export name for exports).
    pub js_name: String,
    pub source: Source,
    pub doc: String,
    pub params: Vec<Param>,
    pub ret: Ty,
    /// Returns `Result`: the glue throws an `Error` with the message on `Err`.
    pub fallible: bool,
}

/// Parses the section's contents (concatenated lines from every object file).
pub fn parse(data: &[u8]) -> Result<Vec<Func>> {
    let text = std::str::from_utf8(data).context("the wasmrust.js section is not UTF-8")?;
    let mut out: Vec<Func> = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let raw: RawItem = serde_json::from_str(line).with_context(|| format!("wasmrust.js entry {}: malformed", i + 1))?;
        let ctx = || format!("wasmrust.js entry `{}`", raw.name);
        let params = raw
            .params
            .iter()
            .map(|p| Ok(Param { name: p.name.clone(), ty: Ty::parse(&p.ty)? }))
            .collect::<Result<Vec<_>>>()
            .with_context(ctx)?;
        let f = Func {
            kind: raw.kind,
            ret: Ty::parse(&raw.ret).with_context(ctx)?,
            source: raw.source.clone().unwrap_or(Source::Imports(None)),
            name: raw.name,
            js_name: raw.js_name,
            doc: raw.doc,
            params,
            fallible: raw.fallible,
        };
        // LTO or several codegen units can keep one item's static twice; identical lines are one.
        if let Some(prev) = out.iter().find(|g| g.kind == f.kind && g.js_name == f.js_name) {
            if *prev != f {
                bail!("two different #[wasm::js] functions are named `{}`", f.js_name);
            }
            continue;
        }
        out.push(f);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines_and_deduplicates() {
        let line = r#"{"kind":"export","name":"add","js_name":"add","doc":"Adds.","params":[{"name":"a","ty":"i32"},{"name":"b","ty":"slice<f32>"}],"ret":"vec<u8>","fallible":true}"#;
        let imp = r#"{"kind":"import","name":"random","js_name":"random","source":{"global":"Math"},"doc":"","params":[],"ret":"f64","fallible":false}"#;
        let data = format!("{line}\n{imp}\n{line}\n");
        let fs = parse(data.as_bytes()).unwrap();
        assert_eq!(fs.len(), 2);
        assert_eq!(fs[0].params[1].ty, Ty::Slice(Num::F32));
        assert_eq!(fs[0].ret, Ty::Vec(Num::U8));
        assert!(fs[0].fallible);
        assert_eq!(fs[1].source, Source::Global("Math".into()));
    }

    #[test]
    fn rejects_unknown_types_and_conflicts() {
        let bad = r#"{"kind":"export","name":"f","js_name":"f","params":[{"name":"a","ty":"slice<str>"}],"ret":"unit"}"#;
        let e = format!("{:#}", parse(bad.as_bytes()).unwrap_err());
        assert!(e.contains("unknown element type `str`"), "{e}");
        let a = r#"{"kind":"export","name":"f","js_name":"f","params":[],"ret":"unit"}"#;
        let b = r#"{"kind":"export","name":"g","js_name":"f","params":[],"ret":"unit"}"#;
        let e = format!("{:#}", parse(format!("{a}\n{b}").as_bytes()).unwrap_err());
        assert!(e.contains("two different"), "{e}");
        assert!(parse(b"{not json").is_err());
    }
}
