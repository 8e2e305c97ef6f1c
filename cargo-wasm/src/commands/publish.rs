//! `cargo wasm publish`: builds the crate (release) or takes a .wasm, and publishes it to an
//! OCI registry in the Wasm OCI artifact layout (wasm-oci), named and versioned from the
//! component's metadata.

use crate::commands::build::{self, BuildOpts};
use crate::ui::{Ui, human_size};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use wasm_oci::{Federation, FederationConfig, RegistryConfig};

/// Where registries come from, shared by `publish` and `fetch`.
#[derive(Debug, Clone, clap::Args, Default)]
pub struct RegistryOpts {
    /// A registry: the name of one configured in `registries`, or an address
    /// (`host[:port]`, loopback means http, or an http(s):// URL).
    #[arg(long, value_name = "NAME|URL")]
    pub registry: Option<String>,
    /// A federation file (`registries = [...]`, `registry-conflict`) instead of
    /// `[package.metadata.wasm]` in Cargo.toml.
    #[arg(long, value_name = "PATH")]
    pub registries: Option<PathBuf>,
}

impl RegistryOpts {
    /// The federation to use: `--registries`, else the manifest's `[package.metadata.wasm]`
    /// (when there is a manifest), narrowed to `--registry` when given.
    pub fn federation(&self, manifest: Option<&Path>) -> Result<Federation> {
        let config = match (&self.registries, manifest) {
            (Some(file), _) => FederationConfig::from_file(file)?,
            (None, Some(m)) if m.is_file() => FederationConfig::from_cargo_manifest(m)?,
            _ => FederationConfig::default(),
        };
        match &self.registry {
            None if config.registries.is_empty() => bail!(
                "no registry: pass --registry <url>, or configure `registries` in [package.metadata.wasm] or a --registries file"
            ),
            None => Federation::new(config),
            Some(r) => match config.registries.iter().find(|c| &c.name == r) {
                Some(c) => Federation::new(FederationConfig { registries: vec![c.clone()], ..config.clone() }),
                None => Federation::new(FederationConfig {
                    registries: vec![RegistryConfig { name: r.clone(), url: r.clone(), prefix: String::new(), auth: Default::default() }],
                    ..Default::default()
                }),
            },
        }
    }
}

/// `cargo wasm publish`.
#[derive(Debug, Clone, clap::Args)]
pub struct PublishArgs {
    /// The .wasm to publish; without it the crate is built with `cargo wasm build --release`.
    #[arg(value_name = "WASM")]
    pub wasm: Option<PathBuf>,
    #[command(flatten)]
    pub registry: RegistryOpts,
    /// Package name `namespace:name` (default: the component's embedded name).
    #[arg(long, value_name = "NAMESPACE:NAME")]
    pub name: Option<String>,
    /// Version (default: the component's `version` metadata, else the crate's version).
    #[arg(long = "pkg-version", value_name = "SEMVER")]
    pub version: Option<String>,
    #[command(flatten)]
    pub opts: BuildOpts,
}

/// The crate's `package.version` from its Cargo.toml, when readable.
fn crate_version(manifest: &Path) -> Option<String> {
    let doc: toml::Value = toml::from_str(&std::fs::read_to_string(manifest).ok()?).ok()?;
    doc.get("package")?.get("version")?.as_str().map(str::to_string)
}

/// `cargo wasm publish`.
pub fn run(mut args: PublishArgs) -> Result<()> {
    let ui = Ui::new(false);
    let manifest = args.opts.manifest_path.clone().unwrap_or_else(|| PathBuf::from("Cargo.toml"));
    let (wasm, crate_version) = match &args.wasm {
        Some(p) => (std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?, None),
        None => {
            args.opts.release = true;
            let plan = build::Plan::new(&args.opts)?;
            let outputs = build::build(&plan, &args.opts, &[], &ui)?;
            let out = match outputs.as_slice() {
                [one] => one,
                many => bail!(
                    "the build produced {} wasm files ({}): pass the one to publish",
                    many.len(),
                    many.iter().map(|o| o.path.display().to_string()).collect::<Vec<_>>().join(", ")
                ),
            };
            let bytes = std::fs::read(&out.path).with_context(|| format!("{}: cannot read", out.path.display()))?;
            (bytes, crate_version(&plan.packages[0].manifest_path))
        }
    };
    let embedded = wasm_oci::identity::embedded(&wasm)?;
    let version = args.version.clone().or_else(|| if embedded.version.is_none() { crate_version } else { None });
    let id = wasm_oci::identity::identify(&wasm, args.name.as_deref(), version.as_deref())?;
    let fed = args.registry.federation(Some(&manifest))?;
    ui.status("Publishing", format!("{}@{} ({}) to {}", id.name, id.version, human_size(wasm.len() as u64), fed.names()[0]));
    let p = fed.publish(wasm, &id, None)?;
    if p.already_present {
        ui.status("Unchanged", format!("{} already holds these bytes ({})", p.reference, p.layer_digest));
    } else {
        ui.status("Published", format!("{} ({})", p.reference, p.manifest_digest));
    }
    println!("{}", p.reference);
    Ok(())
}
