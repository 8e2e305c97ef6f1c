# Environment shared by the CI scripts (sourced).
# Compiled dependencies are reused across clones on this machine (outside the clone, like the
# toolchain build); set CARGO_TARGET_DIR to override.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-${WASMRUST_CACHE:-$HOME/.cache/wasmrust}/cargo-target}
# llvm-sys 221 (inkwell 0.11, feature llvm22-1-prefer-dynamic) finds Debian's LLVM 22 here.
export LLVM_SYS_221_PREFIX=${LLVM_SYS_221_PREFIX:-/usr/lib/llvm-22}
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# Property tests (the WasmIR differential test) draw from a fixed seed in CI so that a run is
# reproducible; run them with another PROPTEST_RNG_SEED to explore further.
export PROPTEST_RNG_SEED=${PROPTEST_RNG_SEED:-20261125}
