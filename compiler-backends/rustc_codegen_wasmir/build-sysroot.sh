#!/usr/bin/env bash
# Builds a sysroot through rustc_codegen_wasmir, so that the sysroot's objects carry WasmIR
# and programs built with `--sysroot OUT_DIR` link them instead of lowering private copies of
# sysroot code (see README: "The sysroot").
#
#   build-sysroot.sh BACKEND.so OUT_DIR [TARGET]
#
# TARGET wasm32-unknown-unknown (default): `core`, `compiler_builtins`, `alloc`, compiled from
# the `wasmrust` toolchain's own library sources (its rust-src component, the patched library)
# with rustc directly, the way x.py compiles the standard library (`-Zforce-unstable-if-unmarked`,
# `-Cpanic=abort`, optimised MIR).
# TARGET wasm32-wasip1: `std` and its dependencies (libc, wasi, hashbrown, ...), built by cargo
# from the library's own workspace and lock file (`cargo build -p std`, as rustc_codegen_
# cranelift's build_sysroot does; the crates.io dependencies are fetched once into cargo's
# registry), plus the toolchain's self-contained wasi-libc (crt1-command.o, libc.a), which the
# backend lifts to WasmIR at link time.
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
if [ "$target" = wasm32-wasip1 ]; then
    echo "building std for $target through rustc_codegen_wasmir (cargo, library workspace)" >&2
    start=$(date +%s.%N)
    mkdir -p "$out/build/empty"
    RUSTC_BOOTSTRAP=1 RUSTC="$(rustup which --toolchain "$toolchain" rustc)" CARGO_TARGET_DIR="$out/build" \
        RUSTFLAGS="-Zcodegen-backend=$be -Cllvm-args=wasmir-precompile=yes -Cpanic=abort -Zforce-unstable-if-unmarked -Zinline-mir --sysroot $out/build/empty -Cmetadata=wasmir-sysroot" \
        cargo +stable build --locked --release --manifest-path "$lib/Cargo.toml" --target "$target" -p std -p test --no-default-features >&2
    cp "$out/build/$target/release/deps/"*.rlib "$dest/"
    cp -r "$tsysroot/lib/rustlib/$target/lib/self-contained" "$dest/self-contained"
    rm -rf "$out/build"
    echo "  std and its dependencies: $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s" >&2
    echo "$stamp" > "$out/stamp"
    echo "$out"
    exit 0
fi
flags=("+$toolchain" --target "$target" --sysroot "$out" --edition 2024 --crate-type rlib
    -Cpanic=abort -Copt-level=2 -Cmetadata=wasmir-sysroot -Zforce-unstable-if-unmarked -Zinline-mir -Cllvm-args=wasmir-precompile=yes
    "-Zcodegen-backend=$be" --out-dir "$dest" -L "dependency=$dest" --cap-lints allow)
export RUSTC_BOOTSTRAP=1
# compiler_builtins: rustc injects it into every no_std crate graph. The backend gives it an
# empty module (see driver.rs); the cfgs are the ones its build.rs sets for wasm32.
cb=(--cfg 'feature="compiler-builtins"' --cfg 'feature="unstable-intrinsics"' --cfg intrinsics_enabled
    --cfg arch_enabled --cfg optimizations_enabled)
export CFG_CARGO_FEATURES='["compiler-builtins"]' CFG_OPT_LEVEL=2 CFG_TARGET_FEATURES='[]'
for crate in core compiler_builtins alloc; do
    echo "building $crate through rustc_codegen_wasmir" >&2
    start=$(date +%s.%N)
    case $crate in
        compiler_builtins) rustc "${flags[@]}" "${cb[@]}" --crate-name "$crate" "$lib/compiler-builtins/compiler-builtins/src/lib.rs" ;;
        *) rustc "${flags[@]}" --crate-name "$crate" "$lib/$crate/src/lib.rs" ;;
    esac
    echo "  $crate: $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s" >&2
done
echo "$stamp" > "$out/stamp"
echo "$out"
