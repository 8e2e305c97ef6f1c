//! The backend's object files: a wasm module holding only custom sections, so archive tools
//! and rlibs treat it as an ordinary (symbol-less) object.
//!
//! * `wasmir`: the crate's WasmIR module in the text format (what a release link compiles;
//!   absent from a crate compiled for the dev backend, see `wasmir-precompile=`);
//! * `wasmir.dev`: the module's functions compiled by the dev backend to relocatable wasm
//!   bodies ([`wasmir_cranelift::reloc::Precompiled`]), which a dev link copies (absent from a
//!   crate compiled for the release backend: a dev link compiles its text);
//! * `wasmir.link`: what the WasmIR module cannot say, one item per line:
//!   `data NAME ALIGN MUT HEXBYTES` (a data object, placed by the linker),
//!   `reloc OFFSET data TARGET ADDEND` / `reloc OFFSET func TARGET` (a pointer inside the last
//!   data object), `export NAME` (a function the final wasm exports under its own name).
//!
//! In code, the address of data object `X` is `global.get $"@addr:X"` and the table index of
//! function `F` is `global.get $"@fn:F"`: immutable globals whose values the linker fills in.

/// A data object (bytes at a linker-chosen address, with the pointers stored in it) and what
/// such a pointer points at: the same types `wasmir::objfile` lifts C objects into.
pub use wasmir::objfile::{LiftedData as DataObject, LiftedReloc as RelocTarget};
use std::borrow::Cow;

/// One crate's contribution to the final wasm.
#[derive(Clone, Debug, Default)]
pub struct WasmirObject {
    /// The `wasmir` section (`None`: absent, or not read, see [`WasmirObject::from_wasm`]).
    pub module_text: Option<String>,
    pub data: Vec<DataObject>,
    pub exports: Vec<String>,
    /// Functions that could not be lowered (their body traps) and why; an error at link time
    /// if one is reachable.
    pub poisoned: Vec<(String, String)>,
    /// The `wasmir.dev` section's bytes (decoded by the link, on all cores); borrowed from
    /// the rlib member they were read from where that lives to the end (see
    /// [`WasmirObject::from_static_wasm`]).
    pub precompiled: Option<Cow<'static, [u8]>>,
}

pub use wasmir::objfile::{ADDR_PREFIX, FN_PREFIX, STACK_POINTER};

/// Appends `bytes` in lowercase hex. Data objects are the bulk of a crate's link section
/// (regex-syntax's Unicode tables are megabytes of hex), so no per-byte formatting.
fn push_hex(s: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    s.reserve(2 * bytes.len());
    for &b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
}

/// The bytes of an even-length hex string (either case), `None` if it is not one.
fn parse_hex(hex: &str) -> Option<Vec<u8>> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let pairs = hex.as_bytes().chunks(2);
    pairs.map(|p| match p {
        [hi, lo] => Some(nibble(*hi)? << 4 | nibble(*lo)?),
        _ => None,
    })
    .collect()
}

impl WasmirObject {
    fn link_text(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        for d in &self.data {
            // Trailing zero bytes (a zero-initialised static: an allocator's heap) as `+zN`.
            let len = d.bytes.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
            write!(s, "data {} {} {} ", d.name, d.align, d.mutable as u8).unwrap();
            if len == 0 {
                s.push('-');
            }
            push_hex(&mut s, &d.bytes[..len]);
            if len < d.bytes.len() {
                write!(s, "+z{}", d.bytes.len() - len).unwrap();
            }
            s.push('\n');
            for (off, t) in &d.relocs {
                match t {
                    RelocTarget::Data { name, addend } => writeln!(s, "reloc {off} data {name} {addend}").unwrap(),
                    RelocTarget::Func { name } => writeln!(s, "reloc {off} func {name}").unwrap(),
                }
            }
        }
        for e in &self.exports {
            writeln!(s, "export {e}").unwrap();
        }
        for (f, msg) in &self.poisoned {
            writeln!(s, "poison {f} {}", msg.replace('\n', " ")).unwrap();
        }
        s
    }

