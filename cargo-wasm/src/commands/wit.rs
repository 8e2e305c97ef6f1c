//! `cargo wasm wit`: the WIT world of a component, of a core module carrying component-type
//! metadata, or of the current crate (built first).

use super::build::{BuildOpts, Plan, build};
use crate::ui::Ui;
use crate::wasm_info::{Kind, read_wasm};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

/// `cargo wasm wit`.
#[derive(Debug, Clone, clap::Args)]
pub struct WitArgs {
    /// A .wasm component or core module; without it the crate is built and its output read.
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub opts: BuildOpts,
}

/// The WIT text of a component or a core module with `component-type` metadata.
pub fn wit_of(path: &Path) -> Result<String> {
    let (bytes, kind) = read_wasm(path)?;
    let decoded = match kind {
        Kind::Component => wit_component::decode(&bytes).with_context(|| format!("{}: cannot decode the component's types", path.display()))?,
        Kind::Module => {
            let (_, bindgen) = wit_component::metadata::decode(&bytes).with_context(|| format!("{}: cannot read its component-type metadata", path.display()))?;
            if bindgen.resolve.worlds.iter().next().is_none() || !crate::wasm_info::module_facts(&bytes)?.has_component_type {
                bail!("{}: a core module without component-type metadata has no WIT world (declare #[wasm::component] or use wit-bindgen)", path.display());
            }
            let mut printer = wit_component::WitPrinter::default();
            let pkg = bindgen.resolve.worlds[bindgen.world].package.context("the metadata's world has no package")?;
            let nested: Vec<_> = bindgen.resolve.packages.iter().map(|(id, _)| id).filter(|id| *id != pkg).collect();
            printer.print(&bindgen.resolve, pkg, &nested).context("printing WIT")?;
            return Ok(printer.output.to_string());
        }
    };
    let mut printer = wit_component::WitPrinter::default();
    let pkg = decoded.package();
    let nested: Vec<_> = decoded.resolve().packages.iter().map(|(id, _)| id).filter(|id| *id != pkg).collect();
    printer.print(decoded.resolve(), pkg, &nested).context("printing WIT")?;
    Ok(printer.output.to_string())
}

/// `cargo wasm wit`.
pub fn run(args: WitArgs) -> Result<()> {
    let path = match args.file {
        Some(f) => f,
        None => {
            let ui = Ui::new(false);
            let plan = Plan::new(&args.opts)?;
            let outputs = build(&plan, &args.opts, &[], &ui)?;
            let comps: Vec<_> = outputs.iter().filter(|o| o.component).collect();
            match comps.as_slice() {
                [one] => one.path.clone(),
                [] => bail!("{}: the crate is not a component (declare #[wasm::component], or give a .wasm)", plan.packages[0].manifest_path.display()),
                _ => bail!("several components were built: give one .wasm path"),
            }
        }
    };
    print!("{}", wit_of(&path)?);
    Ok(())
}
