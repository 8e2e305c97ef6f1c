//! `cargo wasm setup`: checks everything `cargo wasm` uses and says how to get what is
//! missing. It installs nothing itself: the toolchain is built from source (no download).

use crate::error::Failure;
use crate::toolchain::{Toolchain, install_hint, which};
use crate::ui::Ui;
use anyhow::Result;

/// `cargo wasm setup`.
#[derive(Debug, Clone, clap::Args)]
pub struct SetupArgs {}

struct Check {
    what: String,
    ok: bool,
    detail: String,
    required: bool,
}

/// `cargo wasm setup`.
pub fn run(_args: SetupArgs) -> Result<()> {
    let ui = Ui::new(false);
    let mut checks = Vec::new();
    match Toolchain::detect() {
        Ok(tc) => {
            checks.push(Check { what: format!("toolchain `{}`", tc.name), ok: true, detail: tc.sysroot.display().to_string(), required: true });
            for t in ["wasm32-wasip1", "wasm32-unknown-unknown"] {
                let ok = tc.has_target(t);
                checks.push(Check {
                    what: format!("std for {t}"),
                    ok,
                    detail: if ok { "present".into() } else { "missing: rebuild the toolchain with this target (ci/toolchain)".into() },
                    required: t == "wasm32-wasip1",
                });
            }
            let src = tc.rust_src();
            checks.push(Check {
                what: "rust-src (release builds rebuild std for size)".into(),
                ok: src.is_some(),
                detail: src.map(|p| p.display().to_string()).unwrap_or_else(|| "missing: release builds use the prebuilt std (larger); the toolchain build links lib/rustlib/src/rust".into()),
                required: false,
            });
        }
        Err(e) => checks.push(Check { what: format!("toolchain `{}`", crate::toolchain::toolchain_name()), ok: false, detail: format!("{e:#}"), required: true }),
    }
    let project = std::env::current_dir()?;
    let opts: Vec<_> = crate::wasm_opt::candidates(&project).into_iter().filter_map(|p| crate::wasm_opt::version(&p).map(|v| format!("{} ({v})", p.display()))).collect();
    checks.push(Check {
        what: "wasm-opt (release builds)".into(),
        ok: !opts.is_empty(),
        detail: if opts.is_empty() { "missing: apt-get install binaryen, or npm install binaryen and set WASM_OPT".into() } else { opts.join(", ") },
        required: false,
    });
    let twiggy = which("twiggy");
    checks.push(Check {
        what: "twiggy (optional, to compare with `cargo wasm size`)".into(),
        ok: twiggy.is_some(),
        detail: twiggy.map(|p| p.display().to_string()).unwrap_or_else(|| "missing: cargo install twiggy".into()),
        required: false,
    });
    let mut missing_required = false;
    for c in &checks {
        let mark = if c.ok { ui.ok("ok") } else if c.required { ui.bad("missing") } else { ui.bad("absent") };
        println!("{mark:>8}  {:<50} {}", c.what, c.detail);
        missing_required |= c.required && !c.ok;
    }
    if missing_required {
        return Err(Failure::MissingTool(format!("cargo wasm cannot build yet: {}", install_hint())).into());
    }
    println!("cargo wasm is ready (the wasmtime runtime is built in).");
    Ok(())
}
