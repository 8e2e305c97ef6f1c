//! The dev server in headless Chromium (Debian `chromium` + `chromium-driver` over WebDriver):
//! the page loads, calls an export of a real module, shows the result, is cross-origin
//! isolated; after a source change the module is rebuilt and the page reloads by itself.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use wasm_devserver::webdriver::Browser;
use wasm_devserver::{DevServer, ServeConfig};

const RESULT: &str = "return document.body.dataset.state === 'done' ? document.getElementById('result').textContent : (document.body.dataset.state === 'error' ? 'error: ' + document.getElementById('error').textContent : null)";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

fn wasmrust_available() -> bool {
    Command::new("rustup")
        .args(["run", "wasmrust", "rustc", "-vV"])
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Builds examples/add-cdylib with the wasmrust toolchain into this test's target directory.
fn build_add_cdylib() -> PathBuf {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("add-cdylib");
    let out = Command::new("cargo")
        .args(["+wasmrust", "build", "--release", "--target", "wasm32-unknown-unknown"])
        .current_dir(repo_root().join("examples/add-cdylib"))
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("RUSTC")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "add-cdylib build failed:\n{}", String::from_utf8_lossy(&out.stderr));
    target.join("wasm32-unknown-unknown/release/add_cdylib.wasm")
}

#[test]
fn page_calls_a_rust_export_and_is_cross_origin_isolated() {
    if !wasmrust_available() {
        println!("skipped: wasmrust toolchain not installed (page_calls_a_rust_export_and_is_cross_origin_isolated)");
        eprintln!("skipped: wasmrust toolchain not installed (page_calls_a_rust_export_and_is_cross_origin_isolated)");
        return;
    }
    let wasm = build_add_cdylib();
    let server = DevServer::start(ServeConfig::new(&wasm), None).unwrap();
    let browser = Browser::start().unwrap();
    browser.goto(&format!("{}?call=add&args=2,40", server.url())).unwrap();
    let result = browser.wait_for(RESULT, Duration::from_secs(30)).unwrap();
    assert_eq!(result, "42");
    assert_eq!(browser.eval("return self.crossOriginIsolated").unwrap(), true);
    assert_eq!(browser.eval("return typeof SharedArrayBuffer").unwrap(), "function");
    assert_eq!(browser.eval("return document.getElementById('coi').textContent").unwrap(), "true");
    // Wrapping addition, straight from the Rust source.
    browser.goto(&format!("{}?call=add&args=2147483647,1", server.url())).unwrap();
    assert_eq!(browser.wait_for(RESULT, Duration::from_secs(30)).unwrap(), "-2147483648");
}

#[test]
fn source_change_rebuilds_and_reloads_the_page() {
    // The source is WAT, rebuilt by the `wat` crate: a real rebuild that needs no toolchain.
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir(&src).unwrap();
    let wat_path = src.join("calc.wat");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let wasm_path = out.join("calc.wasm");
    let program = |k: i32| {
        format!(
            "(module (import \"env\" \"memory\" (memory 1 1 shared)) (func (export \"calc\") (param i32) (result i32) local.get 0 i32.const {k} i32.mul))"
        )
    };
    std::fs::write(&wat_path, program(2)).unwrap();
    let build = {
        let (wat_path, wasm_path) = (wat_path.clone(), wasm_path.clone());
        move || -> anyhow::Result<()> {
            let bytes = wat::parse_file(&wat_path)?;
            let tmp = wasm_path.with_extension("wasm.tmp");
            std::fs::write(&tmp, bytes)?;
            std::fs::rename(&tmp, &wasm_path)?;
            Ok(())
        }
    };
    let first = build.clone();
    first().unwrap();
    let mut config = ServeConfig::new(&wasm_path);
    config.watch = vec![src.clone()];
    config.ignore = vec![out.clone()];
    let server = DevServer::start(config, Some(Box::new(build))).unwrap();
    let browser = Browser::start().unwrap();
    let url = format!("{}?call=calc&args=21", server.url());
    browser.goto(&url).unwrap();
    assert_eq!(browser.wait_for(RESULT, Duration::from_secs(30)).unwrap(), "42");
    // The module imports a shared memory, which the glue creates: only possible when isolated.
    assert_eq!(browser.eval("return self.crossOriginIsolated").unwrap(), true);
    // Mark this page instance; a reload clears the mark.
    browser.eval("window.__marker = 1; return null").unwrap();

    std::fs::write(&wat_path, program(3)).unwrap();
    let reloaded = "return window.__marker === undefined && document.body.dataset.state === 'done' ? document.getElementById('result').textContent : null";
    assert_eq!(browser.wait_for(reloaded, Duration::from_secs(30)).unwrap(), "63");
    assert_eq!(server.build_count(), 2);

    // A broken source: the page stays and shows the build error.
    browser.eval("window.__marker = 2; return null").unwrap();
    std::fs::write(&wat_path, "(module (func (export \"calc\") oops))").unwrap();
    let overlay = "const e = document.getElementById('__devserver_error'); return e ? e.textContent : null";
    let text = browser.wait_for(overlay, Duration::from_secs(30)).unwrap();
    assert!(text.as_str().unwrap().contains("build failed"), "{text}");
    assert_eq!(browser.eval("return window.__marker").unwrap(), 2, "a failed build must not reload the page");
    assert!(server.last_error().is_some());

    // Fixed again: reload with the new code.
    std::fs::write(&wat_path, program(4)).unwrap();
    assert_eq!(browser.wait_for(reloaded, Duration::from_secs(30)).unwrap(), "84");
}
