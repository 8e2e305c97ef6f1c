//! `cargo wasm serve` end to end: builds (a copy of) examples/add-cdylib with the wasmrust
//! toolchain, serves it, and headless Chromium (chromedriver) loads the page, calls `add`,
//! reads the result from the DOM and checks `crossOriginIsolated`; then a source change is
//! rebuilt by `cargo wasm` and the page reloads by itself with the new result.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use wasm_devserver::webdriver::Browser;

mod common;

#[test]
fn serve_builds_and_the_browser_calls_the_export() {
    need_toolchain!("serve_builds_and_the_browser_calls_the_export");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-e2e");
    // A copy, so the test can edit the source (the example is its own workspace).
    let crate_dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(crate_dir.path().join("src")).unwrap();
    std::fs::copy(repo.join("examples/add-cdylib/Cargo.toml"), crate_dir.path().join("Cargo.toml")).unwrap();
    let lib = crate_dir.path().join("src/lib.rs");
    let source = std::fs::read_to_string(repo.join("examples/add-cdylib/src/lib.rs")).unwrap();
    std::fs::write(&lib, &source).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cargo-wasm"))
        .args(["wasm", "serve", "--port", "0", "--manifest-path"])
        .arg(crate_dir.path().join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTUP_TOOLCHAIN")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut url = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut url).unwrap();
    let url = url.trim().to_string();
    let result = (|| -> anyhow::Result<()> {
        anyhow::ensure!(url.starts_with("http://127.0.0.1:"), "serve printed no URL (got `{url}`)");
        let browser = Browser::start()?;
        browser.goto(&format!("{url}?call=add&args=20,22"))?;
        let got = browser.wait_for(
            "return document.body.dataset.state === 'done' ? document.getElementById('result').textContent : (document.body.dataset.state === 'error' ? 'error: ' + document.getElementById('error').textContent : null)",
            Duration::from_secs(60),
        )?;
        anyhow::ensure!(got == "42", "page shows {got}");
        anyhow::ensure!(browser.eval("return self.crossOriginIsolated")? == true, "page is not cross-origin isolated");
        // Mark this page instance (a reload clears the mark), then change the source.
        browser.eval("window.__marker = 1; return 1")?;
        let changed = source.replace("a.wrapping_add(b)", "a.wrapping_add(b).wrapping_add(21)");
        anyhow::ensure!(changed != source, "examples/add-cdylib/src/lib.rs no longer has `a.wrapping_add(b)`");
        std::fs::write(&lib, changed)?;
        let reloaded = "return window.__marker === undefined && document.body.dataset.state === 'done' ? document.getElementById('result').textContent : null";
        let got = browser.wait_for(reloaded, Duration::from_secs(240))?;
        anyhow::ensure!(got == "63", "after the change the page shows {got}");
        Ok(())
    })();
    let _ = child.kill();
    let _ = child.wait();
    result.unwrap();
}
