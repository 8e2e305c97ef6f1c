//! `cargo wasm serve`: builds the crate for the browser profile and serves it (wasm-devserver)
//! with COOP/COEP headers, rebuilding on change and reloading the page.

use crate::commands::build::{self, BuildOpts, Output};
use crate::profile::Host;
use crate::ui::Ui;
use anyhow::{Context, Result, bail};
use std::io::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use wasm_devserver::{DevServer, ServeConfig};

/// `cargo wasm serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub opts: BuildOpts,
    /// Open the page in the browser ($BROWSER, else xdg-open).
    #[arg(long)]
    pub open: bool,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Directory with the page's own files (index.html, css, ...); default: `www/` beside
    /// Cargo.toml when it exists.
    #[arg(long, value_name = "DIR")]
    pub static_dir: Option<PathBuf>,
}

fn pick(outputs: Vec<Output>) -> Result<Output> {
    let mut modules: Vec<Output> = outputs.into_iter().filter(|o| !o.component).collect();
    match modules.len() {
        1 => Ok(modules.remove(0)),
        0 => bail!("the build produced only components; the browser needs a core module (build with --no-component)"),
        _ => bail!(
            "the build produced several modules ({}): pick one with -p",
            modules.iter().map(|o| o.path.display().to_string()).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// `cargo wasm serve`.
pub fn run(mut args: ServeArgs) -> Result<()> {
    let ui = Ui::new(false);
    args.opts.target.get_or_insert_with(|| "wasm32-unknown-unknown".into());
    if args.opts.target.as_deref() != Some("wasm32-unknown-unknown") {
        bail!("cargo wasm serve builds for the browser: --target must be wasm32-unknown-unknown");
    }
    args.opts.host.get_or_insert(Host::Browser);
    let plan = build::Plan::new(&args.opts)?;
    let out = pick(build::build(&plan, &args.opts, &[], &ui)?)?;
    let package_dir = plan.packages[0].manifest_path.parent().context("manifest has no directory")?.to_path_buf();
    let static_dir = args.static_dir.clone().or_else(|| Some(package_dir.join("www")).filter(|d| d.is_dir()));
    let mut config = ServeConfig::new(&out.path);
    config.addr = SocketAddr::new(args.bind, args.port);
    config.title = out.target_name.clone();
    config.static_dir = static_dir.clone();
    config.watch = [package_dir.join("src"), plan.packages[0].manifest_path.clone()]
        .into_iter()
        .chain(static_dir)
        .filter(|p| p.exists())
        .collect();
    config.ignore = vec![plan.workspace.target_dir.clone()];
    let (opts, expected) = (args.opts.clone(), out.path.clone());
    let rebuild = Box::new(move || -> Result<()> {
        let ui = Ui::new(false);
        ui.status("Rebuilding", "after a change");
        let out = pick(build::build(&plan, &opts, &[], &ui)?)?;
        if out.path != expected {
            bail!("the rebuild wrote {} instead of {}", out.path.display(), expected.display());
        }
        Ok(())
    });
    let server = DevServer::start(config, Some(rebuild))?;
    let url = server.url();
    ui.status("Serving", format!("{url} (COOP same-origin, COEP require-corp; rebuilds on change; Ctrl-C stops)"));
    // The URL on stdout, for scripts (with --port 0 the port is only known now).
    println!("{url}");
    std::io::stdout().flush()?;
    if args.open {
        wasm_devserver::open_in_browser(&url)?;
    }
    server.wait();
    Ok(())
}
