//! Parses the WasmIR text format. Every malformed input is a [`ParseError`] with a line and
//! column; the parser never panics (a proptest feeds it random and mutated text).

use crate::ir::*;
use crate::names::*;
use std::collections::HashMap;
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
enum Tok {
    Ident(String),
    Sym(String),
    Str(Vec<u8>),
    Num(String),
    Punct(char),
    Arrow,
    Eof,
}

impl fmt::Display for Tok {
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

#[derive(Clone, Copy, Debug)]
struct Pos {
    line: u32,
    col: u32,
}

fn err<T>(p: Pos, msg: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError { line: p.line, col: p.col, msg: msg.into() })
}

fn lex(src: &str) -> Result<Vec<(Tok, Pos)>, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let (mut i, mut line, mut col) = (0usize, 1u32, 1u32);
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
    while i < chars.len() {
        let c = chars[i];
        let pos = Pos { line, col };
        let start = i;
        match c {
            '\n' => {
                i += 1;
                line += 1;
                col = 1;
                continue;
            }
            c if c.is_whitespace() => i += 1,
            ';' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '-' if chars.get(i + 1) == Some(&'>') => {
                i += 2;
                toks.push((Tok::Arrow, pos));
            }
            '-' | '0'..='9' => {
                let neg = c == '-';
                if neg {
                    i += 1;
                }
                let body = i;
                let hex = chars.get(i) == Some(&'0') && matches!(chars.get(i + 1), Some('x' | 'X'));
                while i < chars.len() {
                    let d = chars[i];
                    let prev = if i > body { chars[i - 1] } else { ' ' };
                    if is_word(d) || (!hex && (d == '+' || d == '-') && (prev == 'e' || prev == 'E')) {
                        i += 1;
                    } else {
                        break;
                    }
                }
                if i == body {
                    return err(pos, "expected a number after `-`");
                }
                toks.push((Tok::Num(chars[start..i].iter().collect()), pos));
            }
            '$' => {
                i += 1;
                if chars.get(i) == Some(&'"') {
                    let (bytes, n) = lex_string(&chars[i..], pos)?;
                    i += n;
                    let name = String::from_utf8(bytes).or_else(|_| err(pos, "symbol name is not UTF-8"))?;
                    toks.push((Tok::Sym(name), pos));
                } else {
                    while i < chars.len() && is_word(chars[i]) {
                        i += 1;
                    }
                    if i == start + 1 {
                        return err(pos, "expected a name after `$`");
                    }
                    toks.push((Tok::Sym(chars[start + 1..i].iter().collect()), pos));
                }
            }
            '"' => {
                let (bytes, n) = lex_string(&chars[i..], pos)?;
                i += n;
                toks.push((Tok::Str(bytes), pos));
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                while i < chars.len() && is_word(chars[i]) {
                    i += 1;
                }
                toks.push((Tok::Ident(chars[start..i].iter().collect()), pos));
            }
            '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':' | '=' | '@' => {
                i += 1;
                toks.push((Tok::Punct(c), pos));
            }
            _ => return err(pos, format!("unexpected character {c:?}")),
        }
        // Tokens never span lines except strings, which reject raw newlines.
        col += (i - start) as u32;
    }
    toks.push((Tok::Eof, Pos { line, col }));
    Ok(toks)
}