    fn parse_link_text(&mut self, text: &str) -> Result<(), String> {
        for (i, line) in text.lines().enumerate() {
            let err = || format!("wasmir.link line {}: malformed: {line:?}", i + 1);
            if let Some(rest) = line.strip_prefix("poison ") {
                let (f, msg) = rest.split_once(' ').ok_or_else(err)?;
                self.poisoned.push((f.to_string(), msg.to_string()));
                continue;
            }
            let w: Vec<&str> = line.split(' ').collect();
            match w.as_slice() {
                ["data", name, align, m, hex] => {
                    let (hex, zeros) = match hex.split_once("+z") {
                        Some((h, z)) => (h, z.parse::<usize>().map_err(|_| err())?),
                        None => (*hex, 0),
                    };
                    let mut bytes = if hex == "-" { vec![] } else { parse_hex(hex).ok_or_else(err)? };
                    bytes.resize(bytes.len() + zeros, 0);
                    self.data.push(DataObject {
                        name: name.to_string(),
                        align: align.parse().map_err(|_| err())?,
                        mutable: *m == "1",
                        bytes,
                        relocs: vec![],
                    });
                }
                ["reloc", off, kind, name, rest @ ..] => {
                    let off: u32 = off.parse().map_err(|_| err())?;
                    let t = match (*kind, rest) {
                        ("data", [a]) => RelocTarget::Data { name: name.to_string(), addend: a.parse().map_err(|_| err())? },
                        ("func", []) => RelocTarget::Func { name: name.to_string() },
                        _ => return Err(err()),
                    };
                    self.data.last_mut().ok_or_else(err)?.relocs.push((off, t));
                }
                ["export", name] => self.exports.push(name.to_string()),
                _ => return Err(err()),
            }
        }
        Ok(())
    }

    /// Encodes the object as a wasm module of custom sections.
    pub fn to_wasm(&self) -> Vec<u8> {
        let mut v = Vec::new();
        self.write_wasm(&mut v).expect("writing to a Vec");
        v
    }

    /// Writes [`WasmirObject::to_wasm`]'s bytes to `w` section by section: a crate's object is
    /// megabytes, and a whole copy of it in memory would be as many freshly touched pages.
    pub fn write_wasm(&self, w: &mut impl std::io::Write) -> std::io::Result<()> {
        use wasm_encoder::Encode;
        w.write_all(&wasm_encoder::Module::new().finish())?;
        let link = self.link_text();
        let sections = [("wasmir", self.module_text.as_ref().map(String::as_bytes)), ("wasmir.link", Some(link.as_bytes())), ("wasmir.dev", self.precompiled.as_deref())];
        for (name, data) in sections {
            let Some(data) = data else { continue };
            // A custom section: id 0, its size, its name, its bytes.
            let mut name_bytes = Vec::new();
            name.encode(&mut name_bytes);
            let mut head = vec![0u8];
            (name_bytes.len() + data.len()).encode(&mut head);
            head.extend(name_bytes);
            w.write_all(&head)?;
            w.write_all(data)?;
        }
        Ok(())
    }

    /// Reads an object; `Ok(None)` when `bytes` is not one of ours (e.g. an LLVM object of a
    /// sysroot crate). `precompiled_only`: leave out the WasmIR text of an object that also
    /// has precompiled code (a dev link does not need it).
    pub fn from_wasm(bytes: &[u8], precompiled_only: bool) -> Result<Option<WasmirObject>, String> {
        Self::read(bytes, precompiled_only, |dev| Cow::Owned(dev.to_vec()))
    }

