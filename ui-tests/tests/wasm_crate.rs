//! The real `wasm` crate through cargo: its macros expand `#[wasm::linear]` to what the
//! compiler checks, and its own capability-needing functions carry `threads`, so calling
//! them under `-Z wasm-host-profile=embedded` stops the build. On stock rustc the same crate
//! compiles without the checks.

use std::path::{Path, PathBuf};
use std::process::Output;

use wasmrust_ui_tests::*;

/// A scratch crate depending on `wasm-lang/wasm`, with `main.rs` = `src`.
fn scratch(src: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let wasm = repo_root().join("wasm-lang/wasm");
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[package]\nname = \"scratch\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[dependencies]\nwasm = {{ path = {:?} }}\n\n[workspace]\n",
            wasm.display().to_string()
        ),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    std::fs::write(dir.path().join("src/main.rs"), src).unwrap();
    dir
}

/// Shared between the cases so dependencies compile once.
fn target_dir(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("wasmrust-ui-wasm-crate-{name}"))
}

fn cargo_check(dir: &Path, profile: Option<&str>) -> Output {
    let mut cmd = tool("cargo");
    cmd.current_dir(dir).args(["check", "--quiet", "--message-format=short", "--target-dir"]).arg(target_dir("wasmrust"));
    if let Some(p) = profile {
        cmd.env("RUSTFLAGS", format!("-Zwasm-host-profile={p}"));
    }
    cmd.output().unwrap()
}

const THREADS: &str = "fn main() {\n    let n = wasm::thread::scope(|s| s.spawn(|| 21).join().unwrap());\n    println!(\"{}\", n * 2);\n}\n";

#[test]
fn wasm_thread_scope_is_rejected_on_embedded() {
    require_toolchain();
    let dir = scratch(THREADS);
    let out = cargo_check(dir.path(), Some("embedded"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("error[E0993]"), "{err}");
    assert!(err.contains("`wasm::thread::scope` needs the `threads` capability, which the `embedded` host profile does not provide"), "{err}");
}

#[test]
fn wasm_thread_scope_is_accepted_on_wasmtime() {
    require_toolchain();
    let dir = scratch(THREADS);
    let out = cargo_check(dir.path(), Some("wasmtime"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

const CANVAS: &str = "#[wasm::linear]\nstruct Canvas(wasm::Handle);\n\nimpl Canvas {\n    fn close(self) {\n        let Canvas(handle) = self;\n        drop(handle);\n    }\n}\n\nfn draw(c: Canvas, ok: bool) {\n    if ok {\n        c.close();\n    }\n}\n\nfn main() {\n    draw(Canvas(wasm::Handle::from_raw(1)), true);\n}\n";

#[test]
fn the_crate_linear_macro_reaches_the_check() {
    require_toolchain();
    let dir = scratch(CANVAS);
    let out = cargo_check(dir.path(), None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("error[E0990]: value of linear type `Canvas` is dropped here"), "{err}");
    // Closing on every branch compiles.
    std::fs::write(dir.path().join("src/main.rs"), CANVAS.replace("        c.close();\n    }\n", "        c.close();\n    } else {\n        c.close();\n    }\n")).unwrap();
    let out = cargo_check(dir.path(), None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn stock_rustc_builds_the_same_programs_without_the_checks() {
    let stock = Path::new("/usr/bin/rustc");
    assert!(stock.is_file(), "stock rustc 1.96 (Debian rustc-web) is missing: run ci/setup");
    for src in [THREADS, CANVAS] {
        let dir = scratch(src);
        let out = std::process::Command::new("cargo")
            .current_dir(dir.path())
            .args(["check", "--quiet", "--target-dir"])
            .arg(target_dir("stock"))
            .env("RUSTC", stock)
            .env_remove("RUSTFLAGS")
            .env_remove("RUSTUP_TOOLCHAIN")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}
