// Adapted from rustc 1.96.0 compiler/rustc_codegen_cranelift/example/dst-field-align.rs
// (MIT/Apache-2.0): Box<usize> -> a plain field (no allocator in no_std), assert_eq! -> printing.
#![no_std]
#![allow(dead_code)]
include!("prelude.rs");
struct Foo<T: ?Sized> {
    a: u16,
    b: T,
}
trait Bar {
    fn get(&self) -> usize;
}
impl Bar for usize {
    fn get(&self) -> usize {
        *self
    }
}
struct Baz<T: ?Sized> {
    a: T,
}
struct HasDrop<T: ?Sized> {
    ptr: usize,
    data: T,
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    // Test that zero-offset works properly
    let b: Baz<usize> = Baz { a: 7 };
    pi(b.a.get() as i64);
    let b: &Baz<dyn Bar> = &b;
    pi(b.a.get() as i64);
    // Test that the field is aligned properly
    let f: Foo<usize> = Foo { a: 0, b: 11 };
    pi(f.b.get() as i64);
    let ptr1: *const u8 = &f.b as *const _ as *const u8;
    let f: &Foo<dyn Bar> = &f;
    let ptr2: *const u8 = &f.b as *const _ as *const u8;
    pi(f.b.get() as i64);
    // The pointers should be the same
    pi((ptr1 == ptr2) as i64);
    // Test that nested DSTs work properly
    let f: Foo<Foo<usize>> = Foo { a: 0, b: Foo { a: 1, b: 17 } };
    pi(f.b.b.get() as i64);
    let f: &Foo<Foo<dyn Bar>> = &f;
    pi(f.b.b.get() as i64);
    // Test that get the pointer via destructuring works
    let f: Foo<usize> = Foo { a: 0, b: 11 };
    let f: &Foo<dyn Bar> = &f;
    let &Foo { a: _, b: ref bar } = f;
    pi(bar.get() as i64);
    let d: HasDrop<Baz<[i32; 4]>> = HasDrop { ptr: 0, data: Baz { a: [1, 2, 3, 4] } };
    pi(([1, 2, 3, 4] == d.data.a) as i64);
    let d: &HasDrop<Baz<[i32]>> = &d;
    pi((&[1, 2, 3, 4] == &d.data.a) as i64);
    pi(d.data.a.len() as i64);
}