/// Lexes a `"..."` string starting at `s[0]`; returns its bytes and the chars consumed.
fn lex_string(s: &[char], pos: Pos) -> Result<(Vec<u8>, usize), ParseError> {
    let mut out = Vec::new();
    let mut i = 1;
    loop {
        match s.get(i) {
            None | Some('\n') => return err(pos, "unterminated string"),
            Some('"') => return Ok((out, i + 1)),
            Some('\\') => match s.get(i + 1) {
                Some('"') => {
                    out.push(b'"');
                    i += 2;
                }
                Some('\\') => {
                    out.push(b'\\');
                    i += 2;
                }
                Some('n') => {
                    out.push(b'\n');
                    i += 2;
                }
                Some('t') => {
                    out.push(b'\t');
                    i += 2;
                }
                _ => {
                    let hi = s.get(i + 1).and_then(|c| c.to_digit(16));
                    let lo = s.get(i + 2).and_then(|c| c.to_digit(16));
                    match (hi, lo) {
                        (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                        _ => return err(pos, "bad escape in string (use \\\\, \\\", \\n, \\t or two hex digits)"),
                    }
                    i += 3;
                }
            },
            Some(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                i += 1;
            }
        }
    }
}

struct Parser {
    toks: Vec<(Tok, Pos)>,
    i: usize,
    funcs: HashMap<String, FuncId>,
    globals: HashMap<String, GlobalId>,
    tables: HashMap<String, TableId>,
}

/// Parses WasmIR text into a module. The result is not verified: run
/// [`crate::verify::verify_module`] for the semantic checks.
pub fn parse_module(src: &str) -> Result<Module, ParseError> {
    let toks = lex(src)?;
    let mut p = Parser { toks, i: 0, funcs: HashMap::new(), globals: HashMap::new(), tables: HashMap::new() };
    p.prescan()?;
    p.module()
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.i.min(self.toks.len() - 1)].0
    }
    fn pos(&self) -> Pos {
        self.toks[self.i.min(self.toks.len() - 1)].1
    }
    fn next(&mut self) -> (Tok, Pos) {
        let t = self.toks[self.i.min(self.toks.len() - 1)].clone();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }
    fn unexpected<T>(&self, what: &str) -> Result<T, ParseError> {
        err(self.pos(), format!("expected {what}, found {}", self.peek()))
    }
    fn is_punct(&self, c: char) -> bool {
        *self.peek() == Tok::Punct(c)
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
    fn punct(&mut self, c: char) -> Result<(), ParseError> {
        if self.eat_punct(c) { Ok(()) } else { self.unexpected(&format!("`{c}`")) }
    }
    fn keyword(&mut self, s: &str) -> Result<(), ParseError> {
        if self.eat_ident(s) { Ok(()) } else { self.unexpected(&format!("`{s}`")) }
    }
    fn ident(&mut self) -> Result<(String, Pos), ParseError> {
        match self.peek().clone() {
            Tok::Ident(s) => Ok((s, self.next().1)),
            _ => self.unexpected("a keyword"),
        }
    }
    fn sym(&mut self) -> Result<(String, Pos), ParseError> {
        match self.peek().clone() {
            Tok::Sym(s) => Ok((s, self.next().1)),
            _ => self.unexpected("a `$name`"),
        }
    }
    fn string(&mut self) -> Result<Vec<u8>, ParseError> {
        match self.peek().clone() {
            Tok::Str(s) => {
                self.next();
                Ok(s)
            }
            _ => self.unexpected("a string"),
        }
    }
    fn utf8(&mut self) -> Result<String, ParseError> {
        let p = self.pos();
        String::from_utf8(self.string()?).or_else(|_| err(p, "string is not UTF-8"))
    }
    fn u32(&mut self) -> Result<u32, ParseError> {
        match self.peek().clone() {
            Tok::Num(s) => {
                let p = self.next().1;
                parse_u64(&s).and_then(|x| u32::try_from(x).ok()).map_or_else(|| err(p, format!("`{s}` is not a 32-bit unsigned integer")), Ok)
            }
            _ => self.unexpected("an unsigned integer"),
        }
    }
    fn ty(&mut self) -> Result<Type, ParseError> {
        match self.peek().clone() {
            Tok::Ident(s) => match Type::from_name(&s) {
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
    fn prescan(&mut self) -> Result<(), ParseError> {
        let mut depth = 0i32;
        for w in 0..self.toks.len().saturating_sub(1) {
            match &self.toks[w].0 {
                Tok::Punct('{') => depth += 1,
                Tok::Punct('}') => depth -= 1,
                Tok::Ident(kw) if depth == 0 => {
                    if let Tok::Sym(name) = &self.toks[w + 1].0 {
                        let pos = self.toks[w + 1].1;
                        let dup = match kw.as_str() {
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

    fn func_ref(&mut self) -> Result<FuncId, ParseError> {
        let (name, p) = self.sym()?;
        self.funcs.get(&name).copied().map_or_else(|| err(p, format!("unknown function `${name}`")), Ok)
    }

    fn module(&mut self) -> Result<Module, ParseError> {
        self.keyword("module")?;
        let name = self.utf8()?;
        let mut m = Module { name, ..Module::default() };
        loop {
            let (kw, p) = match self.peek().clone() {
                Tok::Eof => break,
                Tok::Ident(_) => self.ident()?,
                _ => return self.unexpected("`file`, `memory`, `global`, `data`, `table`, `elem` or `fn`"),
            };
            match kw.as_str() {
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
                    m.globals.push(Global { name, ty, mutable, init });
                }
                "data" => {
                    let offset = self.u32()?;
                    let bytes = self.string()?;
                    m.data.push(Data { offset, bytes });
                }
                "table" => {
                    let (name, _) = self.sym()?;
                    self.punct(':')?;
                    self.keyword("funcref")?;
                    let min = self.u32()?;
                    let max = if matches!(self.peek(), Tok::Num(_)) { Some(self.u32()?) } else { None };
                    m.tables.push(Table { name, min, max, elems: vec![] });
                }
                "elem" => {
                    let (name, tp) = self.sym()?;
                    let t = *self.tables.get(&name).map_or_else(|| err(tp, format!("unknown table `${name}`")), Ok)?;
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

    fn loc(&mut self) -> Result<Option<SrcLoc>, ParseError> {
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

    fn sig(&mut self) -> Result<Signature, ParseError> {
        let params = self.type_list()?;
        if *self.peek() != Tok::Arrow {
            return self.unexpected("`->`");
        }
        self.next();
        let results = self.type_list()?;
        Ok(Signature { params, results })
    }

    fn type_list(&mut self) -> Result<Vec<Type>, ParseError> {
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

    fn function(&mut self, m: &Module) -> Result<Function, ParseError> {
        let (name, _) = self.sym()?;
        let sig = self.sig()?;
        let mut f = Function { name, sig, import: None, export: None, cc: CallConv::Core, caps: vec![], values: vec![], blocks: vec![], loc: None };
        loop {
            if self.eat_ident("import") {
                let module = self.utf8()?;
                let field = self.utf8()?;
                f.import = Some(Import { module, field });
            } else if self.eat_ident("export") {
                f.export = Some(self.utf8()?);
            } else if self.eat_ident("abi") {
                let (abi, p) = self.ident()?;
                f.cc = match abi.as_str() {
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
                    f.caps.push(self.ident()?.0);
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

    fn value_name(&mut self) -> Result<(u32, Pos), ParseError> {
        let (s, p) = self.ident().or_else(|_| self.unexpected("a value `vN`"))?;
        match s.strip_prefix('v').and_then(|n| if n.starts_with('+') { None } else { n.parse::<u32>().ok() }) {
            Some(n) => Ok((n, p)),
            None => err(p, format!("expected a value `vN`, found `{s}`")),
        }
    }

    fn value_use(&mut self, body: &mut BodyState) -> Result<Value, ParseError> {
        let (n, p) = self.value_name()?;
        body.uses.push((n, p));
        Ok(Value(n))
    }

    fn value_list(&mut self, body: &mut BodyState) -> Result<Vec<Value>, ParseError> {
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

    fn value_def(&mut self, body: &mut BodyState) -> Result<Value, ParseError> {
        let (n, p) = self.value_name()?;
        self.punct(':')?;
        let ty = self.ty()?;
        let linear = self.eat_ident("linear");
        if body.defs.insert(n, (ValueData { ty, linear }, p)).is_some() {
            return err(p, format!("value v{n} is defined twice"));
        }
        Ok(Value(n))
    }

    fn block_label(&mut self) -> Result<(u32, Pos), ParseError> {
        let (s, p) = self.ident().or_else(|_| self.unexpected("a block `bN`"))?;
        match s.strip_prefix('b').and_then(|n| if n.starts_with('+') { None } else { n.parse::<u32>().ok() }) {
            Some(n) => Ok((n, p)),
            None => err(p, format!("expected a block `bN`, found `{s}`")),
        }
    }

    fn target(&mut self, body: &mut BodyState) -> Result<Target, ParseError> {
        let (n, p) = self.block_label()?;
        body.block_uses.push((n, p));
        let args = self.value_list(body)?;
        Ok(Target { block: BlockId(n), args })
    }

    fn block(&mut self, m: &Module, f: &mut Function, body: &mut BodyState) -> Result<(), ParseError> {
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
            let is_def = matches!(self.toks.get(self.i + 1), Some((Tok::Punct(':'), _))) && matches!(self.peek(), Tok::Ident(s) if s.starts_with('v'));
            let result = if is_def {
                let v = self.value_def(body)?;
                self.punct('=')?;
                Some(v)
            } else {
                None
            };
            let (kw, kp) = self.ident()?;
            if result.is_none() {
                if let Some(term) = self.terminator(&kw, body)? {
                    let term_loc = self.loc()?;
                    if body.blocks.insert(n, (Block { params, insts, term, term_loc }, p)).is_some() {
                        return err(p, format!("block b{n} is defined twice"));
                    }
                    return Ok(());
                }
            }
            let rty = result.map(|v| body.defs[&v.0].0.ty);
            let op = self.op(&kw, kp, rty, m, body)?;
            let loc = self.loc()?;
            insts.push(Inst { result, op, loc });
            let _ = pos;
            let _ = &f;
        }
    }

    fn terminator(&mut self, kw: &str, body: &mut BodyState) -> Result<Option<Terminator>, ParseError> {
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

    fn memarg(&mut self) -> Result<MemArg, ParseError> {
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

    fn op(&mut self, kw: &str, kp: Pos, rty: Option<Type>, m: &Module, body: &mut BodyState) -> Result<Op, ParseError> {
        let need_result = |what: &str| -> Result<Type, ParseError> { rty.map_or_else(|| err(kp, format!("`{what}` needs a result value")), Ok) };
        if let Some(o) = lookup(UNOPS, kw) {
            return Ok(Op::Unary(o, self.value_use(body)?));
        }
        if let Some(o) = lookup(BINOPS, kw) {
            let a = self.value_use(body)?;
            self.punct(',')?;
            return Ok(Op::Binary(o, a, self.value_use(body)?));
        }
        if let Some(o) = lookup(CMPOPS, kw) {
            let a = self.value_use(body)?;
            self.punct(',')?;
            return Ok(Op::Cmp(o, a, self.value_use(body)?));
        }
        if let Some(o) = lookup(CONVOPS, kw) {
            return Ok(Op::Convert(o, self.value_use(body)?));
        }
        if let Some(kind) = lookup(LOADS, kw) {
            let addr = self.value_use(body)?;
            return Ok(Op::Load { kind, addr, mem: self.memarg()? });
        }
        if let Some(kind) = lookup(STORES, kw) {
            let addr = self.value_use(body)?;
            self.punct(',')?;
            let value = self.value_use(body)?;
            return Ok(Op::Store { kind, addr, value, mem: self.memarg()? });
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
                let table = *self.tables.get(&name).map_or_else(|| err(tp, format!("unknown table `${name}`")), Ok)?;
                let index = self.value_use(body)?;
                let args = self.value_list(body)?;
                self.punct(':')?;
                Op::CallIndirect { table, sig: self.sig()?, index, args }
            }
            "ref.null" => {
                let (k, p) = self.ident()?;
                Op::RefNull(match k.as_str() {
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

    fn global_ref(&mut self) -> Result<GlobalId, ParseError> {
        let (name, p) = self.sym()?;
        self.globals.get(&name).copied().map_or_else(|| err(p, format!("unknown global `${name}`")), Ok)
    }

    fn constant(&mut self, ty: Type) -> Result<Const, ParseError> {
        let p = self.pos();
        let (text, nan_bits) = match self.next().0 {
            Tok::Num(s) => (s, None),
            Tok::Ident(s) if s == "inf" => (s, None),
            Tok::Ident(s) if s == "nan" => {
                self.punct(':')?;
                match self.next().0 {
                    Tok::Num(b) => (s, Some(b)),
                    _ => return err(p, "expected `nan:0x<bits>`"),
                }
            }
            t => return err(p, format!("expected a {ty} constant, found {t}")),
        };
        let bad = || err(p, format!("`{text}` is not a valid {ty} constant"));
        Ok(match ty {
            Type::I32 => match parse_i128(&text) {
                Some(x) if (i32::MIN as i128..=u32::MAX as i128).contains(&x) => Const::I32(x as u32 as i32),
                _ => return bad(),
            },
            Type::I64 => match parse_i128(&text) {
                Some(x) if (i64::MIN as i128..=u64::MAX as i128).contains(&x) => Const::I64(x as u64 as i64),
                _ => return bad(),
            },
            Type::F32 => match nan_bits {
                Some(b) => match parse_u64(&b).and_then(|x| u32::try_from(x).ok()) {
                    Some(x) if f32::from_bits(x).is_nan() => Const::F32(x),
                    _ => return bad(),
                },
                None => match text.parse::<f32>() {
                    Ok(x) if !x.is_nan() => Const::F32(x.to_bits()),
                    _ => return bad(),
                },
            },
            Type::F64 => match nan_bits {
                Some(b) => match parse_u64(&b) {
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
    fn finish(mut self, f: &mut Function, end: Pos) -> Result<(), ParseError> {
        // Value numbers may be sparse in hand-written text; they are renumbered densely in
        // numeric order (printing always writes dense numbers, so printed text round-trips).
        let mut defs: Vec<_> = self.defs.into_iter().collect();
        defs.sort_by_key(|(n, _)| *n);
        let index: HashMap<u32, u32> = defs.iter().enumerate().map(|(i, (n, _))| (*n, i as u32)).collect();
        for (n, p) in &self.uses {
            if !index.contains_key(n) {
                return err(*p, format!("use of undefined value v{n}"));
            }
        }
        f.values = defs.into_iter().map(|(_, (d, _))| d).collect();
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
