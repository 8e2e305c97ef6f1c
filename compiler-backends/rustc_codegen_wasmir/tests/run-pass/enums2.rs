#![no_std]
include!("prelude.rs");
#[derive(Clone, Copy, PartialEq)]
enum Tok { Num(i64), Plus, Minus, Star, LParen, RParen }
fn lex(s: &[u8], out: &mut [Tok; 32]) -> usize { let mut n = 0; let mut i = 0; while i < s.len() { let c = s[i]; if c.is_ascii_digit() { let mut v = 0i64; while i < s.len() && s[i].is_ascii_digit() { v = v * 10 + (s[i] - b'0') as i64; i += 1; } out[n] = Tok::Num(v); n += 1; continue; } let t = match c { b'+' => Some(Tok::Plus), b'-' => Some(Tok::Minus), b'*' => Some(Tok::Star), b'(' => Some(Tok::LParen), b')' => Some(Tok::RParen), _ => None }; if let Some(t) = t { out[n] = t; n += 1; } i += 1; } n }
struct P<'a> { t: &'a [Tok], i: usize }
impl<'a> P<'a> {
    fn peek(&self) -> Option<Tok> { self.t.get(self.i).copied() }
    fn expr(&mut self) -> i64 { let mut v = self.term(); while let Some(op @ (Tok::Plus | Tok::Minus)) = self.peek() { self.i += 1; let r = self.term(); v = if op == Tok::Plus { v + r } else { v - r }; } v }
    fn term(&mut self) -> i64 { let mut v = self.atom(); while self.peek() == Some(Tok::Star) { self.i += 1; v *= self.atom(); } v }
    fn atom(&mut self) -> i64 { match self.peek() { Some(Tok::Num(n)) => { self.i += 1; n } Some(Tok::LParen) => { self.i += 1; let v = self.expr(); self.i += 1; v } Some(Tok::Minus) => { self.i += 1; -self.atom() } _ => 0 } }
}
#[derive(Clone, Copy)] enum Big { A(u64, u64), B { x: f32 }, C }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for e in ["1+2*3", "(1+2)*3", "10-4-3", "-(2*(3+4))*5", "12345*6789"] { let mut toks = [Tok::Plus; 32]; let n = lex(e.as_bytes(), &mut toks); let mut p = P { t: &toks[..n], i: 0 }; pi(p.expr()); }
    for b in [Big::A(1, 2), Big::B { x: 2.5 }, Big::C] { pi(match b { Big::A(x, y) => (x + y) as i64, Big::B { x } => x as i64, Big::C => -1 }); }
    pi(core::mem::size_of::<Option<Option<bool>>>() as i64); pi(core::mem::size_of::<Big>() as i64);
    let e: Option<core::cmp::Ordering> = Some(core::cmp::Ordering::Greater); pi(e.map_or(5, |o| o as i64));
}
