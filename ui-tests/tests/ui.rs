//! The ui suite: every case under `ui/` on the wasmrust toolchain, and every case that the
//! wasmrust toolchain rejects on the stock rustc 1.96 (Debian's `rustc-web`), which must accept
//! it: the difference is what the patch queue adds. `BLESS=1` rewrites expectations.

use libtest_mimic::{Arguments, Failed, Trial};
use wasmrust_ui_tests::ui;

/// The stock compiler, with the `wasm`/`wasmrust` tool namespaces registered through the
/// unstable `register_tool` feature so that the attributes are accepted and simply inert.
const STOCK: &[&str] = &[
    "env",
    "RUSTC_BOOTSTRAP=1",
    "/usr/bin/rustc",
    "-Zcrate-attr=feature(register_tool)",
    "-Zcrate-attr=register_tool(wasm)",
    "-Zcrate-attr=register_tool(wasmrust)",
];

fn main() {
    let args = Arguments::from_args();
    let bless = std::env::var_os("BLESS").is_some();
    let mut trials = Vec::new();
    for rel in ui::discover().expect("listing ui/") {
        let text = std::fs::read_to_string(ui::ui_dir().join(&rel)).expect("reading a ui case");
        let case = match ui::parse(&rel, &text) {
            Ok(c) => c,
            Err(e) => {
                let msg = e.to_string();
                trials.push(Trial::test(format!("ui::{}", rel.display()), move || Err(msg.into())));
                continue;
            }
        };
        let name = rel.display().to_string();
        let c = case.clone();
        trials.push(Trial::test(format!("ui::{name}"), move || {
            wasmrust_ui_tests::require_toolchain();
            let outcome = ui::run_case(&ui::wasmrust_rustc(), &c).map_err(|e| Failed::from(format!("{e:#}")))?;
            ui::check(&c, &outcome, bless).map_err(|e| Failed::from(format!("{e:#}")))?;
            if c.rustfix {
                ui::check_rustfix(&ui::wasmrust_rustc(), &c, &outcome, bless).map_err(|e| Failed::from(format!("{e:#}")))?;
            }
            Ok(())
        }));
        if case.mode.expects_errors() {
            let mut c = case;
            c.flags.retain(|f| !f.starts_with("-Zwasm-host-profile") && !f.starts_with("-Z"));
            trials.push(Trial::test(format!("stock::{name}"), move || {
                let rustc: Vec<String> = STOCK.iter().map(|s| s.to_string()).collect();
                let outcome = ui::run_case(&rustc, &c).map_err(|e| Failed::from(format!("{e:#}")))?;
                if outcome.success {
                    Ok(())
                } else {
                    Err(format!("stock rustc 1.96 rejects it too, so it does not show a WasmRust check:\n{}", outcome.stderr).into())
                }
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
