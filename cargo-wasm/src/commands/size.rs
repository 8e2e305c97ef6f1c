//! `cargo wasm size`: where the bytes of a .wasm go (sections, crates, functions,
//! monomorphizations) as tables, JSON, and an SVG treemap.

use super::build::{BuildOpts, Plan, build};
use crate::size::{profile, report, treemap};
use crate::ui::Ui;
use crate::wasm_info::{read_wasm, write_atomic};
use anyhow::{Result, bail};
use std::path::PathBuf;

/// Output format of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Table,
    Json,
}

/// `cargo wasm size`.
#[derive(Debug, Clone, clap::Args)]
pub struct SizeArgs {
    /// The .wasm to profile; without it the crate is built (release by default, names kept).
    pub file: Option<PathBuf>,
    /// Rows per table.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// `table` or `json`.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Also write an SVG treemap here.
    #[arg(long, value_name = "PATH")]
    pub svg: Option<PathBuf>,
    /// When building: use the debug profile instead of release.
    #[arg(long)]
    pub debug: bool,
    #[command(flatten)]
    pub opts: BuildOpts,
}

/// `cargo wasm size`.
pub fn run(args: SizeArgs) -> Result<()> {
    let path = match &args.file {
        Some(f) => f.clone(),
        None => {
            let ui = Ui::new(false);
            let mut opts = args.opts.clone();
            opts.release = !args.debug;
            let mut plan = Plan::new(&opts)?;
            // Keep the name section through wasm-opt so functions have names.
            if let Some(flags) = plan.wasm_opt.as_mut() {
                flags.push("-g".into());
            }
            let outputs = build(&plan, &opts, &[], &ui)?;
            match outputs.as_slice() {
                [one] => one.path.clone(),
                _ => bail!("several outputs were built: give the .wasm to profile"),
            }
        }
    };
    let (bytes, _) = read_wasm(&path)?;
    let p = profile(&bytes).map_err(|e| e.context(format!("{}: cannot profile", path.display())))?;
    match args.format {
        Format::Table => print!("{}", report::render(&p, args.top)),
        Format::Json => println!("{}", serde_json::to_string_pretty(&p)?),
    }
    if let Some(svg_path) = &args.svg {
        let Some(m) = p.modules.first() else { bail!("{}: the component holds no core module to draw", path.display()) };
        let title = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        write_atomic(svg_path, treemap::svg(m, &title, 1200.0, 800.0).as_bytes())?;
        Ui::new(args.format == Format::Json).status("Wrote", format!("treemap {}", svg_path.display()));
    }
    Ok(())
}
