//! `cargo wasm build`: picks toolchain, target, backend and capability profile, runs
//! `cargo +wasmrust build`, then (release) wasm-opt, and wraps component crates.

use crate::backend::CodegenBackend;
use crate::cargo::{Artifact, Invocation};
use crate::componentize::componentize;
use crate::error::Failure;
use crate::profile::{Allocator, Backend, Host, Package, Workspace};
use crate::toolchain::Toolchain;
use crate::ui::{Ui, human_size};
use crate::wasm_info::{module_facts, write_atomic};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

/// Targets `cargo wasm build` knows. wasm32-wasip2 is built as wasm32-wasip1 and adapted.
pub const TARGETS: &[&str] = &["wasm32-unknown-unknown", "wasm32-wasip1", "wasm32-wasip1-threads", "wasm32-wasip2"];

/// `--message-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum MessageFormat {
    #[default]
    Human,
    Json,
}

/// Options shared by `build`, `run` and `test`.
#[derive(Debug, Clone, clap::Args, Default)]
pub struct BuildOpts {
    /// Build with the size-first release profile, wasm-opt and build-std.
    #[arg(short = 'r', long)]
    pub release: bool,
    /// wasm32-unknown-unknown, wasm32-wasip1 or wasm32-wasip2 (a component).
    #[arg(long, value_name = "TRIPLE")]
    pub target: Option<String>,
    /// Capability profile the crate is checked against (-Z wasm-host-profile).
    #[arg(long, value_enum)]
    pub host: Option<Host>,
    /// Code generator: llvm (the toolchain's, default), or the WasmIR backend
    /// (rustc_codegen_wasmir, no_std crates only for now) with its dev (Cranelift) or release
    /// (LLVM) code generator.
    #[arg(long, value_enum)]
    pub backend: Option<Backend>,
    /// Package(s) to build.
    #[arg(short = 'p', long = "package", value_name = "SPEC")]
    pub packages: Vec<String>,
    /// Path to Cargo.toml.
    #[arg(long, value_name = "PATH")]
    pub manifest_path: Option<PathBuf>,
    /// Features to activate.
    #[arg(short = 'F', long)]
    pub features: Vec<String>,
    /// Do not activate the `default` feature.
    #[arg(long)]
    pub no_default_features: bool,
    /// Release: do not rebuild std for size.
    #[arg(long)]
    pub no_build_std: bool,
    /// Release: do not run wasm-opt.
    #[arg(long)]
    pub no_wasm_opt: bool,
    /// Release: wasm-opt flags instead of the configured ones (default -Oz and strip the
    /// producers and target_features sections), e.g. "-O3".
    #[arg(long, value_name = "FLAGS", allow_hyphen_values = true)]
    pub wasm_opt_flags: Option<String>,
    /// Keep the core module even for #[wasm::component] crates.
    #[arg(long)]
    pub no_component: bool,
    /// Release: global allocator of crates using `wasm`: compact (default) or system (std's).
    #[arg(long, value_enum)]
    pub allocator: Option<Allocator>,
}

/// `cargo wasm build`.
#[derive(Debug, Clone, clap::Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub opts: BuildOpts,
    /// `human` status lines on stderr, or `json`: cargo's messages plus one
    /// `{"reason":"wasm-artifact",…}` line per output on stdout.
    #[arg(long, value_enum, default_value = "human")]
    pub message_format: MessageFormat,
    /// Extra arguments for cargo (after `--`).
    #[arg(last = true)]
    pub cargo_args: Vec<String>,
}

/// Everything decided before cargo runs.
#[derive(Debug, Clone)]
pub struct Plan {
    pub toolchain: Toolchain,
    pub workspace: Workspace,
    pub packages: Vec<Package>,
    /// The requested target (wasm32-wasip2 included).
    pub target: String,
    /// What rustc compiles for.
    pub core_target: String,
    pub host: Host,
    pub release: bool,
    pub build_std: bool,
    pub wasm_opt: Option<Vec<String>>,
    /// Wrap modules into components: Some(true) always (wasip2), Some(false) never, None when
    /// the crate declares `#[wasm::component]`.
    pub component: Option<bool>,
    /// Profile settings we add because the user's profile does not set them.
    pub profile_env: Vec<(String, String)>,
    pub immediate_abort: bool,
    /// Release: install `wasm::heap::CompactAlloc` (through the `wasm` crate's cfg).
    pub compact_alloc: bool,
    /// The code generator ([`Backend::Llvm`]: the toolchain's own).
    pub backend: Backend,
    /// rustc_codegen_wasmir, for [`Backend::Dev`] and [`Backend::Release`].
    pub codegen_backend: Option<CodegenBackend>,
    /// The sysroot compiled through it (`--sysroot`), where there is one for the target.
    pub wasmir_sysroot: Option<PathBuf>,
}

