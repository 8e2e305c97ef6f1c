//! A component described the way `#[wasm::component]` sees it: records, exported functions,
//! imported interfaces. Names are WIT (kebab-case) names.

use crate::ImportSpec;

/// A WIT value type supported on the WasmRust component boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Bool,
    U8,
    U16,
    U32,
    U64,
    S8,
    S16,
    S32,
    S64,
    F32,
    F64,
    Char,
    String,
    List(Box<Ty>),
    Tuple(Vec<Ty>),
    Option(Box<Ty>),
    Result(Option<Box<Ty>>, Option<Box<Ty>>),
    /// A record defined in the same world or interface, by its WIT name.
    Named(String),
}

/// A named field of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
}

/// A WIT record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub name: String,
    pub fields: Vec<Field>,
}

/// A function parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub ty: Ty,
}

/// A WIT function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Func {
    pub name: String,
    pub params: Vec<Param>,
    pub result: Option<Ty>,
}

/// An imported interface, with the functions and records the component uses from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    pub spec: ImportSpec,
    pub records: Vec<Record>,
    pub funcs: Vec<Func>,
}

/// A whole component: `package <namespace>:<name>@<version>; world <name> { ... }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component {
    pub namespace: String,
    pub name: String,
    pub version: semver::Version,
    /// Records defined at world level (used by exports).
    pub records: Vec<Record>,
    /// Functions exported directly from the world.
    pub exports: Vec<Func>,
    /// Interfaces the world imports.
    pub imports: Vec<Interface>,
}

impl Ty {
    /// Visits every record name this type mentions.
    pub fn named(&self, out: &mut Vec<String>) {
        match self {
            Ty::Named(n) => {
                if !out.contains(n) {
                    out.push(n.clone())
                }
            }
            Ty::List(t) | Ty::Option(t) => t.named(out),
            Ty::Tuple(ts) => ts.iter().for_each(|t| t.named(out)),
            Ty::Result(a, b) => {
                if let Some(a) = a {
                    a.named(out)
                }
                if let Some(b) = b {
                    b.named(out)
                }
            }
            _ => {}
        }
    }
}

impl Func {
    /// Record names used by the parameters and result.
    pub fn named(&self) -> Vec<String> {
        let mut out = Vec::new();
        for p in &self.params {
            p.ty.named(&mut out);
        }
        if let Some(r) = &self.result {
            r.named(&mut out);
        }
        out
    }
}