    /// [`WasmirObject::from_wasm`] of bytes that live to the end (a link's inputs, which are
    /// never freed): the precompiled code is borrowed, not copied.
    pub fn from_static_wasm(bytes: &'static [u8], precompiled_only: bool) -> Result<Option<WasmirObject>, String> {
        Self::read(bytes, precompiled_only, Cow::Borrowed)
    }

    fn read<'a>(bytes: &'a [u8], precompiled_only: bool, keep: impl Fn(&'a [u8]) -> Cow<'static, [u8]>) -> Result<Option<WasmirObject>, String> {
        if !bytes.starts_with(b"\0asm") {
            return Ok(None);
        }
        let mut obj = WasmirObject::default();
        let (mut text, mut link) = (None, None);
        for payload in wasmparser::Parser::new(0).parse_all(bytes) {
            let payload = payload.map_err(|e| format!("reading object: {e}"))?;
            if let wasmparser::Payload::CustomSection(c) = payload {
                match c.name() {
                    "wasmir" => text = Some(c.data()),
                    "wasmir.link" => link = Some(c.data()),
                    "wasmir.dev" => obj.precompiled = Some(keep(c.data())),
                    _ => {}
                }
            }
        }
        let utf8 = |b| std::str::from_utf8(b).map_err(|_| "object section is not UTF-8".to_string());
        if text.is_none() && obj.precompiled.is_none() {
            return Ok(None);
        }
        if let Some(t) = text.filter(|_| !(precompiled_only && obj.precompiled.is_some())) {
            obj.module_text = Some(utf8(t)?.to_string());
        }
        if let Some(l) = link {
            obj.parse_link_text(utf8(l)?)?;
        }
        Ok(Some(obj))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex() {
        let all: Vec<u8> = (0..=255).collect();
        let mut s = String::new();
        push_hex(&mut s, &all);
        assert_eq!(&s[..8], "00010203");
        assert_eq!(&s[s.len() - 4..], "feff");
        assert_eq!(parse_hex(&s), Some(all));
        assert_eq!(parse_hex("aBcD"), Some(vec![0xab, 0xcd]));
        for bad in ["abc", "0g", "+z"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn round_trip() {
        let obj = WasmirObject {
            module_text: Some("module \"x\"\n".into()),
            data: vec![DataObject {
                name: "a$1".into(),
                align: 4,
                mutable: false,
                bytes: vec![1, 2, 255, 0, 0, 0, 0, 0],
                relocs: vec![(0, RelocTarget::Data { name: "b".into(), addend: -3 }), (4, RelocTarget::Func { name: "f".into() })],
            }, DataObject { name: "z".into(), align: 16, mutable: true, bytes: vec![0; 1000], relocs: vec![] }, DataObject { name: "e".into(), align: 1, mutable: false, bytes: vec![], relocs: vec![] }],
            exports: vec!["run".into()],
            poisoned: vec![("f$1".into(), "not supported yet: x in `f` (at a.rs:1:2)".into())],
            precompiled: Some(vec![0, 1, 2, 255].into()),
        };
        let back = WasmirObject::from_wasm(&obj.to_wasm(), false).unwrap().unwrap();
        assert_eq!(back.module_text, obj.module_text);
        assert_eq!(back.data, obj.data);
        assert_eq!(back.exports, obj.exports);
        assert_eq!(back.poisoned, obj.poisoned);
        assert_eq!(back.precompiled, obj.precompiled);
        assert!(WasmirObject::from_wasm(b"\0asm\x01\0\0\0", false).unwrap().is_none());
        // A dev link leaves out the text of an object with precompiled code.
        let dev = WasmirObject::from_wasm(&obj.to_wasm(), true).unwrap().unwrap();
        assert!(dev.module_text.is_none() && dev.precompiled.is_some() && dev.data == obj.data);
        let text_only = WasmirObject { precompiled: None, ..obj.clone() };
        assert_eq!(WasmirObject::from_wasm(&text_only.to_wasm(), true).unwrap().unwrap().module_text, obj.module_text);
    }
}
