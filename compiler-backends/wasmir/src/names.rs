//! Text-format spellings of operations, shared by the printer and the parser.

use crate::ir::*;

pub(crate) const UNOPS: &[(UnOp, &str)] = &[
    (UnOp::Clz, "clz"),
    (UnOp::Ctz, "ctz"),
    (UnOp::Popcnt, "popcnt"),
    (UnOp::Eqz, "eqz"),
    (UnOp::Neg, "neg"),
    (UnOp::Abs, "abs"),
    (UnOp::Sqrt, "sqrt"),
    (UnOp::Ceil, "ceil"),
    (UnOp::Floor, "floor"),
    (UnOp::Trunc, "trunc"),
    (UnOp::Nearest, "nearest"),
];

pub(crate) const BINOPS: &[(BinOp, &str)] = &[
    (BinOp::Add, "add"),
    (BinOp::Sub, "sub"),
    (BinOp::Mul, "mul"),
    (BinOp::DivS, "div_s"),
    (BinOp::DivU, "div_u"),
    (BinOp::RemS, "rem_s"),
    (BinOp::RemU, "rem_u"),
    (BinOp::And, "and"),
    (BinOp::Or, "or"),
    (BinOp::Xor, "xor"),
    (BinOp::Shl, "shl"),
    (BinOp::ShrS, "shr_s"),
    (BinOp::ShrU, "shr_u"),
    (BinOp::Rotl, "rotl"),
    (BinOp::Rotr, "rotr"),
    (BinOp::Div, "div"),
    (BinOp::Min, "min"),
    (BinOp::Max, "max"),
    (BinOp::Copysign, "copysign"),
];

pub(crate) const CMPOPS: &[(CmpOp, &str)] = &[
    (CmpOp::Eq, "eq"),
    (CmpOp::Ne, "ne"),
    (CmpOp::LtS, "lt_s"),
    (CmpOp::LtU, "lt_u"),
    (CmpOp::GtS, "gt_s"),
    (CmpOp::GtU, "gt_u"),
    (CmpOp::LeS, "le_s"),
    (CmpOp::LeU, "le_u"),
    (CmpOp::GeS, "ge_s"),
    (CmpOp::GeU, "ge_u"),
    (CmpOp::Lt, "lt"),
    (CmpOp::Gt, "gt"),
    (CmpOp::Le, "le"),
    (CmpOp::Ge, "ge"),
];

pub(crate) const CONVOPS: &[(ConvOp, &str)] = &[
    (ConvOp::Wrap, "wrap"),
    (ConvOp::ExtendS, "extend_s"),
    (ConvOp::ExtendU, "extend_u"),
    (ConvOp::TruncS, "trunc_s"),
    (ConvOp::TruncU, "trunc_u"),
    (ConvOp::ConvertS, "convert_s"),
    (ConvOp::ConvertU, "convert_u"),
    (ConvOp::Promote, "promote"),
    (ConvOp::Demote, "demote"),
    (ConvOp::Reinterpret, "reinterpret"),
];

pub(crate) const LOADS: &[(LoadKind, &str)] = &[
    (LoadKind::Full, "load"),
    (LoadKind::I8S, "load8_s"),
    (LoadKind::I8U, "load8_u"),
    (LoadKind::I16S, "load16_s"),
    (LoadKind::I16U, "load16_u"),
    (LoadKind::I32S, "load32_s"),
    (LoadKind::I32U, "load32_u"),
];

pub(crate) const STORES: &[(StoreKind, &str)] = &[
    (StoreKind::Full, "store"),
    (StoreKind::I8, "store8"),
    (StoreKind::I16, "store16"),
    (StoreKind::I32, "store32"),
];

pub(crate) fn name_of<T: PartialEq + Copy>(table: &[(T, &'static str)], x: T) -> &'static str {
    table.iter().find(|(k, _)| *k == x).map(|(_, n)| *n).expect("every operation has a name")
}

impl LoadKind {
    /// Bytes read from memory for a load of this kind producing `ty`.
    pub fn bytes(self, ty: Type) -> u32 {
        match self {
            LoadKind::Full => ty.bytes().unwrap_or(0),
            LoadKind::I8S | LoadKind::I8U => 1,
            LoadKind::I16S | LoadKind::I16U => 2,
            LoadKind::I32S | LoadKind::I32U => 4,
        }
    }
}

impl StoreKind {
    /// Bytes written to memory when storing a value of type `ty`.
    pub fn bytes(self, ty: Type) -> u32 {
        match self {
            StoreKind::Full => ty.bytes().unwrap_or(0),
            StoreKind::I8 => 1,
            StoreKind::I16 => 2,
            StoreKind::I32 => 4,
        }
    }
}
