#![no_std]
include!("prelude.rs");
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Id(u32);
#[derive(Clone, Copy, Default)]
#[repr(C)]
struct Header { tag: u8, flags: u16, len: u32, id: Id }
#[derive(Clone, Copy)]
#[repr(C, packed)]
struct Packed { a: u8, b: u32, c: u16 }
union IntOrFloat { i: u32, f: f32 }
struct Matrix { m: [[f64; 3]; 3] }
impl Matrix {
    const IDENTITY: Matrix = Matrix { m: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]] };
    fn mul(&self, o: &Matrix) -> Matrix { let mut r = Matrix { m: [[0.0; 3]; 3] }; for i in 0..3 { for j in 0..3 { for k in 0..3 { r.m[i][j] += self.m[i][k] * o.m[k][j]; } } } r }
    fn trace(&self) -> f64 { self.m[0][0] + self.m[1][1] + self.m[2][2] }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let h = Header { tag: 7, flags: 0x1234, len: 99, id: Id(5) }; let d = Header::default();
    pi(h.tag as i64 + h.flags as i64 + h.len as i64 + h.id.0 as i64); pi(d.len as i64); pi(core::mem::size_of::<Header>() as i64);
    let p = Packed { a: 1, b: 0xdeadbeef, c: 7 }; let b = p.b; pi(b as i64); pi(core::mem::size_of::<Packed>() as i64); pi({ p.c } as i64);
    let u = IntOrFloat { f: 1.0 }; pi(unsafe { u.i } as i64); let u2 = IntOrFloat { i: 0x40490fdb }; pf(unsafe { u2.f } as f64);
    let a = Matrix { m: [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]] };
    let sq = a.mul(&a); pf(sq.trace()); pf(a.mul(&Matrix::IDENTITY).m[2][1]);
    pi((Id(3) < Id(4)) as i64); pi(core::cmp::max(Id(9), Id(2)).0 as i64);
    let arr = [Header { id: Id(3), ..h }, h, d]; pi(arr.iter().map(|x| x.id.0 as i64).sum());
}
