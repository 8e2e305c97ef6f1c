# Environment shared by the CI scripts (sourced).
# Compiled dependencies are reused across clones on this machine (outside the clone, like the
# toolchain build); set CARGO_TARGET_DIR to override.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-${WASMRUST_CACHE:-$HOME/.cache/wasmrust}/cargo-target}
# Our crates bake their checkout's path into what they build (env!("CARGO_MANIFEST_DIR"): test
# fixtures, build.sh, binaryen's wasm-opt), and cargo judges freshness by mtime: in a checkout
# whose files are older than another checkout's builds in the shared target dir, cargo would
# reuse those builds, which then read the other checkout (or fail where it is gone). So when
# the target dir was last used from another checkout, this one's Rust sources are touched and
# our crates rebuild here (the crates.io dependencies stay cached).
wasmrust_checkout="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -d "$CARGO_TARGET_DIR" ] && [ "$(cat "$CARGO_TARGET_DIR/.wasmrust-checkout" 2>/dev/null)" != "$wasmrust_checkout" ]; then
    find "$wasmrust_checkout" \( -name target -o -name rustc-src -o -name node_modules -o -name .git \) -prune -o -name '*.rs' -type f -exec touch {} +
fi
mkdir -p "$CARGO_TARGET_DIR" && printf '%s\n' "$wasmrust_checkout" > "$CARGO_TARGET_DIR/.wasmrust-checkout"
unset wasmrust_checkout
# llvm-sys 221 (inkwell 0.11, feature llvm22-1-prefer-dynamic) finds Debian's LLVM 22 here.
export LLVM_SYS_221_PREFIX=${LLVM_SYS_221_PREFIX:-/usr/lib/llvm-22}
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# Property tests (the WasmIR differential test) draw from a fixed seed in CI so that a run is
# reproducible; run them with another PROPTEST_RNG_SEED to explore further.
export PROPTEST_RNG_SEED=${PROPTEST_RNG_SEED:-20261125}
