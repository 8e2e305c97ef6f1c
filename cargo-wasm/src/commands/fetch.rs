//! `cargo wasm fetch`: resolves `namespace:name[@version]` across the configured registries
//! (precedence, conflicts and auth as wasm-oci defines them), downloads it and checks its
//! digest; `--list` shows the versions each registry has.

use crate::commands::publish::RegistryOpts;
use crate::ui::{Ui, human_size};
use crate::wasm_info::write_atomic;
use anyhow::Result;
use std::io::Write as _;
use std::path::PathBuf;
use wasm_oci::PackageSpec;

/// `cargo wasm fetch`.
#[derive(Debug, Clone, clap::Args)]
pub struct FetchArgs {
    /// `namespace:name` (newest release) or `namespace:name@version`.
    #[arg(value_name = "PACKAGE")]
    pub package: String,
    #[command(flatten)]
    pub registry: RegistryOpts,
    /// Cargo.toml whose [package.metadata.wasm] configures the registries (default: ./Cargo.toml).
    #[arg(long, value_name = "PATH")]
    pub manifest_path: Option<PathBuf>,
    /// Where to write the .wasm (default: `<name>.wasm`; `-` for stdout).
    #[arg(short = 'o', long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// List the versions each registry has instead of fetching.
    #[arg(long)]
    pub list: bool,
}

/// `cargo wasm fetch`.
pub fn run(args: FetchArgs) -> Result<()> {
    let ui = Ui::new(false);
    let spec: PackageSpec = args.package.parse()?;
    let manifest = args.manifest_path.clone().unwrap_or_else(|| PathBuf::from("Cargo.toml"));
    let fed = args.registry.federation(Some(&manifest))?;
    if args.list {
        if spec.version.is_some() {
            anyhow::bail!("--list takes a package name without a version");
        }
        for (registry, versions) in fed.versions(&spec.name)? {
            let list: Vec<String> = versions.iter().map(|v| v.to_string()).collect();
            println!("{registry}: {}", if list.is_empty() { "-".to_string() } else { list.join(" ") });
        }
        return Ok(());
    }
    let fetched = fed.fetch(&spec)?;
    for w in &fetched.resolution.warnings {
        ui.warn(w);
    }
    let r = &fetched.resolution;
    match args.output.as_deref() {
        Some(p) if p.as_os_str() == "-" => std::io::stdout().write_all(&fetched.wasm)?,
        out => {
            let path = out.map(PathBuf::from).unwrap_or_else(|| PathBuf::from(format!("{}.wasm", spec.name.name)));
            write_atomic(&path, &fetched.wasm)?;
            ui.status("Fetched", format!("{}@{} from {} ({}, {})", spec.name, r.version, r.registry, human_size(fetched.wasm.len() as u64), r.layer.digest));
            println!("{}", path.display());
        }
    }
    Ok(())
}
