//! Command-line argument values, typed by the callee's signature.

use anyhow::{anyhow, bail};
use wasmir::interp::Val;
use wasmir::Type;

/// Parses `text` as a value of type `t`: integers in decimal or `0x` hex (negative allowed),
/// floats as Rust parses them (`1.5`, `-0`, `inf`, `nan`).
pub fn parse(text: &str, t: Type) -> anyhow::Result<Val> {
    let bad = || anyhow!("`{text}` is not a valid {t}");
    let (neg, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int = |bits: u32| -> anyhow::Result<i128> {
        let mag = match digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
            Some(h) => i128::from_str_radix(h, 16),
            None => digits.parse::<i128>(),
        }
        .map_err(|_| bad())?;
        let v = if neg { -mag } else { mag };
        // Signed or unsigned spellings are both accepted: -1 and 0xffffffff are the same i32.
        if v < -(1i128 << (bits - 1)) || v >= (1i128 << bits) {
            bail!("`{text}` does not fit in {t}");
        }
        Ok(v)
    };
    Ok(match t {
        Type::I32 => Val::I32(int(32)? as u32 as i32),
        Type::I64 => Val::I64(int(64)? as u64 as i64),
        Type::F32 => Val::F32(text.parse::<f32>().map_err(|_| bad())?.to_bits()),
        Type::F64 => Val::F64(text.parse::<f64>().map_err(|_| bad())?.to_bits()),
        other => bail!("not supported yet: passing a {other} argument on the command line"),
    })
}

/// Converts to a wasmtime value.
pub fn to_wasmtime(v: Val) -> anyhow::Result<wasmtime::Val> {
    Ok(match v {
        Val::I32(x) => wasmtime::Val::I32(x),
        Val::I64(x) => wasmtime::Val::I64(x),
        Val::F32(x) => wasmtime::Val::F32(x),
        Val::F64(x) => wasmtime::Val::F64(x),
        Val::V128(x) => wasmtime::Val::V128(x.into()),
        other => bail!("not supported yet: passing {other} to wasmtime"),
    })
}

/// Converts a wasmtime result so that every runner prints results the same way.
pub fn from_wasmtime(v: &wasmtime::Val) -> anyhow::Result<Val> {
    Ok(match v {
        wasmtime::Val::I32(x) => Val::I32(*x),
        wasmtime::Val::I64(x) => Val::I64(*x),
        wasmtime::Val::F32(x) => Val::F32(*x),
        wasmtime::Val::F64(x) => Val::F64(*x),
        wasmtime::Val::V128(x) => Val::V128(x.as_u128()),
        wasmtime::Val::ExternRef(r) => Val::ExternRef(r.as_ref().map(|_| 0)),
        other => bail!("not supported yet: printing a {:?} result", other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_in_any_spelling() {
        assert_eq!(parse("-1", Type::I32).unwrap(), Val::I32(-1));
        assert_eq!(parse("0xffffffff", Type::I32).unwrap(), Val::I32(-1));
        assert_eq!(parse("4294967296", Type::I64).unwrap(), Val::I64(1 << 32));
        assert!(parse("4294967296", Type::I32).unwrap_err().to_string().contains("does not fit"));
        assert!(parse("x1", Type::I32).unwrap_err().to_string().contains("not a valid i32"));
    }

    #[test]
    fn floats() {
        assert_eq!(parse("1.5", Type::F64).unwrap(), Val::F64(1.5f64.to_bits()));
        assert!(matches!(parse("nan", Type::F32).unwrap(), Val::F32(b) if f32::from_bits(b).is_nan()));
    }
}
