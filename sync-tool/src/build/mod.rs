//! `wasmrust-sync build`: the WasmRust toolchain from rustc-src, cached outside the clone.
//!
//! Cache layout (`$WASMRUST_CACHE`, default `~/.cache/wasmrust`), one directory per pin:
//! `rustc-<version>/src` (a git mirror of rustc-src's HEAD; checkout rewrites only changed files,
//! so x.py's incremental rebuild sees only what a patch changed), `build/` (x.py's build dir),
//! `wasi-root/`, `toolchain/` (what rustup links), `logs/`, and `stamp.json` naming the queue
//! hash the toolchain was built from: an unchanged queue skips x.py entirely.

mod config;
mod sysroot;
mod xpy;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::project::{Project, write_atomic};
use crate::queue::{QueueState, queue_state};

pub use sysroot::toolchain_linked;

/// Bump when the build recipe changes in a way the queue hash cannot see.
const RECIPE: &str = "wasmrust-build-4";
const HOST: &str = "x86_64-unknown-linux-gnu";

/// The root of the build cache.
pub fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("WASMRUST_CACHE") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/tmp"));
    home.join(".cache/wasmrust")
}

/// Paths of one pin's cache.
#[derive(Debug, Clone)]
pub struct Cache {
    pub dir: PathBuf,
}

impl Cache {
    pub fn for_project(project: &Project) -> Cache {
        Cache { dir: cache_root().join(format!("rustc-{}", project.pin.rustc.version)) }
    }
    pub fn src(&self) -> PathBuf {
        self.dir.join("src")
    }
    pub fn build(&self) -> PathBuf {
        self.dir.join("build")
    }
    pub fn stage1(&self) -> PathBuf {
        self.build().join(HOST).join("stage1")
    }
    pub fn toolchain(&self) -> PathBuf {
        self.dir.join("toolchain")
    }
    pub fn wasi_root(&self) -> PathBuf {
        self.dir.join("wasi-root")
    }
    pub fn logs(&self) -> PathBuf {
        self.dir.join("logs")
    }
    fn stamp_path(&self) -> PathBuf {
        self.dir.join("stamp.json")
    }
    /// The stamp of the last successful build, if any.
    pub fn stamp(&self) -> Option<Stamp> {
        let text = std::fs::read_to_string(self.stamp_path()).ok()?;
        serde_json::from_str(&text).ok()
    }
}

/// What the cached toolchain was built from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Stamp {
    pub queue_hash: String,
    pub commit: String,
    pub seconds: f64,
}

/// Hash of everything that decides the toolchain: the pin, the recipe and every patch.
pub fn queue_hash(project: &Project) -> Result<String> {
    let mut h = Sha256::new();
    h.update(RECIPE);
    h.update(std::fs::read(&project.pin_path)?);
    h.update(sysroot::THREAD_STUBS_C);
    for name in crate::patchfile::read_series(&project.patches)? {
        h.update(name.as_bytes());
        h.update(std::fs::read(project.patches.join(&name))?);
    }
    Ok(format!("{:x}", h.finalize())[..16].to_string())
}

/// Options of `build`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Run x.py even when the stamp says the toolchain is current.
    pub force: bool,
    /// Skip `rustup toolchain link`.
    pub no_link: bool,
}

/// Builds (or reuses) the toolchain and links it with rustup. Returns the toolchain directory.
pub fn build(project: &Project, opts: &BuildOptions) -> Result<PathBuf> {
    let repo = crate::git::open_checkout(&project.checkout)?;
    crate::git::require_clean(&repo, "building")?;
    match queue_state(project, &repo)? {
        QueueState::Applied(_) => {}
        QueueState::Partial { applied, total } => {
            bail!("only {applied} of {total} patches are applied in rustc-src: run `wasmrust-sync apply`")
        }
        QueueState::Diverged { .. } => {
            bail!("rustc-src has commits not in patches/: run `wasmrust-sync refresh` before building")
        }
    }
    let head = repo.head()?.peel_to_commit()?.id().to_string();
    let hash = queue_hash(project)?;
    let cache = Cache::for_project(project);
    std::fs::create_dir_all(cache.logs())?;

    let current = cache.stamp().is_some_and(|s| s.queue_hash == hash) && cache.stage1().join("bin/rustc").is_file();
    if current && !opts.force {
        eprintln!("toolchain up to date: queue {hash}, built in {}", cache.stage1().display());
    } else {
        let started = std::time::Instant::now();
        sync_source(&project.checkout, &cache.src())?;
        sysroot::restore_rustdoc_licenses(&project.pin, &cache.src())?;
        sysroot::prepare_wasi_root(&project.pin, &cache.wasi_root())?;
        let (rustc, cargo) = sysroot::stage0(&project.pin)?;
        let config = cache.dir.join("bootstrap.toml");
        write_atomic(
            &config,
            config::bootstrap_toml(&project.pin, &rustc, &cargo, &cache.build(), &cache.wasi_root()).as_bytes(),
        )?;
        let log = cache.logs().join(format!("build-{}.log", unix_now()));
        eprintln!("building the toolchain (queue {hash}); log: {}", log.display());
        xpy::run(&cache.src(), &config, &["build", "--stage", "1", "compiler/rustc", "library", "src/tools/rustdoc"], &log)?;
        let latest = cache.logs().join("latest.log");
        std::fs::remove_file(&latest).ok();
        std::os::unix::fs::symlink(&log, &latest).ok();
        write_atomic(
            &cache.stamp_path(),
            serde_json::to_string_pretty(&Stamp { queue_hash: hash.clone(), commit: head, seconds: started.elapsed().as_secs_f64() })?
                .as_bytes(),
        )?;
    }
    sysroot::finish_toolchain(&project.pin, &cache)?;
    sysroot::install_deprecations(project, &cache)?;
    if !opts.no_link {
        sysroot::rustup_link(&project.pin.toolchain.name, &cache.toolchain())?;
    }
    Ok(cache.toolchain())
}

/// Mirrors `checkout`'s HEAD into `dest` (a git repository of its own) so that only files
/// whose content changed are rewritten.
pub fn sync_source(checkout: &Path, dest: &Path) -> Result<()> {
    let progress = crate::progress::Progress::spinner("syncing rustc-src into the build cache");
    let source = git2::Repository::open(checkout)?;
    let branch = source.head()?.name().context("rustc-src HEAD is detached")?.to_string();
    let repo = match git2::Repository::open(dest) {
        Ok(r) => r,
        Err(_) => git2::Repository::init(dest).with_context(|| format!("creating {}", dest.display()))?,
    };
    let url = checkout.canonicalize()?.display().to_string();
    let mut remote = repo.remote_anonymous(&url)?;
    remote
        .fetch(&[format!("+{branch}:refs/heads/build")], None, None)
        .with_context(|| format!("fetching {branch} from {url}"))?;
    let target = repo.find_reference("refs/heads/build")?.peel_to_commit()?;
    let mut co = git2::build::CheckoutBuilder::new();
    co.force().remove_untracked(false);
    repo.checkout_tree(target.as_object(), Some(&mut co))?;
    repo.set_head("refs/heads/build")?;
    progress.finish(&format!("at {}", crate::git::short(target.id())));
    Ok(())
}

fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
