//! Parses the WasmIR text format. Every malformed input is a [`ParseError`] with a line and
//! column; the parser never panics (a proptest feeds it random and mutated text).

use crate::ir::*;
use crate::names::*;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::fmt;

/// A syntax error at a 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ParseError {
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.msg)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok<'a> {
    Ident(&'a str),
    Sym(Cow<'a, str>),
    Str(Cow<'a, [u8]>),
    Num(&'a str),
    Punct(char),
    Arrow,
    Eof,
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Ident(s) => write!(f, "`{s}`"),
            Tok::Sym(s) => write!(f, "`${s}`"),
            Tok::Str(_) => write!(f, "a string"),
            Tok::Num(s) => write!(f, "number `{s}`"),
            Tok::Punct(c) => write!(f, "`{c}`"),
            Tok::Arrow => write!(f, "`->`"),
            Tok::Eof => write!(f, "end of input"),
        }
    }
}

/// A byte offset into the text: turned into a line and column only for an error.
#[derive(Clone, Copy, Debug)]
struct Pos(u32);

/// An error at a byte offset (see [`RawError::locate`]).
struct RawError {
    at: u32,
    msg: String,
}

impl RawError {
    /// The 1-based line and column (in characters) of the offset in `src`.
    fn locate(self, src: &str) -> ParseError {
        let before = &src.as_bytes()[..(self.at as usize).min(src.len())];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let col = 1 + before[line_start..].iter().filter(|&&b| b & 0xc0 != 0x80).count();
        ParseError { line: line as u32, col: col as u32, msg: self.msg }
    }
}

fn err<T>(p: Pos, msg: impl Into<String>) -> Result<T, RawError> {
    Err(RawError { at: p.0, msg: msg.into() })
}

/// What a token is; its text is its span of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ident,
    /// `$name`.
    Sym,
    /// `$"name"` without escapes.
    SymQuoted,
    /// `$"name"` with escapes (decoded when used).
    SymEscaped,
    /// `"bytes"` without escapes.
    Str,
    StrEscaped,
    Num,
    Punct,
    Arrow,
    Eof,
}

/// The tokens of a text, as kinds and byte spans (9 bytes a token: the link step lexes tens
/// of megabytes).
struct Tokens {
    kinds: Vec<Kind>,
    spans: Vec<(u32, u32)>,
}

/// Splits the text into tokens (kinds and spans, no allocation per token).
fn lex(src: &str) -> Result<Tokens, RawError> {
    let b = src.as_bytes();
    if u32::try_from(b.len()).is_err() {
        return err(Pos(0), "text larger than 4 GiB");
    }
    let mut toks = Tokens { kinds: Vec::with_capacity(src.len() / 4), spans: Vec::with_capacity(src.len() / 4) };
    let mut i = 0usize;
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    while i < b.len() {
        let c = b[i];
        let pos = Pos(i as u32);
        let start = i;
        let kind = match c {
            b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c => {
                i += 1;
                continue;
            }
            b';' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'-' if b.get(i + 1) == Some(&b'>') => {
                i += 2;
                Kind::Arrow
            }
            b'-' | b'0'..=b'9' => {
                if c == b'-' {
                    i += 1;
                }
                let body = i;
                let hex = b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X'));
                while i < b.len() {
                    let d = b[i];
                    let prev = if i > body { b[i - 1] } else { b' ' };
                    if is_word(d) || (!hex && (d == b'+' || d == b'-') && (prev == b'e' || prev == b'E')) {
                        i += 1;
                    } else {
                        break;
                    }
                }
                if i == body {
                    return err(pos, "expected a number after `-`");
                }
                Kind::Num
            }
            b'$' => {
                i += 1;
                if b.get(i) == Some(&b'"') {
                    let (bytes, n) = lex_string(&src[i..], pos)?;
                    i += n;
                    // Unescaped, the name is a slice of the text between ASCII quotes, so UTF-8;
                    // escapes can produce any bytes.
                    match bytes {
                        Cow::Borrowed(_) => Kind::SymQuoted,
                        Cow::Owned(v) if std::str::from_utf8(&v).is_ok() => Kind::SymEscaped,
                        Cow::Owned(_) => return err(pos, "symbol name is not UTF-8"),
                    }
                } else {
                    while i < b.len() && is_word(b[i]) {
                        i += 1;
                    }
                    if i == start + 1 {
                        return err(pos, "expected a name after `$`");
                    }
                    Kind::Sym
                }
            }
            b'"' => {
                let (bytes, n) = lex_string(&src[i..], pos)?;
                i += n;
                if matches!(bytes, Cow::Borrowed(_)) { Kind::Str } else { Kind::StrEscaped }
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < b.len() && is_word(b[i]) {
                    i += 1;
                }
                Kind::Ident
            }
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':' | b'=' | b'@' => {
                i += 1;
                Kind::Punct
            }
            _ => {
                // `i` is always on a character boundary: every token ends on an ASCII byte.
                let ch = src[i..].chars().next().unwrap_or('\u{fffd}');
                if !ch.is_whitespace() {
                    return err(pos, format!("unexpected character {ch:?}"));
                }
                i += ch.len_utf8();
                continue;
            }
        };
        toks.kinds.push(kind);
        toks.spans.push((start as u32, i as u32));
    }
    toks.kinds.push(Kind::Eof);
    toks.spans.push((b.len() as u32, b.len() as u32));
    Ok(toks)
}