impl Plan {
    /// Decides target, profile, host and steps from the command line and
    /// `[package.metadata.wasm]` (the command line wins).
    pub fn new(opts: &BuildOpts) -> Result<Plan> {
        let toolchain = Toolchain::detect()?;
        let workspace = Workspace::load(&toolchain, opts.manifest_path.as_deref())?;
        let packages: Vec<Package> = workspace.select(&opts.packages)?.into_iter().cloned().collect();
        let meta = packages[0].wasm.clone();
        let target = opts.target.clone().or(meta.target.clone()).unwrap_or_else(|| "wasm32-wasip1".into());
        if !TARGETS.contains(&target.as_str()) {
            bail!("unknown target `{target}` (cargo wasm builds for {}; fix --target or `target` in [package.metadata.wasm])", TARGETS.join(", "));
        }
        let core_target = if target == "wasm32-wasip2" { "wasm32-wasip1".to_string() } else { target.clone() };
        if !toolchain.has_target(&core_target) {
            return Err(Failure::MissingTool(format!(
                "the `{}` toolchain has no standard library for {core_target} (it has: {}): rebuild it with that target in ci/toolchain",
                toolchain.name,
                toolchain.targets().join(", ")
            ))
            .into());
        }
        let backend = opts.backend.or(meta.backend).unwrap_or(Backend::Llvm);
        // The WasmIR backend is built against this toolchain's compiler crates (minutes, once).
        let codegen_backend = match backend {
            Backend::Llvm => None,
            Backend::Dev | Backend::Release => Some(CodegenBackend::locate(&toolchain, &Ui::new(false))?),
        };
        // ... and so is the sysroot its programs link (half a minute, once per backend build).
        let wasmir_sysroot = match &codegen_backend {
            Some(cb) => cb.sysroot(&toolchain, &core_target, &Ui::new(false))?,
            None => None,
        };
        let host = opts.host.or(meta.host).unwrap_or_else(|| Host::default_for(&core_target));
        let release = opts.release;
        let wasm_opt = if !release || opts.no_wasm_opt {
            None
        } else if let Some(f) = &opts.wasm_opt_flags {
            Some(f.split_whitespace().map(String::from).collect())
        } else {
            meta.wasm_opt_flags()
        };
        // A WasmIR build links the sysroot built through the backend (above), not one cargo
        // rebuilds.
        let build_std = release && backend == Backend::Llvm && !opts.no_build_std && meta.build_std != Some(false) && toolchain.rust_src().is_some();
        let user_profile = user_release_profile(&workspace.root)?;
        let mut profile_env = Vec::new();
        let mut immediate_abort = false;
        if release && meta.size_profile != Some(false) {
            for (key, value) in [("opt-level", "z"), ("lto", "fat"), ("codegen-units", "1"), ("strip", "debuginfo")] {
                // The WasmIR link step already sees the whole program (its own "LTO": merge +
                // dead-code elimination); rustc's LTO is LLVM's and does not apply.
                if backend != Backend::Llvm && key == "lto" {
                    continue;
                }
                if !user_profile.contains_key(key) {
                    profile_env.push((profile_var(key), value.to_string()));
                }
            }
            if !user_profile.contains_key("panic") {
                // Without a rebuilt std, immediate-abort cannot be used (std was built to unwind).
                let panic = if build_std { "immediate-abort" } else { "abort" };
                immediate_abort = build_std;
                profile_env.push((profile_var("panic"), panic.to_string()));
            }
        }
        let component = if target == "wasm32-wasip2" {
            Some(true)
        } else if opts.no_component || meta.component == Some(false) {
            Some(false)
        } else {
            None
        };
        // On targets with threads (`+atomics`) the `wasm` crate ignores the cfg: the compact
        // allocator takes no locks.
        let compact_alloc = release && opts.allocator.or(meta.allocator).unwrap_or(Allocator::Compact) == Allocator::Compact;
        Ok(Plan { toolchain, workspace, packages, target, core_target, host, release, build_std, wasm_opt, component, profile_env, immediate_abort, compact_alloc, backend, codegen_backend, wasmir_sysroot })
    }

