//! `cargo wasm test`: `cargo +wasmrust test --no-run --target wasm32-wasip1`, then each test
//! binary runs in Wasmtime with libtest's own (cargo-test-style) output.

use super::build::{BuildOpts, Plan};
use crate::error::Failure;
use crate::runtime::{Outcome, RunConfig, run_command};
use crate::ui::Ui;
use crate::wasm_info::read_wasm;
use anyhow::{Result, bail};

/// `cargo wasm test`.
#[derive(Debug, Clone, clap::Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub opts: BuildOpts,
    /// Only compile the tests.
    #[arg(long)]
    pub no_run: bool,
    /// Arguments for the test binaries (after `--`), e.g. a name filter or `--ignored`.
    #[arg(last = true)]
    pub args: Vec<String>,
}

/// `cargo wasm test`.
pub fn run(args: TestArgs) -> Result<()> {
    let ui = Ui::new(false);
    let mut opts = args.opts.clone();
    match opts.target.as_deref() {
        None | Some("wasm32-wasip1") => opts.target = Some("wasm32-wasip1".into()),
        Some(t) => bail!("cargo wasm test runs tests on wasm32-wasip1 (WASI gives libtest its output); --target {t} is not supported"),
    }
    // Tests keep the crate's own profile: no std rebuild, no wasm-opt, no component wrapping.
    opts.no_build_std = true;
    opts.no_wasm_opt = true;
    let mut plan = Plan::new(&opts)?;
    plan.profile_env.clear();
    plan.immediate_abort = false;
    let artifacts = plan.invocation(&["test", "--no-run"], &opts, &[]).run(&plan.toolchain, &ui)?;
    let tests: Vec<_> = artifacts.iter().filter(|a| a.test && a.wasm.is_some()).collect();
    if tests.is_empty() {
        ui.warn("no test targets were built");
        return Ok(());
    }
    if args.no_run {
        for t in &tests {
            ui.status("Executable", t.wasm.as_ref().expect("filtered").display());
        }
        return Ok(());
    }
    let mut failed = Vec::new();
    for t in &tests {
        let path = t.wasm.as_ref().expect("filtered");
        let label = if t.kinds.iter().any(|k| k == "lib" || k == "cdylib" || k == "rlib") {
            "unittests".to_string()
        } else {
            format!("{} test", t.target_name)
        };
        ui.status("Running", format!("{label} {} (wasmtime)", path.display()));
        let (bytes, kind) = read_wasm(path)?;
        let pkg_dir = plan
            .packages
            .iter()
            .find(|p| p.name == t.package_name)
            .and_then(|p| p.manifest_path.parent().map(|d| d.to_path_buf()));
        let mut cfg = RunConfig {
            args: vec![path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()],
            ..Default::default()
        };
        cfg.args.extend(args.args.iter().cloned());
        // libtest captures a test's output and prints it when the test ends; on wasm a panic
        // aborts first, so captured output (the panic message) would be lost.
        if !args.args.iter().any(|a| a == "--nocapture" || a == "--show-output") {
            cfg.args.push("--nocapture".into());
        }
        if let Some(d) = pkg_dir {
            // Like cargo test: the package directory is the working directory.
            cfg.dirs.push((d, ".".into()));
        }
        match run_command(path, &bytes, kind, &cfg)? {
            Outcome::Exit(0) => {}
            Outcome::Exit(code) => failed.push(format!("{label} ({}) exited with {code}", t.package_name)),
            Outcome::Trap(msg) => {
                // panic = abort on wasm: a failing test stops its binary.
                eprintln!("{}", msg.lines().next().unwrap_or("trap"));
                failed.push(format!("{label} ({}) trapped (a test panicked; wasm aborts on panic, so the rest of that binary did not run)", t.package_name));
            }
        }
    }
    if !failed.is_empty() {
        return Err(Failure::TestsFailed(format!("test failed: {}", failed.join("; "))).into());
    }
    Ok(())
}
