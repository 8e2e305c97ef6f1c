#!/usr/bin/env bash
# Builds rustc_codegen_wasmir against the WasmRust stage1 compiler, the way x.py builds its
# rustc_private tools: the stage0 compiler (which built stage1's rustc crates) compiles it with
# those crates' rlibs. Prints the path of the backend (.so) on the last line of stdout.
# `build.sh --unit-tests` instead builds the crate's own unit tests and runs them.
#
#   WASMRUST_BUILD_DIR  x.py build dir (default ~/.cache/wasmrust/rustc-1.96.0/build)
#   WASMRUST_STAGE0     rustup toolchain of stage0 (default 1.95.0)
#   CARGO_TARGET_DIR    where cargo builds (default: this crate's target/)
#   LLVM_SYS_221_PREFIX LLVM 22 for the release backend (wasmir-llvm/inkwell; default
#                       /usr/lib/llvm-22, Debian's libLLVM.so.22.1, the one the toolchain's
#                       librustc_driver links too, so the process holds one LLVM)
#
# The stage1 librustc_driver's identity (name, size, mtime) is part of the crate's -C metadata,
# so a rebuilt toolchain makes cargo rebuild the backend (and only the backend).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${WASMRUST_BUILD_DIR:-$HOME/.cache/wasmrust/rustc-1.96.0/build}"
stage0="${WASMRUST_STAGE0:-1.95.0}"
host=x86_64-unknown-linux-gnu
deps="$build/host/stage1-rustc/$host/release/deps"
hostdeps="$build/host/stage1-rustc/release/deps"
shopt -s nullglob
drivers=("$build"/host/stage1/lib/librustc_driver-*.so)
if [ ${#drivers[@]} -ne 1 ]; then
    echo "error: expected one librustc_driver-*.so in $build/host/stage1/lib, found ${#drivers[@]} (is the WasmRust toolchain built?)" >&2
    exit 1
fi
driver="$deps/$(basename "${drivers[0]}")"
if [ ! -f "$driver" ]; then
    echo "error: $driver missing: stage1-rustc does not match the stage1 sysroot" >&2
    exit 1
fi
stamp="$(stat -c '%s-%Y' "${drivers[0]}")-$(basename "${drivers[0]}" .so)"
export LLVM_SYS_221_PREFIX="${LLVM_SYS_221_PREFIX:-/usr/lib/llvm-22}"
export RUSTC_BOOTSTRAP=1
unset RUSTFLAGS
target="${CARGO_TARGET_DIR:-$here/target}"
if [ "${1:-}" = --unit-tests ]; then
    exe=$(cargo "+$stage0" rustc --profile test --lib --message-format=json-render-diagnostics --manifest-path "$here/Cargo.toml" --target-dir "$target" -- \
        -L "$deps" -L "dependency=$hostdeps" --extern "rustc_driver=$driver" -C "metadata=wasmir-test-$stamp" |
        sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
    [ -n "$exe" ] || { echo "error: building the unit tests produced no executable" >&2; exit 1; }
    # The test binary links the stage1 librustc_driver and LLVM like the backend does.
    LD_LIBRARY_PATH="$build/host/stage1/lib:$LLVM_SYS_221_PREFIX/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$exe"
fi
cargo "+$stage0" rustc ${WASMIR_CARGO_VERBOSE:+-v} --release --lib --manifest-path "$here/Cargo.toml" --target-dir "$target" -- \
    -L "$deps" -L "dependency=$hostdeps" --extern "rustc_driver=$driver" \
    -C "metadata=wasmir-$stamp" >&2
echo "$target/release/librustc_codegen_wasmir.so"