    /// The cargo invocation for `cargo <subcommand>` under this plan.
    pub fn invocation(&self, subcommand: &[&str], opts: &BuildOpts, extra: &[String]) -> Invocation {
        let mut args = vec!["--target".to_string(), self.core_target.clone()];
        if self.release {
            args.push("--release".into());
        }
        for p in &self.packages {
            args.push("-p".into());
            args.push(p.name.clone());
        }
        for f in &opts.features {
            args.push("--features".into());
            args.push(f.clone());
        }
        if opts.no_default_features {
            args.push("--no-default-features".into());
        }
        let mut env = self.profile_env.clone();
        let mut rustflags = vec![format!("-Zwasm-host-profile={}", self.host.as_str()), format!("--cfg=wasmrust_toolchain=\"{}\"", self.toolchain.build_id())];
        if self.compact_alloc {
            // Read by the `wasm` crate only; crates without it keep std's allocator.
            rustflags.push("--cfg=wasmrust_allocator=\"compact\"".into());
        }
        if let Some(cb) = &self.codegen_backend {
            // A release build runs wasm-opt as its own step (configurable flags); otherwise the
            // release code generator runs it, unless --no-wasm-opt.
            let backend_wasm_opt = self.wasm_opt.is_none() && !opts.no_wasm_opt;
            rustflags.extend(cb.rustflags(self.backend, backend_wasm_opt));
        }
        if let Some(sysroot) = &self.wasmir_sysroot {
            rustflags.push(format!("--sysroot={}", sysroot.display()));
        }
        let mut unstable = Vec::new();
        if self.build_std {
            unstable.push("-Zbuild-std=std,panic_abort".to_string());
        }
        if self.immediate_abort {
            unstable.push("-Zpanic-immediate-abort".to_string());
        }
        // The toolchain's rustc is a nightly; its cargo is the stable one rustup falls back to.
        env.push(("RUSTC_BOOTSTRAP".into(), "1".into()));
        let mut sub: Vec<String> = unstable;
        sub.extend(subcommand.iter().map(|s| s.to_string()));
        args.extend(extra.iter().cloned());
        Invocation {
            subcommand: sub,
            args,
            env,
            rustflags,
            target_dir: Some(self.workspace.target_dir.clone()),
            manifest_path: opts.manifest_path.clone(),
            forward_json: false,
            hint: self.compact_alloc.then_some((
                "conflicts with global allocator in: wasm",
                "release builds install the `wasm` crate's compact allocator; a crate with its own #[global_allocator] sets `allocator = \"system\"` in [package.metadata.wasm]",
            )),
        }
    }

    /// Where finished outputs go: `<target-dir>/wasm/<target>/<profile>/`.
    pub fn out_dir(&self) -> PathBuf {
        self.workspace.target_dir.join("wasm").join(&self.target).join(if self.release { "release" } else { "debug" })
    }
}

fn profile_var(key: &str) -> String {
    format!("CARGO_PROFILE_RELEASE_{}", key.to_uppercase().replace('-', "_"))
}

/// The `[profile.release]` table of the workspace root manifest (empty when absent).
fn user_release_profile(root: &Path) -> Result<toml::Table> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
    let doc: toml::Table = toml::from_str(&text).with_context(|| format!("{}: invalid TOML", path.display()))?;
    Ok(doc
        .get("profile")
        .and_then(|p| p.get("release"))
        .and_then(|r| r.as_table())
        .cloned()
        .unwrap_or_default())
}

/// One finished output.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Output {
    pub package: String,
    pub target_name: String,
    /// `bin` or `cdylib`.
    pub kind: String,
    pub path: PathBuf,
    pub size: u64,
    /// Size of the module rustc produced.
    pub core_size: u64,
    /// Size after wasm-opt, when it ran.
    pub optimized_size: Option<u64>,
    pub wasm_opt: Option<String>,
    pub component: bool,
    pub target: String,
    pub host: Host,
}

