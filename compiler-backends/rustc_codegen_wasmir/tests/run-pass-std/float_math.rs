// Float functions without a wasm instruction (powf, exp, ln, log2/10, sin, cos, mul_add) go to
// wasi-libc's libm, as LLVM's libcalls do; the rest are instructions.
fn main() {
    let xs = [0.5f64, 1.0, 2.0, 3.75, 10.0];
    for x in xs {
        println!(
            "{x}: pow {} exp {} ln {} log2 {} log10 {} sin {} cos {} fma {} sqrt {} cbrt-ish {}",
            x.powf(1.5),
            x.exp(),
            x.ln(),
            x.log2(),
            x.log10(),
            x.sin(),
            x.cos(),
            x.mul_add(2.0, 0.25),
            x.sqrt(),
            x.powf(1.0 / 3.0)
        );
    }
    let y = 1.25f32;
    println!("f32: {} {} {} {} {}", y.powf(2.5), y.exp(), y.ln(), y.sin(), y.mul_add(3.0, 1.0));
    let mean = xs.iter().sum::<f64>() / xs.len() as f64;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / xs.len() as f64;
    println!("mean {mean} variance {var:.6} std {:.6}", var.sqrt());
}
