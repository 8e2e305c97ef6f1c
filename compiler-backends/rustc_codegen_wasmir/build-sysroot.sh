#!/usr/bin/env bash
# Builds a sysroot through rustc_codegen_wasmir, so that the sysroot's objects carry WasmIR
# and programs built with `--sysroot OUT_DIR` link them instead of lowering private copies of
# sysroot code (see README: "The sysroot").
#
#   build-sysroot.sh BACKEND.so OUT_DIR [TARGET]
#
# `std`, `test` and their dependencies (`core`, `alloc`, hashbrown, ...), compiled from the
# `wasmrust` toolchain's own library sources (its rust-src component, the patched library) by
# cargo from the library's own workspace and lock file (`cargo build -p std -p test`, as
# rustc_codegen_cranelift's build_sysroot does; the crates.io dependencies are fetched once into
# cargo's registry), with the flags x.py gives the standard library (`-Zforce-unstable-if-unmarked`,
# `-Zinline-mir`) and `-Cpanic=abort`.
# TARGET wasm32-unknown-unknown (default): std over no OS (dlmalloc for the heap), as the
# toolchain's own std for that target.
# TARGET wasm32-wasip1: std over WASI, plus the toolchain's self-contained wasi-libc
# (crt1-command.o, libc.a), which the backend lifts to WasmIR at link time.
# The result is cached: OUT_DIR/stamp records the backend's and the toolchain's identity, and
# a matching stamp makes this a no-op. Prints OUT_DIR on the last line of stdout.
#
#   WASMRUST_TOOLCHAIN  rustup toolchain (default wasmrust)
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: build-sysroot.sh BACKEND.so OUT_DIR [wasm32-unknown-unknown|wasm32-wasip1]" >&2
    exit 2
fi
be="$(realpath "$1")"
out="$2"
toolchain="${WASMRUST_TOOLCHAIN:-wasmrust}"
target="${3:-wasm32-unknown-unknown}"
case $target in
    wasm32-unknown-unknown | wasm32-wasip1) ;;
    *) echo "error: not supported yet: a WasmIR sysroot for target $target" >&2; exit 2 ;;
esac
unset RUSTUP_TOOLCHAIN RUSTFLAGS
if [ ! -f "$be" ]; then
    echo "error: backend $be not found (build it with build.sh)" >&2
    exit 1
fi
tsysroot="$(rustc "+$toolchain" --print sysroot)"
lib="$tsysroot/lib/rustlib/src/rust/library"
if [ ! -d "$lib/core/src" ] || [ ! -d "$lib/alloc/src" ]; then
    echo "error: $lib has no core/alloc sources (the toolchain's rust-src component)" >&2
    exit 1
fi
here="$(cd "$(dirname "$0")" && pwd)"
# Tests build the same sysroot concurrently: one builds, the others wait and find it current.
mkdir -p "$(dirname "$out")"
exec 9>"$out.lock"
flock 9
stamp="$target; backend $(stat -c '%s-%Y' "$be") $be; script $(sha1sum < "$here/build-sysroot.sh" | cut -c1-16); rustc $(rustc "+$toolchain" -vV | sha1sum | cut -c1-16); src $(stat -c '%Y' "$lib/core/src/lib.rs" "$lib/alloc/src/lib.rs" | tr '\n' ' ')"
if [ -f "$out/stamp" ] && [ "$(cat "$out/stamp")" = "$stamp" ]; then
    echo "sysroot up to date: $out" >&2
    echo "$out"
    exit 0
fi
rm -rf "$out"
dest="$out/lib/rustlib/$target/lib"
mkdir -p "$dest"
echo "building std for $target through rustc_codegen_wasmir (cargo, library workspace)" >&2
start=$(date +%s.%N)
mkdir -p "$out/build/empty"
RUSTC_BOOTSTRAP=1 RUSTC="$(rustup which --toolchain "$toolchain" rustc)" CARGO_TARGET_DIR="$out/build" \
    RUSTFLAGS="-Zcodegen-backend=$be -Cllvm-args=wasmir-precompile=yes -Cpanic=abort -Zforce-unstable-if-unmarked -Zinline-mir --sysroot $out/build/empty -Cmetadata=wasmir-sysroot" \
    cargo +stable build --locked --release --manifest-path "$lib/Cargo.toml" --target "$target" -p std -p test --no-default-features >&2
cp "$out/build/$target/release/deps/"*.rlib "$dest/"
if [ "$target" = wasm32-wasip1 ]; then
    cp -r "$tsysroot/lib/rustlib/$target/lib/self-contained" "$dest/self-contained"
fi
rm -rf "$out/build"
echo "  std and its dependencies: $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s" >&2
echo "$stamp" > "$out/stamp"
echo "$out"
