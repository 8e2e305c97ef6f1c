// Checksums and hashes over byte strings: CRC-32 (table built at run time), Adler-32,
// FNV-1a (32 and 64 bit), djb2, and a xorshift PRNG histogram.
#![no_std]
include!("prelude.rs");
fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    for i in 0..256 {
        let mut c = i as u32;
        for _ in 0..8 { c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 }; }
        t[i] = c;
    }
    t
}
fn crc32(t: &[u32; 256], data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data { c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8); }
    !c
}
fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data { a = (a + x as u32) % 65521; b = (b + a) % 65521; }
    (b << 16) | a
}
fn fnv32(data: &[u8]) -> u32 { data.iter().fold(0x811c_9dc5u32, |h, &b| (h ^ b as u32).wrapping_mul(0x0100_0193)) }
fn fnv64(data: &[u8]) -> u64 { data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3)) }
fn djb2(data: &[u8]) -> u32 { data.iter().fold(5381u32, |h, &b| h.wrapping_shl(5).wrapping_add(h).wrapping_add(b as u32)) }
struct XorShift(u64);
impl XorShift { fn next(&mut self) -> u64 { let mut x = self.0; x ^= x << 13; x ^= x >> 7; x ^= x << 17; self.0 = x; x } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let t = crc_table();
    for s in [&b""[..], b"a", b"123456789", b"The quick brown fox jumps over the lazy dog"] {
        pi(crc32(&t, s) as i64); pi(adler32(s) as i64); pi(fnv32(s) as i64); pi(fnv64(s) as i64); pi(djb2(s) as i64);
    }
    let mut r = XorShift(88172645463325252);
    let mut hist = [0u32; 10];
    for _ in 0..10000 { hist[(r.next() % 10) as usize] += 1; }
    for h in hist { pi(h as i64); }
    pi(r.next() as i64);
}
