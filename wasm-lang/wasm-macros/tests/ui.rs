//! Macro errors: spanned, specific, and checked against their expected output.
#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
