//@ rustc-env: WASMRUST_TODAY=25.11.2026
//~? ERROR is not a date
// A malformed injected date is one clear error, not a silent "today".
fn main() {}
