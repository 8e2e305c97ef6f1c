//! Settings from `[package.metadata.wasm]` in Cargo.toml, merged with the command line.
//!
//! ```toml
//! [package.metadata.wasm]
//! target = "wasm32-wasip1"      # default target of `cargo wasm build`
//! host = "wasmtime"             # capability profile: browser | node | wasmtime | embedded
//! backend = "llvm"              # dev | release | llvm
//! wasm-opt = ["-Oz"]            # flags for release builds (default: -Oz, strip producers and
//!                               # target_features); false turns wasm-opt off
//! component = true              # wrap #[wasm::component] crates (default: when declared)
//! build-std = true              # release: rebuild std for size (needs rust-src)
//! size-profile = true           # release: opt-level z, fat LTO, 1 codegen unit, abort
//! allocator = "compact"         # release, crates using `wasm`: compact | system (std's)
//! ```

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A capability profile (`-Z wasm-host-profile=<host>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Host {
    Browser,
    Node,
    Wasmtime,
    Embedded,
}

impl Host {
    /// The name rustc's `-Z wasm-host-profile` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            Host::Browser => "browser",
            Host::Node => "node",
            Host::Wasmtime => "wasmtime",
            Host::Embedded => "embedded",
        }
    }
    /// The profile a target implies when none is given.
    pub fn default_for(target: &str) -> Host {
        if target == "wasm32-unknown-unknown" { Host::Browser } else { Host::Wasmtime }
    }
}

/// A code generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// WasmIR through Cranelift.
    Dev,
    /// WasmIR through LLVM (inkwell).
    Release,
    /// The toolchain's stock rustc_codegen_llvm.
    Llvm,
}

/// What a release build passes to wasm-opt unless configured: size first, and without the
/// `producers` and `target_features` custom sections, which only tools read (a third of a
/// small kernel's bytes).
pub const DEFAULT_WASM_OPT: &[&str] = &["-Oz", "--strip-producers", "--strip-target-features"];

/// `allocator = "compact" | "system"`: the global allocator a release build installs through
/// the `wasm` crate (`wasm::heap::CompactAlloc`, a few hundred bytes), or std's own
/// (wasi-libc's dlmalloc on wasip1, about 10 KB). Compact is the release default.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Allocator {
    Compact,
    System,
}

/// `wasm-opt = false` or `wasm-opt = ["-Oz", …]` (or one string).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum WasmOptSetting {
    Enabled(bool),
    Flags(Vec<String>),
    Flag(String),
}

/// `[package.metadata.wasm]`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct WasmMetadata {
    pub target: Option<String>,
    pub host: Option<Host>,
    pub backend: Option<Backend>,
    pub wasm_opt: Option<WasmOptSetting>,
    pub component: Option<bool>,
    pub build_std: Option<bool>,
    pub size_profile: Option<bool>,
    /// The global allocator of a release build of a crate using `wasm`.
    pub allocator: Option<Allocator>,
    /// OCI registries for publish/fetch, in precedence order (read by wasm-oci).
    pub registries: Option<serde_json::Value>,
    /// `warn` or `error` when two registries disagree (read by wasm-oci).
    pub registry_conflict: Option<serde_json::Value>,
}

impl WasmMetadata {
    /// Reads it from a package's `metadata` value (`null` when there is none).
    pub fn from_package_metadata(metadata: &serde_json::Value, manifest: &Path) -> Result<WasmMetadata> {
        match metadata.get("wasm") {
            None | Some(serde_json::Value::Null) => Ok(WasmMetadata::default()),
            Some(v) => serde_json::from_value(v.clone()).with_context(|| {
                format!("{}: invalid [package.metadata.wasm] (fix or remove the key)", manifest.display())
            }),
        }
    }

    /// wasm-opt flags for a release build, `None` when turned off.
    pub fn wasm_opt_flags(&self) -> Option<Vec<String>> {
        match &self.wasm_opt {
            None | Some(WasmOptSetting::Enabled(true)) => Some(DEFAULT_WASM_OPT.iter().map(|f| f.to_string()).collect()),
            Some(WasmOptSetting::Enabled(false)) => None,
            Some(WasmOptSetting::Flags(f)) => Some(f.clone()),
            Some(WasmOptSetting::Flag(f)) => Some(vec![f.clone()]),
        }
    }
}

/// A package of the workspace, as `cargo metadata` describes it.
#[derive(Debug, Clone)]
pub struct Package {
    pub name: String,
    pub manifest_path: PathBuf,
    pub wasm: WasmMetadata,
    /// Target kinds (`bin`, `cdylib`, `lib`, `test`, …) by target name.
    pub targets: Vec<(String, Vec<String>)>,
}

/// The workspace, as far as `cargo wasm` needs it.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    pub target_dir: PathBuf,
    pub packages: Vec<Package>,
    /// The packages a bare `cargo build` in this directory would build.
    pub default_members: Vec<String>,
}

impl Workspace {
    /// Runs `cargo metadata --no-deps` with the toolchain's cargo.
    pub fn load(toolchain: &crate::toolchain::Toolchain, manifest_path: Option<&Path>) -> Result<Workspace> {
        let mut cmd = toolchain.command("cargo");
        cmd.args(["metadata", "--format-version", "1", "--no-deps"]);
        if let Some(m) = manifest_path {
            if !m.is_file() {
                bail!("{}: no such manifest (give the path of a Cargo.toml with --manifest-path)", m.display());
            }
            cmd.arg("--manifest-path").arg(m);
        }
        let out = cmd.output().context("cannot run `cargo metadata`")?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            let line = err.lines().find(|l| l.starts_with("error")).unwrap_or(err.trim()).trim_start_matches("error: ");
            bail!("cargo metadata failed: {line} (run `cargo wasm` inside a cargo project or pass --manifest-path)");
        }
        parse_metadata(&out.stdout, std::env::var("CARGO_TARGET_DIR").ok().map(PathBuf::from))
    }

    /// The packages named by `-p` (or the default members).
    pub fn select(&self, names: &[String]) -> Result<Vec<&Package>> {
        if names.is_empty() {
            let v: Vec<&Package> = self.packages.iter().filter(|p| self.default_members.contains(&p.name)).collect();
            if v.is_empty() {
                bail!("{}: the workspace has no packages to build", self.root.display());
            }
            return Ok(v);
        }
        names
            .iter()
            .map(|n| {
                self.packages.iter().find(|p| &p.name == n).with_context(|| {
                    let known: Vec<&str> = self.packages.iter().map(|p| p.name.as_str()).collect();
                    format!("package `{n}` is not in the workspace at {} (known: {})", self.root.display(), known.join(", "))
                })
            })
            .collect()
    }
}

/// Parses `cargo metadata` JSON (`target_dir` overrides its target directory).
pub fn parse_metadata(json: &[u8], target_dir: Option<PathBuf>) -> Result<Workspace> {
    let v: serde_json::Value = serde_json::from_slice(json).context("cargo metadata printed invalid JSON")?;
    let root = PathBuf::from(v["workspace_root"].as_str().unwrap_or_default());
    let target_dir = target_dir.unwrap_or_else(|| PathBuf::from(v["target_directory"].as_str().unwrap_or_default()));
    let ids: Vec<String> = v["workspace_default_members"]
        .as_array()
        .or_else(|| v["workspace_members"].as_array())
        .map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect())
        .unwrap_or_default();
    let mut packages = Vec::new();
    let mut default_members = Vec::new();
    for p in v["packages"].as_array().into_iter().flatten() {
        let name = p["name"].as_str().unwrap_or_default().to_string();
        let manifest_path = PathBuf::from(p["manifest_path"].as_str().unwrap_or_default());
        let wasm = WasmMetadata::from_package_metadata(&p["metadata"], &manifest_path)?;
        let targets = p["targets"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| {
                let kinds = t["kind"].as_array().into_iter().flatten().filter_map(|k| k.as_str().map(String::from)).collect();
                (t["name"].as_str().unwrap_or_default().to_string(), kinds)
            })
            .collect();
        if p["id"].as_str().is_some_and(|id| ids.iter().any(|i| i == id)) {
            default_members.push(name.clone());
        }
        packages.push(Package { name, manifest_path, wasm, targets });
    }
    Ok(Workspace { root, target_dir, packages, default_members })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings() {
        let m = serde_json::json!({"wasm": {"target": "wasm32-wasip1", "host": "embedded", "wasm-opt": ["-O3", "--strip-debug"], "build-std": false}});
        let w = WasmMetadata::from_package_metadata(&m, Path::new("Cargo.toml")).unwrap();
        assert_eq!(w.host, Some(Host::Embedded));
        assert_eq!(w.wasm_opt_flags(), Some(vec!["-O3".to_string(), "--strip-debug".to_string()]));
        assert_eq!(w.build_std, Some(false));
        let sys = serde_json::json!({"wasm": {"allocator": "system"}});
        assert_eq!(WasmMetadata::from_package_metadata(&sys, Path::new("x")).unwrap().allocator, Some(Allocator::System));
        let bad = serde_json::json!({"wasm": {"allocator": "wee"}});
        assert!(WasmMetadata::from_package_metadata(&bad, Path::new("x")).is_err());
        let off = serde_json::json!({"wasm": {"wasm-opt": false}});
        assert_eq!(WasmMetadata::from_package_metadata(&off, Path::new("x")).unwrap().wasm_opt_flags(), None);
        assert_eq!(WasmMetadata::default().wasm_opt_flags(), Some(vec!["-Oz".to_string(), "--strip-producers".to_string(), "--strip-target-features".to_string()]));
    }

    #[test]
    fn unknown_key_names_the_file_and_key() {
        let m = serde_json::json!({"wasm": {"tagret": "x"}});
        let e = WasmMetadata::from_package_metadata(&m, Path::new("/p/Cargo.toml")).unwrap_err();
        let msg = format!("{e:#}");
        assert!(msg.contains("/p/Cargo.toml") && msg.contains("tagret"), "{msg}");
    }

    #[test]
    fn bad_host_is_rejected() {
        let m = serde_json::json!({"wasm": {"host": "mars"}});
        assert!(WasmMetadata::from_package_metadata(&m, Path::new("x")).is_err());
    }
}
