// A Brainfuck interpreter (bracket table precomputed) running a program that prints text
// into an output buffer, plus a squares program.
#![no_std]
include!("prelude.rs");
fn interpret(code: &[u8], out: &mut [u8]) -> usize {
    let mut jump = [0usize; 512];
    let mut stack = [0usize; 64];
    let mut sp = 0;
    for (i, &c) in code.iter().enumerate() {
        if c == b'[' { stack[sp] = i; sp += 1; }
        if c == b']' { sp -= 1; jump[i] = stack[sp]; jump[stack[sp]] = i; }
    }
    let mut tape = [0u8; 300];
    let (mut pc, mut p, mut n) = (0usize, 0usize, 0usize);
    while pc < code.len() {
        match code[pc] {
            b'>' => p += 1,
            b'<' => p -= 1,
            b'+' => tape[p] = tape[p].wrapping_add(1),
            b'-' => tape[p] = tape[p].wrapping_sub(1),
            b'.' => { out[n] = tape[p]; n += 1; }
            b'[' => if tape[p] == 0 { pc = jump[pc]; },
            b']' => if tape[p] != 0 { pc = jump[pc]; },
            _ => {}
        }
        pc += 1;
    }
    n
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let hello = b"++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";
    let mut out = [0u8; 64];
    let n = interpret(hello, &mut out);
    pb(&out[..n]);
    // Sets cells to 30 and 60 with loops, then prints the first one 60 times.
    let counter = b"++++++++++[>+++<-]>[>+>++<<-]>[<+>-]>[<<.>>-]";
    let n = interpret(counter, &mut out);
    pi(n as i64);
    let mut s = 0i64;
    for &b in &out[..n] { s = s.wrapping_mul(7).wrapping_add(b as i64); }
    pi(s);
}
