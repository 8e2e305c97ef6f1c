//! Watching sources: file events are debounced, then the rebuild runs and the module is
//! reloaded (or the failure published).

use crate::Rebuild;
use crate::server::Shared;
use anyhow::{Context, Result};
use notify::Watcher as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Quiet time after the last event before a rebuild starts (editors write several times).
const DEBOUNCE: Duration = Duration::from_millis(200);

fn relevant(event: &notify::Event, ignore: &[PathBuf]) -> bool {
    use notify::EventKind::*;
    matches!(event.kind, Create(_) | Modify(_) | Remove(_))
        && event.paths.iter().any(|p| !ignore.iter().any(|i| p.starts_with(i)) && !is_editor_temp(p))
}

/// Editor swap and backup files (`.x.swp`, `x~`, `#x#`) do not trigger rebuilds.
fn is_editor_temp(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".swx") || name.starts_with(".#") || name.starts_with('#')
}

/// Starts watching `paths` and a thread that rebuilds on change.
pub(crate) fn spawn(
    paths: &[PathBuf],
    ignore: &[PathBuf],
    shared: Arc<Shared>,
    mut rebuild: Option<Rebuild>,
) -> Result<(notify::RecommendedWatcher, JoinHandle<()>)> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(move |e| {
        let _ = tx.send(e);
    })
    .context("cannot start the file watcher")?;
    for p in paths {
        watcher
            .watch(p, notify::RecursiveMode::Recursive)
            .with_context(|| format!("cannot watch {}", p.display()))?;
    }
    // Events are compared against canonical paths (notify reports them that way on Linux).
    let ignore: Vec<PathBuf> = ignore.iter().map(|p| p.canonicalize().unwrap_or_else(|_| p.clone())).chain(ignore.iter().cloned()).collect();
    let thread = std::thread::spawn(move || {
        while !shared.stop.load(Ordering::Relaxed) {
            let first = match rx.recv_timeout(Duration::from_millis(200)) {
                Ok(Ok(e)) => e,
                Ok(Err(_)) | Err(mpsc::RecvTimeoutError::Timeout) => continue,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            };
            if !relevant(&first, &ignore) {
                continue;
            }
            // Swallow the burst of events that follows.
            while rx.recv_timeout(DEBOUNCE).is_ok() {}
            let result = match rebuild.as_mut() {
                Some(f) => f().and_then(|()| shared.load()),
                None => shared.load(),
            };
            if let Err(e) = result {
                shared.fail(format!("{e:#}"));
            }
        }
    });
    Ok((watcher, thread))
}