/// Runs the plan: cargo, then wasm-opt and component wrapping for each wasm output.
pub fn build(plan: &Plan, opts: &BuildOpts, extra: &[String], ui: &Ui) -> Result<Vec<Output>> {
    let mut inv = plan.invocation(&["build"], opts, extra);
    inv.forward_json = ui.json;
    let artifacts = inv.run(&plan.toolchain, ui)?;
    let selected: Vec<&str> = plan.packages.iter().map(|p| p.name.as_str()).collect();
    let wasm: Vec<&Artifact> = artifacts
        .iter()
        .filter(|a| a.wasm.is_some() && selected.contains(&a.package_name.as_str()))
        .filter(|a| a.kinds.iter().any(|k| k == "bin" || k == "cdylib"))
        .collect();
    if wasm.is_empty() {
        bail!(
            "{}: nothing to build for wasm: the package has no bin target and no cdylib (add `[lib] crate-type = [\"cdylib\"]` or a src/main.rs)",
            plan.packages[0].manifest_path.display()
        );
    }
    wasm.into_iter().map(|a| finish(plan, a, ui)).collect()
}

fn finish(plan: &Plan, a: &Artifact, ui: &Ui) -> Result<Output> {
    let raw_path = a.wasm.as_ref().expect("filtered");
    let raw = std::fs::read(raw_path).with_context(|| format!("{}: cannot read cargo's output", raw_path.display()))?;
    let core_size = raw.len() as u64;
    let mut bytes = raw;
    let mut optimized_size = None;
    let mut tool = None;
    if let Some(flags) = &plan.wasm_opt {
        let pb = ui.spinner(format!("wasm-opt {} {}", flags.join(" "), a.target_name));
        let o = crate::wasm_opt::optimize(raw_path, flags, &plan.workspace.root);
        pb.finish_and_clear();
        let o = o?;
        optimized_size = Some(o.bytes.len() as u64);
        ui.status("Optimized", format!("{} with {} {}: {} -> {}", a.target_name, o.tool, flags.join(" "), core_size, o.bytes.len()));
        tool = Some(o.tool);
        bytes = o.bytes;
    }
    let facts = module_facts(&bytes).with_context(|| format!("{}: invalid wasm", raw_path.display()))?;
    let wrap = plan.component.unwrap_or(facts.has_component_type);
    if wrap {
        let pb = ui.spinner(format!("componentizing {}", a.target_name));
        let c = componentize(&bytes).with_context(|| format!("{}: cannot make a component", raw_path.display()));
        pb.finish_and_clear();
        bytes = c?;
        ui.status("Component", format!("{} (wit-component{})", a.target_name, if facts.import_modules.iter().any(|m| m == "wasi_snapshot_preview1") { " + WASI preview1 adapter" } else { "" }));
    }
    let file = raw_path.file_name().expect("file name");
    let path = plan.out_dir().join(file);
    write_atomic(&path, &bytes)?;
    let out = Output {
        package: a.package_name.clone(),
        target_name: a.target_name.clone(),
        kind: if a.kinds.iter().any(|k| k == "bin") { "bin".into() } else { "cdylib".into() },
        size: bytes.len() as u64,
        path,
        core_size,
        optimized_size,
        wasm_opt: tool,
        component: wrap,
        target: plan.target.clone(),
        host: plan.host,
    };
    ui.status("Finished", format!("{} ({})", out.path.display(), human_size(out.size)));
    Ok(out)
}

/// `cargo wasm build`.
pub fn run(args: BuildArgs) -> Result<()> {
    let ui = Ui::new(args.message_format == MessageFormat::Json);
    let plan = Plan::new(&args.opts)?;
    ui.status(
        "Building",
        format!(
            "{} for {} (host profile {}, {}{}{})",
            plan.packages.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", "),
            plan.target,
            plan.host.as_str(),
            if plan.release { "release" } else { "debug" },
            if plan.build_std { ", std rebuilt for size" } else { "" },
            match plan.backend {
                Backend::Llvm => "",
                Backend::Dev => ", WasmIR dev backend",
                Backend::Release => ", WasmIR release backend",
            }
        ),
    );
    let outputs = build(&plan, &args.opts, &args.cargo_args, &ui)?;
    if ui.json {
        for o in &outputs {
            let mut v = serde_json::to_value(o)?;
            v["reason"] = "wasm-artifact".into();
            println!("{v}");
        }
    }
    Ok(())
}
