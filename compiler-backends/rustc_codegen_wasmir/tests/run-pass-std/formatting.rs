// Formatting through std: floats, Debug of nested types, padding, radix, errors as Display.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
}
fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => std::f64::consts::PI * r * r,
        Shape::Rect(w, h) => w * h,
    }
}
fn main() {
    let shapes = vec![Shape::Circle { r: 1.5 }, Shape::Rect(2.0, 3.25)];
    for s in &shapes {
        println!("{s:?} has area {:.4}", area(s));
    }
    println!("{:#?}", shapes[0]);
    println!("{:08.3} {:+e} {}", -3.14159f64, 1234.5f32, 0.1 + 0.2);
    println!("{:x} {:#b} {:o} {:#X}", 255, 5, 64, 48879);
    let e = "12x".parse::<i32>().unwrap_err();
    println!("parse failure: {e}");
    let f: f64 = "2.5e-3".parse().unwrap();
    println!("parsed {f} {}", f * 1000.0);
    let s = format!("{:?}", (1u8, -2i64, 'c', "str", [1.0f32, 2.5], Some(()), None::<u8>));
    println!("{s} ({} bytes)", s.len());
}