/// The decoded bytes of the string literal `lit` (checked by the lexer already).
fn unescape(lit: &str) -> Vec<u8> {
    lex_string(lit, Pos(0)).map(|(b, _)| b.into_owned()).unwrap_or_default()
}

/// Lexes a `"..."` string at the start of `s`; returns its bytes (borrowed when it has no
/// escapes) and the bytes consumed.
fn lex_string(s: &str, pos: Pos) -> Result<(Cow<'_, [u8]>, usize), RawError> {
    let b = s.as_bytes();
    let plain_end = b[1..].iter().position(|&c| c == b'"' || c == b'\\' || c == b'\n').map(|j| j + 1);
    match plain_end {
        Some(j) if b[j] == b'"' => return Ok((Cow::Borrowed(&b[1..j]), j + 1)),
        None => return err(pos, "unterminated string"),
        Some(_) => {}
    }
    let mut out = Vec::new();
    let mut i = 1;
    let hex = |c: Option<&u8>| c.and_then(|&c| (c as char).to_digit(16));
    loop {
        match b.get(i) {
            None | Some(b'\n') => return err(pos, "unterminated string"),
            Some(b'"') => return Ok((Cow::Owned(out), i + 1)),
            Some(b'\\') => {
                let esc = match b.get(i + 1) {
                    Some(b'"') => Some(b'"'),
                    Some(b'\\') => Some(b'\\'),
                    Some(b'n') => Some(b'\n'),
                    Some(b't') => Some(b'\t'),
                    _ => None,
                };
                match esc {
                    Some(e) => {
                        out.push(e);
                        i += 2;
                    }
                    None => match (hex(b.get(i + 1)), hex(b.get(i + 2))) {
                        (Some(h), Some(l)) => {
                            out.push((h * 16 + l) as u8);
                            i += 3;
                        }
                        _ => return err(pos, "bad escape in string (use \\\\, \\\", \\n, \\t or two hex digits)"),
                    },
                }
            }
            Some(&c) => {
                out.push(c);
                i += 1;
            }
        }
    }
}

struct Parser<'a> {
    src: &'a str,
    toks: Tokens,
    i: usize,
    funcs: HashMap<Cow<'a, str>, FuncId>,
    globals: HashMap<Cow<'a, str>, GlobalId>,
    tables: HashMap<Cow<'a, str>, TableId>,
}

/// Parses WasmIR text into a module. The result is not verified: run
/// [`crate::verify::verify_module`] for the semantic checks.
pub fn parse_module(src: &str) -> Result<Module, ParseError> {
    let parse = || {
        let toks = lex(src)?;
        let mut p = Parser { src, toks, i: 0, funcs: HashMap::default(), globals: HashMap::default(), tables: HashMap::default() };
        p.prescan()?;
        p.module()
    };
    parse().map_err(|e| e.locate(src))
}

