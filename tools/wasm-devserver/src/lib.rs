//! `cargo wasm serve`'s core: a local HTTP dev server for the browser profile.
//!
//! It serves a core wasm module, generated JS glue (`/app.js`, see [`glue`]) and an index page
//! (or the project's own `index.html`), with COOP `same-origin` and COEP `require-corp` on
//! every response so the page is cross-origin isolated and `SharedArrayBuffer` (wasm threads)
//! works. It watches source paths, runs the caller's rebuild callback on change, and the page
//! reloads itself after a successful rebuild (long-polling `/_devserver/status`) or shows the
//! build error after a failed one.

pub mod glue;
pub mod page;
mod server;
mod watch;
pub mod webdriver;

pub use server::{ISOLATION_HEADERS, content_type};

use anyhow::{Context, Result};
use server::{Shared, Site};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// Rebuilds the module; an `Err` is shown in the page (its `{:#}` text).
pub type Rebuild = Box<dyn FnMut() -> Result<()> + Send>;

/// What to serve and watch.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Address to listen on (`127.0.0.1:0` picks a free port).
    pub addr: SocketAddr,
    /// The module to serve; re-read after every rebuild.
    pub wasm: PathBuf,
    /// A directory of the project's own files (its `index.html` replaces the generated page).
    pub static_dir: Option<PathBuf>,
    /// Files or directories whose changes trigger a rebuild.
    pub watch: Vec<PathBuf>,
    /// Paths under which changes are ignored (the target directory, so builds don't loop).
    pub ignore: Vec<PathBuf>,
    /// The page title.
    pub title: String,
}

impl ServeConfig {
    /// Serves `wasm` on a free loopback port, watching nothing.
    pub fn new(wasm: impl Into<PathBuf>) -> Self {
        let wasm = wasm.into();
        let title = wasm.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "wasm".into());
        Self { addr: SocketAddr::from(([127, 0, 0, 1], 0)), wasm, static_dir: None, watch: vec![], ignore: vec![], title }
    }
}

/// A running dev server; dropping it stops it.
pub struct DevServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: Arc<tiny_http::Server>,
    threads: Vec<JoinHandle<()>>,
    _watcher: Option<notify::RecommendedWatcher>,
}

impl DevServer {
    /// Loads the module, starts listening and, when `config.watch` is not empty, watching.
    /// `rebuild` runs on every change; without one, changes just reload the module from disk.
    pub fn start(config: ServeConfig, rebuild: Option<Rebuild>) -> Result<Self> {
        let wasm_name = config
            .wasm
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .with_context(|| format!("{} is not a file path", config.wasm.display()))?;
        let shared = Arc::new(Shared {
            site: Mutex::new(Site::default()),
            changed: Condvar::new(),
            wasm_path: config.wasm.clone(),
            wasm_name,
            static_dir: config.static_dir.clone(),
            title: config.title.clone(),
            stop: false.into(),
        });
        shared.load()?;
        let (server, addr) = server::bind(config.addr)?;
        let server = Arc::new(server);
        let mut threads = Vec::new();
        {
            let (server, shared) = (server.clone(), shared.clone());
            threads.push(std::thread::spawn(move || {
                while !shared.stop.load(Ordering::Relaxed) {
                    match server.recv_timeout(Duration::from_millis(200)) {
                        Ok(Some(req)) => {
                            // One thread per request: status long-polls must not block the rest.
                            let shared = shared.clone();
                            std::thread::spawn(move || shared.handle(req));
                        }
                        Ok(None) => {}
                        Err(_) => break,
                    }
                }
            }));
        }
        let watcher = if config.watch.is_empty() {
            None
        } else {
            let (watcher, thread) = watch::spawn(&config.watch, &config.ignore, shared.clone(), rebuild)?;
            threads.push(thread);
            Some(watcher)
        };
        Ok(Self { addr, shared, server, threads, _watcher: watcher })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://<addr>/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// How many successful builds have been served (1 after start).
    pub fn build_count(&self) -> u64 {
        self.shared.site.lock().unwrap().build
    }

    /// The last build error, if the last build failed.
    pub fn last_error(&self) -> Option<String> {
        self.shared.site.lock().unwrap().error.clone()
    }

    /// Blocks until the server stops (for the CLI: until the process is interrupted).
    pub fn wait(mut self) {
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

impl Drop for DevServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        self.shared.changed.notify_all();
        self.server.unblock();
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// Opens `url` in the user's browser: `$BROWSER`, else `xdg-open` (`open` on macOS).
pub fn open_in_browser(url: &str) -> Result<()> {
    let program = std::env::var("BROWSER").ok().filter(|b| !b.is_empty()).unwrap_or_else(|| {
        if cfg!(target_os = "macos") { "open".into() } else { "xdg-open".into() }
    });
    std::process::Command::new(&program)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .with_context(|| format!("cannot open a browser with `{program}` (set $BROWSER, or open {url} yourself)"))?;
    Ok(())
}
