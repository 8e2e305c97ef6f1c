//! Frame slots kept in SSA variables instead of memory.
//!
//! The rustc lowering gives every MIR local a frame slot (as LLVM's -O0 uses allocas) and
//! names the slots in [`Function::private_slots`]. A slot whose address is only ever the
//! address of a load or store (never stored, passed, compared or offset) cannot be reached by
//! anything else, so each of its fields can be a Cranelift `Variable`: a store defines it, a
//! load uses it, and `cranelift-frontend` builds the SSA form. This removes most of -O0's
//! memory traffic before the emitter sees it.

use rustc_hash::FxHashMap as HashMap;
use wasmir::ir::*;

/// The promoted fields of a function's slots.
#[derive(Default)]
pub struct Promoted {
    /// (slot address, byte offset) -> index into `fields`.
    pub of: HashMap<(Value, u32), u32>,
    /// Each field's value type (what stores write) and width in memory.
    pub fields: Vec<Field>,
}

/// One promoted field: the type stored (and loaded) and the bytes it covers in memory. A
/// narrow field (`bytes` below the type's size) keeps the whole stored value; loads extend its
/// low bytes as the load kind says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub ty: Type,
    pub bytes: u32,
}

/// One access of a slot: (offset, type, bytes).
type Access = (u32, Type, u32);

/// Finds the slots of `f` that can live in variables: every use is a load/store address,
/// and the accesses split into fields that do not overlap and are each read and written with
/// one type and width.
pub fn promotable(f: &Function) -> Promoted {
    let mut out = Promoted::default();
    if f.private_slots.is_empty() {
        return out;
    }
    const NONE: u32 = u32::MAX;
    let mut slot_of = vec![NONE; f.values.len()];
    for (i, v) in f.private_slots.iter().enumerate() {
        if let Some(s) = slot_of.get_mut(v.0 as usize) {
            *s = i as u32;
        }
    }
    let n = f.private_slots.len();
    let mut escaped = vec![false; n];
    let mut accesses: Vec<Vec<Access>> = vec![Vec::new(); n];
    let slot = |v: Value| slot_of.get(v.0 as usize).copied().filter(|&s| s != NONE).map(|s| s as usize);
    for b in &f.blocks {
        for inst in &b.insts {
            match &inst.op {
                Op::Load { kind, addr, mem } => {
                    if let (Some(s), Some(r)) = (slot(*addr), inst.result) {
                        let ty = f.ty(r);
                        accesses[s].push((mem.offset, ty, kind.bytes(ty)));
                    }
                }
                Op::Store { kind, addr, value, mem } => {
                    if let Some(s) = slot(*value) {
                        escaped[s] = true;
                    }
                    if let Some(s) = slot(*addr) {
                        let ty = f.ty(*value);
                        accesses[s].push((mem.offset, ty, kind.bytes(ty)));
                    }
                }
                op => op.each_arg(|a| {
                    if let Some(s) = slot(a) {
                        escaped[s] = true;
                    }
                }),
            }
        }
        for a in b.term.args() {
            if let Some(s) = slot(a) {
                escaped[s] = true;
            }
        }
    }
    for (s, mut acc) in accesses.into_iter().enumerate() {
        if escaped[s] || acc.is_empty() {
            continue;
        }
        acc.sort_unstable_by_key(|a| a.0);
        let fields_ok = acc.windows(2).all(|w| {
            let ((o1, t1, b1), (o2, t2, b2)) = (w[0], w[1]);
            if o1 == o2 { t1 == t2 && b1 == b2 } else { o1 as u64 + b1 as u64 <= o2 as u64 }
        });
        // References have no memory form, and a zero-width access says nothing.
        if !fields_ok || acc.iter().any(|a| a.1.is_ref() || a.2 == 0) {
            continue;
        }
        let addr = f.private_slots[s];
        for (off, ty, bytes) in acc {
            out.of.entry((addr, off)).or_insert_with(|| {
                out.fields.push(Field { ty, bytes });
                out.fields.len() as u32 - 1
            });
        }
    }
    out
}