impl<'a> Parser<'a> {
    /// Token `k` (the end-of-input token past the end).
    fn tok(&self, k: usize) -> Tok<'a> {
        let k = k.min(self.toks.kinds.len() - 1);
        let (s, e) = (self.toks.spans[k].0 as usize, self.toks.spans[k].1 as usize);
        let src = self.src;
        match self.toks.kinds[k] {
            Kind::Ident => Tok::Ident(&src[s..e]),
            Kind::Num => Tok::Num(&src[s..e]),
            Kind::Sym => Tok::Sym(Cow::Borrowed(&src[s + 1..e])),
            Kind::SymQuoted => Tok::Sym(Cow::Borrowed(&src[s + 2..e - 1])),
            Kind::SymEscaped => Tok::Sym(Cow::Owned(String::from_utf8_lossy(&unescape(&src[s + 1..e])).into_owned())),
            Kind::Str => Tok::Str(Cow::Borrowed(&src.as_bytes()[s + 1..e - 1])),
            Kind::StrEscaped => Tok::Str(Cow::Owned(unescape(&src[s..e]))),
            Kind::Punct => Tok::Punct(src.as_bytes()[s] as char),
            Kind::Arrow => Tok::Arrow,
            Kind::Eof => Tok::Eof,
        }
    }
    fn peek(&self) -> Tok<'a> {
        self.tok(self.i)
    }
    fn pos(&self) -> Pos {
        Pos(self.toks.spans[self.i.min(self.toks.spans.len() - 1)].0)
    }
    /// Moves past the current token (never past the end); returns its position.
    fn next(&mut self) -> Pos {
        let p = self.pos();
        if self.i < self.toks.kinds.len() - 1 {
            self.i += 1;
        }
        p
    }
    /// The current token, moved past.
    fn take(&mut self) -> Tok<'a> {
        let t = self.peek();
        self.next();
        t
    }
    fn unexpected<T>(&self, what: &str) -> Result<T, RawError> {
        err(self.pos(), format!("expected {what}, found {}", self.peek()))
    }
    fn is_punct(&self, c: char) -> bool {
        let k = self.i.min(self.toks.kinds.len() - 1);
        self.toks.kinds[k] == Kind::Punct && self.src.as_bytes()[self.toks.spans[k].0 as usize] == c as u8
    }
    fn is_ident(&self, s: &str) -> bool {
        matches!(self.peek(), Tok::Ident(x) if x == s)
    }
    fn eat_punct(&mut self, c: char) -> bool {
        if self.is_punct(c) {
            self.next();
            true
        } else {
            false
        }
    }
    fn eat_ident(&mut self, s: &str) -> bool {
        if self.is_ident(s) {
            self.next();
            true
        } else {
            false
        }
    }
    fn punct(&mut self, c: char) -> Result<(), RawError> {
        if self.eat_punct(c) { Ok(()) } else { self.unexpected(&format!("`{c}`")) }
    }
    fn keyword(&mut self, s: &str) -> Result<(), RawError> {
        if self.eat_ident(s) { Ok(()) } else { self.unexpected(&format!("`{s}`")) }
    }
    fn ident(&mut self) -> Result<(&'a str, Pos), RawError> {
        match self.peek() {
            Tok::Ident(s) => Ok((s, self.next())),
            _ => self.unexpected("a keyword"),
        }
    }
    fn sym(&mut self) -> Result<(Cow<'a, str>, Pos), RawError> {
        match self.peek() {
            Tok::Sym(s) => Ok((s, self.next())),
            _ => self.unexpected("a `$name`"),
        }
    }
    fn string(&mut self) -> Result<Cow<'a, [u8]>, RawError> {
        match self.peek() {
            Tok::Str(s) => {
                self.next();
                Ok(s)
            }
            _ => self.unexpected("a string"),
        }
    }
    fn utf8(&mut self) -> Result<String, RawError> {
        let p = self.pos();
        String::from_utf8(self.string()?.into_owned()).or_else(|_| err(p, "string is not UTF-8"))
    }
    fn u32(&mut self) -> Result<u32, RawError> {
        match self.peek() {
            Tok::Num(s) => {
                let p = self.next();
                parse_u64(s).and_then(|x| u32::try_from(x).ok()).map_or_else(|| err(p, format!("`{s}` is not a 32-bit unsigned integer")), Ok)
            }
            _ => self.unexpected("an unsigned integer"),
        }
    }
    fn ty(&mut self) -> Result<Type, RawError> {
        match self.peek() {
            Tok::Ident(s) => match Type::from_name(s) {
                Some(t) => {
                    self.next();
                    Ok(t)
                }
                None => self.unexpected("a type"),
            },
            _ => self.unexpected("a type"),
        }
    }

    /// Assigns ids to functions, globals and tables in definition order, so that uses may
    /// come before definitions.
    fn prescan(&mut self) -> Result<(), RawError> {
        let mut depth = 0i32;
        for w in 0..self.toks.kinds.len().saturating_sub(1) {
            match self.toks.kinds[w] {
                Kind::Punct => match self.src.as_bytes()[self.toks.spans[w].0 as usize] {
                    b'{' => depth += 1,
                    b'}' => depth -= 1,
                    _ => {}
                },
                Kind::Ident if depth == 0 => {
                    let kw = &self.src[self.toks.spans[w].0 as usize..self.toks.spans[w].1 as usize];
                    if let Tok::Sym(name) = self.tok(w + 1) {
                        let pos = Pos(self.toks.spans[w + 1].0);
                        let dup = match kw {
                            "fn" => {
                                let id = FuncId(self.funcs.len() as u32);
                                self.funcs.insert(name.clone(), id).is_some()
                            }
                            "global" => {
                                let id = GlobalId(self.globals.len() as u32);
                                self.globals.insert(name.clone(), id).is_some()
                            }
                            "table" => {
                                let id = TableId(self.tables.len() as u32);
                                self.tables.insert(name.clone(), id).is_some()
                            }
                            _ => false,
                        };
                        if dup {
                            return err(pos, format!("`${name}` is defined twice"));
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn func_ref(&mut self) -> Result<FuncId, RawError> {
        let (name, p) = self.sym()?;
        self.funcs.get(name.as_ref()).copied().map_or_else(|| err(p, format!("unknown function `${name}`")), Ok)
    }

    fn module(&mut self) -> Result<Module, RawError> {
        self.keyword("module")?;
        let name = self.utf8()?;
        let mut m = Module { name, ..Module::default() };
        loop {
            let (kw, p) = match self.peek() {
                Tok::Eof => break,
                Tok::Ident(_) => self.ident()?,
                _ => return self.unexpected("`file`, `memory`, `global`, `data`, `table`, `elem` or `fn`"),
            };
            match kw {
                "file" => {
                    let idx = self.u32()?;
                    if idx as usize != m.files.len() {
                        return err(p, format!("files must be numbered in order: expected {}", m.files.len()));
                    }
                    let f = self.utf8()?;
                    m.files.push(f);
                }
                "memory" => {
                    if m.memory.is_some() {
                        return err(p, "only one memory is allowed");
                    }
                    let min = self.u32()?;
                    let max = if matches!(self.peek(), Tok::Num(_)) { Some(self.u32()?) } else { None };
                    m.memory = Some(Memory { min, max });
                }
                "global" => {
                    let (name, _) = self.sym()?;
                    self.punct(':')?;
                    let ty = self.ty()?;
                    let mutable = self.eat_ident("mut");
                    self.punct('=')?;
                    let init = self.constant(ty)?;
                    m.globals.push(Global { name: name.into_owned(), ty, mutable, init });
                }
                "data" => {
                    let offset = self.u32()?;
                    let bytes = self.string()?;
                    m.data.push(Data { offset, bytes: bytes.into_owned() });
                }
                "table" => {
                    let (name, _) = self.sym()?;
                    self.punct(':')?;
                    self.keyword("funcref")?;
                    let min = self.u32()?;
                    let max = if matches!(self.peek(), Tok::Num(_)) { Some(self.u32()?) } else { None };
                    m.tables.push(Table { name: name.into_owned(), min, max, elems: vec![] });
                }
                "elem" => {
                    let (name, tp) = self.sym()?;
                    let t = *self.tables.get(name.as_ref()).map_or_else(|| err(tp, format!("unknown table `${name}`")), Ok)?;
                    let off = self.u32()?;
                    self.punct('[')?;
                    let mut fs = vec![];
                    while !self.eat_punct(']') {
                        if !fs.is_empty() {
                            self.punct(',')?;
                        }
                        fs.push(self.func_ref()?);
                    }
                    match m.tables.get_mut(t.0 as usize) {
                        Some(tab) => tab.elems.push((off, fs)),
                        None => return err(tp, format!("table `${name}` is used before it is defined")),
                    }
                }
                "fn" => {
                    let f = self.function(&m)?;
                    m.funcs.push(f);
                }
                _ => return err(p, format!("unknown item `{kw}`")),
            }
        }
        if m.globals.len() != self.globals.len() || m.tables.len() != self.tables.len() || m.funcs.len() != self.funcs.len() {
            return err(self.pos(), "internal: item count mismatch");
        }
        Ok(m)
    }

    fn loc(&mut self) -> Result<Option<SrcLoc>, RawError> {
        if !self.eat_punct('@') {
            return Ok(None);
        }
        let file = self.u32()?;
        self.punct(':')?;
        let line = self.u32()?;
        self.punct(':')?;
        let col = self.u32()?;
        Ok(Some(SrcLoc { file, line, col }))
    }

    fn sig(&mut self) -> Result<Signature, RawError> {
        let params = self.type_list()?;
        if self.peek() != Tok::Arrow {
            return self.unexpected("`->`");
        }
        self.next();
        let results = self.type_list()?;
        Ok(Signature { params, results })
    }

    fn type_list(&mut self) -> Result<Vec<Type>, RawError> {
        self.punct('(')?;
        let mut v = vec![];
        while !self.eat_punct(')') {
            if !v.is_empty() {
                self.punct(',')?;
            }
            v.push(self.ty()?);
        }
        Ok(v)
    }

    fn function(&mut self, m: &Module) -> Result<Function, RawError> {
        let (name, _) = self.sym()?;
        let sig = self.sig()?;
        let mut f = Function { name: name.into_owned(), sig, import: None, export: None, cc: CallConv::Core, caps: vec![], values: vec![], blocks: vec![], loc: None, private_slots: vec![] };
        loop {
            if self.eat_ident("import") {
                let module = self.utf8()?;
                let field = self.utf8()?;
                f.import = Some(Import { module, field });
            } else if self.eat_ident("export") {
                f.export = Some(self.utf8()?);
            } else if self.eat_ident("abi") {
                let (abi, p) = self.ident()?;
                f.cc = match abi {
                    "core" => CallConv::Core,
                    "component" => CallConv::Component,
                    _ => return err(p, format!("unknown abi `{abi}` (core or component)")),
                };
            } else if self.eat_ident("caps") {
                self.punct('[')?;
                while !self.eat_punct(']') {
                    if !f.caps.is_empty() {
                        self.punct(',')?;
                    }
                    f.caps.push(self.ident()?.0.to_string());
                }
            } else if self.is_punct('@') {
                f.loc = self.loc()?;
            } else {
                break;
            }
        }
        if f.import.is_some() {
            return Ok(f);
        }
        self.punct('{')?;
        let mut body = BodyState::default();
        while !self.eat_punct('}') {
            self.block(m, &mut f, &mut body)?;
        }
        body.finish(&mut f, self.pos())?;
        Ok(f)
    }

    fn value_name(&mut self) -> Result<(u32, Pos), RawError> {
        let (s, p) = self.ident().or_else(|_| self.unexpected("a value `vN`"))?;
        match s.strip_prefix('v').and_then(|n| if n.starts_with('+') { None } else { n.parse::<u32>().ok() }) {
            Some(n) => Ok((n, p)),
            None => err(p, format!("expected a value `vN`, found `{s}`")),
        }
    }

    fn value_use(&mut self, body: &mut BodyState) -> Result<Value, RawError> {
        let (n, p) = self.value_name()?;
        body.uses.push((n, p));
        Ok(Value(n))
    }

    fn value_list(&mut self, body: &mut BodyState) -> Result<Vec<Value>, RawError> {
        self.punct('(')?;
        let mut v = vec![];
        while !self.eat_punct(')') {
            if !v.is_empty() {
                self.punct(',')?;
            }
            v.push(self.value_use(body)?);
        }
        Ok(v)
    }

    fn value_def(&mut self, body: &mut BodyState) -> Result<Value, RawError> {
        let (n, p) = self.value_name()?;
        self.punct(':')?;
        let ty = self.ty()?;
        let linear = self.eat_ident("linear");
        if body.defs.insert(n, (ValueData { ty, linear }, p)).is_some() {
            return err(p, format!("value v{n} is defined twice"));
        }
        Ok(Value(n))
    }

    fn block_label(&mut self) -> Result<(u32, Pos), RawError> {
        let (s, p) = self.ident().or_else(|_| self.unexpected("a block `bN`"))?;
        match s.strip_prefix('b').and_then(|n| if n.starts_with('+') { None } else { n.parse::<u32>().ok() }) {
            Some(n) => Ok((n, p)),
            None => err(p, format!("expected a block `bN`, found `{s}`")),
        }
    }

    fn target(&mut self, body: &mut BodyState) -> Result<Target, RawError> {
        let (n, p) = self.block_label()?;
        body.block_uses.push((n, p));
        let args = self.value_list(body)?;
        Ok(Target { block: BlockId(n), args })
    }

    fn block(&mut self, m: &Module, f: &mut Function, body: &mut BodyState) -> Result<(), RawError> {
        let (n, p) = self.block_label()?;
        self.punct('(')?;
        let mut params = vec![];
        while !self.eat_punct(')') {
            if !params.is_empty() {
                self.punct(',')?;
            }
            params.push(self.value_def(body)?);
        }
        self.punct(':')?;
        let mut insts = vec![];
        loop {
            let pos = self.pos();
            let is_def = self.tok(self.i + 1) == Tok::Punct(':') && matches!(self.peek(), Tok::Ident(s) if s.starts_with('v'));
            let result = if is_def {
                let v = self.value_def(body)?;
                self.punct('=')?;
                Some(v)
            } else {
                None
            };
            let (kw, kp) = self.ident()?;
            if result.is_none() {
                if let Some(term) = self.terminator(kw, body)? {
                    let term_loc = self.loc()?;
                    if body.blocks.insert(n, (Block { params, insts, term, term_loc }, p)).is_some() {
                        return err(p, format!("block b{n} is defined twice"));
                    }
                    return Ok(());
                }
            }
            let rty = result.map(|v| body.defs[&v.0].0.ty);
            let op = self.op(kw, kp, rty, m, body)?;
            let loc = self.loc()?;
            insts.push(Inst { result, op, loc });
            let _ = pos;
            let _ = &f;
        }
    }

    fn terminator(&mut self, kw: &str, body: &mut BodyState) -> Result<Option<Terminator>, RawError> {
        Ok(Some(match kw {
            "br" => Terminator::Br(self.target(body)?),
            "br_if" => {
                let c = self.value_use(body)?;
                self.punct(',')?;
                let a = self.target(body)?;
                self.punct(',')?;
                let b = self.target(body)?;
                Terminator::BrIf(c, a, b)
            }
            "br_table" => {
                let c = self.value_use(body)?;
                self.punct(',')?;
                self.punct('[')?;
                let mut ts = vec![];
                while !self.eat_punct(']') {
                    if !ts.is_empty() {
                        self.punct(',')?;
                    }
                    ts.push(self.target(body)?);
                }
                self.punct(',')?;
                let d = self.target(body)?;
                Terminator::BrTable(c, ts, d)
            }
            "ret" => {
                let mut vs = vec![];
                if matches!(self.peek(), Tok::Ident(s) if s.starts_with('v')) {
                    vs.push(self.value_use(body)?);
                    while self.eat_punct(',') {
                        vs.push(self.value_use(body)?);
                    }
                }
                Terminator::Return(vs)
            }
            "unreachable" => Terminator::Unreachable,
            _ => return Ok(None),
        }))
    }

    fn memarg(&mut self) -> Result<MemArg, RawError> {
        let mut mem = MemArg { offset: 0, align: 1, bounds: Bounds::Trap };
        let mut have_align = false;
        loop {
            if self.eat_ident("offset") {
                self.punct('=')?;
                mem.offset = self.u32()?;
            } else if self.eat_ident("align") {
                self.punct('=')?;
                mem.align = self.u32()?;
                have_align = true;
            } else if self.eat_ident("inbounds") {
                mem.bounds = Bounds::InBounds;
            } else {
                break;
            }
        }
        if !have_align {
            return self.unexpected("`align=N`");
        }
        Ok(mem)
    }

    fn op(&mut self, kw: &str, kp: Pos, rty: Option<Type>, m: &Module, body: &mut BodyState) -> Result<Op, RawError> {
        let need_result = |what: &str| -> Result<Type, RawError> { rty.map_or_else(|| err(kp, format!("`{what}` needs a result value")), Ok) };
        if let Some(&k) = op_keywords().get(kw) {
            return Ok(match k {
                OpKw::Un(o) => Op::Unary(o, self.value_use(body)?),
                OpKw::Bin(o) => {
                    let a = self.value_use(body)?;
                    self.punct(',')?;
                    Op::Binary(o, a, self.value_use(body)?)
                }
                OpKw::Cmp(o) => {
                    let a = self.value_use(body)?;
                    self.punct(',')?;
                    Op::Cmp(o, a, self.value_use(body)?)
                }
                OpKw::Conv(o) => Op::Convert(o, self.value_use(body)?),
                OpKw::Load(kind) => {
                    let addr = self.value_use(body)?;
                    Op::Load { kind, addr, mem: self.memarg()? }
                }
                OpKw::Store(kind) => {
                    let addr = self.value_use(body)?;
                    self.punct(',')?;
                    let value = self.value_use(body)?;
                    Op::Store { kind, addr, value, mem: self.memarg()? }
                }
            });
        }
        Ok(match kw {
            "const" => Op::Const(self.constant(need_result("const")?)?),
            "select" => {
                let c = self.value_use(body)?;
                self.punct(',')?;
                let a = self.value_use(body)?;
                self.punct(',')?;
                Op::Select(c, a, self.value_use(body)?)
            }
            "memory.size" => Op::MemorySize,
            "memory.grow" => Op::MemoryGrow(self.value_use(body)?),
            "global.get" => Op::GlobalGet(self.global_ref()?),
            "global.set" => {
                let g = self.global_ref()?;
                self.punct(',')?;
                Op::GlobalSet(g, self.value_use(body)?)
            }
            "call" => {
                let f = self.func_ref()?;
                Op::Call(f, self.value_list(body)?)
            }
            "call_indirect" => {
                let (name, tp) = self.sym()?;
                let table = *self.tables.get(name.as_ref()).map_or_else(|| err(tp, format!("unknown table `${name}`")), Ok)?;
                let index = self.value_use(body)?;
                let args = self.value_list(body)?;
                self.punct(':')?;
                Op::CallIndirect { table, sig: Box::new(self.sig()?), index, args }
            }
            "ref.null" => {
                let (k, p) = self.ident()?;
                Op::RefNull(match k {
                    "extern" => Type::ExternRef,
                    "func" => Type::FuncRef,
                    _ => return err(p, "expected `extern` or `func`"),
                })
            }
            "ref.is_null" => Op::RefIsNull(self.value_use(body)?),
            "ref.func" => Op::RefFunc(self.func_ref()?),
            "splat" => Op::Splat(self.value_use(body)?),
            "extract_lane" => {
                let v = self.value_use(body)?;
                self.punct(',')?;
                let p = self.pos();
                let l = self.u32()?;
                Op::ExtractLane(v, u8::try_from(l).or_else(|_| err(p, "lane out of range"))?)
            }
            _ => {
                let _ = m;
                return err(kp, format!("unknown instruction `{kw}`"));
            }
        })
    }

    fn global_ref(&mut self) -> Result<GlobalId, RawError> {
        let (name, p) = self.sym()?;
        self.globals.get(name.as_ref()).copied().map_or_else(|| err(p, format!("unknown global `${name}`")), Ok)
    }

    fn constant(&mut self, ty: Type) -> Result<Const, RawError> {
        let p = self.pos();
        let (text, nan_bits) = match self.take() {
            Tok::Num(s) => (s, None),
            Tok::Ident(s) if s == "inf" => (s, None),
            Tok::Ident(s) if s == "nan" => {
                self.punct(':')?;
                match self.take() {
                    Tok::Num(b) => (s, Some(b)),
                    _ => return err(p, "expected `nan:0x<bits>`"),
                }
            }
            t => return err(p, format!("expected a {ty} constant, found {t}")),
        };
        let bad = || err(p, format!("`{text}` is not a valid {ty} constant"));
        Ok(match ty {
            Type::I32 => match parse_i128(text) {
                Some(x) if (i32::MIN as i128..=u32::MAX as i128).contains(&x) => Const::I32(x as u32 as i32),
                _ => return bad(),
            },
            Type::I64 => match parse_i128(text) {
                Some(x) if (i64::MIN as i128..=u64::MAX as i128).contains(&x) => Const::I64(x as u64 as i64),
                _ => return bad(),
            },
            Type::F32 => match nan_bits {
                Some(b) => match parse_u64(b).and_then(|x| u32::try_from(x).ok()) {
                    Some(x) if f32::from_bits(x).is_nan() => Const::F32(x),
                    _ => return bad(),
                },
                None => match text.parse::<f32>() {
                    Ok(x) if !x.is_nan() => Const::F32(x.to_bits()),
                    _ => return bad(),
                },
            },
            Type::F64 => match nan_bits {
                Some(b) => match parse_u64(b) {
                    Some(x) if f64::from_bits(x).is_nan() => Const::F64(x),
                    _ => return bad(),
                },
                None => match text.parse::<f64>() {
                    Ok(x) if !x.is_nan() => Const::F64(x.to_bits()),
                    _ => return bad(),
                },
            },
            Type::V128 => match text.strip_prefix("0x").and_then(|h| u128::from_str_radix(h, 16).ok()) {
                Some(x) if nan_bits.is_none() => Const::V128(x),
                _ => return bad(),
            },
            Type::ExternRef | Type::FuncRef => return err(p, format!("{ty} has no constants (use ref.null)")),
        })
    }
}

/// An instruction keyword of one of the operation tables.
#[derive(Clone, Copy)]
enum OpKw {
    Un(UnOp),
    Bin(BinOp),
    Cmp(CmpOp),
    Conv(ConvOp),
    Load(LoadKind),
    Store(StoreKind),
}

/// The operation tables as one map (a name in two tables keeps the first one's meaning).
fn op_keywords() -> &'static HashMap<&'static str, OpKw> {
    static TABLE: std::sync::OnceLock<HashMap<&'static str, OpKw>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::default();
        let un = UNOPS.iter().map(|&(o, n)| (n, OpKw::Un(o)));
        let bin = BINOPS.iter().map(|&(o, n)| (n, OpKw::Bin(o)));
        let cmp = CMPOPS.iter().map(|&(o, n)| (n, OpKw::Cmp(o)));
        let conv = CONVOPS.iter().map(|&(o, n)| (n, OpKw::Conv(o)));
        let load = LOADS.iter().map(|&(o, n)| (n, OpKw::Load(o)));
        let store = STORES.iter().map(|&(o, n)| (n, OpKw::Store(o)));
        for (n, k) in un.chain(bin).chain(cmp).chain(conv).chain(load).chain(store) {
            m.entry(n).or_insert(k);
        }
        m
    })
}

fn parse_u64(s: &str) -> Option<u64> {
    if let Some(h) = s.strip_prefix("0x") {
        u64::from_str_radix(h, 16).ok()
    } else if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn parse_i128(s: &str) -> Option<i128> {
    let (neg, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let x = parse_u64(rest)? as i128;
    Some(if neg { -x } else { x })
}

/// Definitions and uses seen in one function body, checked for density at the end.
#[derive(Default)]
struct BodyState {
    defs: HashMap<u32, (ValueData, Pos)>,
    uses: Vec<(u32, Pos)>,
    blocks: HashMap<u32, (Block, Pos)>,
    block_uses: Vec<(u32, Pos)>,
}

impl BodyState {
    fn finish(mut self, f: &mut Function, end: Pos) -> Result<(), RawError> {
        // Value numbers may be sparse in hand-written text; they are renumbered densely in
        // numeric order (printing always writes dense numbers, so printed text round-trips).
        let mut defs: Vec<_> = self.defs.into_iter().collect();
        defs.sort_unstable_by_key(|(n, _)| *n);
        // Printed text numbers values densely (v0..vN): then there is nothing to renumber.
        let dense = defs.last().is_none_or(|(n, _)| *n as usize == defs.len() - 1);
        let index: HashMap<u32, u32> = if dense { HashMap::default() } else { defs.iter().enumerate().map(|(i, (n, _))| (*n, i as u32)).collect() };
        for (n, p) in &self.uses {
            if if dense { *n as usize >= defs.len() } else { !index.contains_key(n) } {
                return err(*p, format!("use of undefined value v{n}"));
            }
        }
        f.values = defs.into_iter().map(|(_, (d, _))| d).collect();
        if !dense {
            let renumber = |v: &mut Value| v.0 = index.get(&v.0).copied().unwrap_or(v.0);
            for (b, _) in self.blocks.values_mut() {
                b.params.iter_mut().for_each(renumber);
                for inst in &mut b.insts {
                    if let Some(r) = &mut inst.result {
                        renumber(r);
                    }
                    inst.op.values_mut(renumber);
                }
                b.term.values_mut(renumber);
            }
        }
        let nb = self.blocks.len() as u32;
        if nb == 0 {
            return err(end, format!("function `${}` has no blocks", f.name));
        }
        for (n, p) in &self.block_uses {
            if !self.blocks.contains_key(n) {
                return err(*p, format!("branch to undefined block b{n}"));
            }
        }
        let mut blocks = Vec::with_capacity(nb as usize);
        for n in 0..nb {
            match self.blocks.remove(&n) {
                Some((b, _)) => blocks.push(b),
                None => {
                    let p = self.blocks.values().map(|(_, p)| *p).next().unwrap_or(end);
                    return err(p, format!("blocks must be numbered densely b0..b{}: b{n} is missing", nb - 1));
                }
            }
        }
        f.blocks = blocks;
        Ok(())
    }
}
