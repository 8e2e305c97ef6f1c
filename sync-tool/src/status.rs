//! `wasmrust-sync status`: where the pin, the checkout, the queue and the toolchain stand.

use anyhow::Result;

use crate::build::{Cache, queue_hash, toolchain_linked};
use crate::git::{dirty_paths, open_checkout};
use crate::project::Project;
use crate::queue::{QueueState, queue_state};

/// A human-readable status report, one line per concern.
pub fn report(project: &Project) -> Result<String> {
    let pin = &project.pin;
    let mut out = String::new();
    let source = match pin.verify_source_version(&pin.source.dir) {
        Ok(()) => format!("found at {}", pin.source.dir.display()),
        Err(e) => format!("NOT USABLE: {e:#}"),
    };
    out.push_str(&format!(
        "upstream:  rustc {} ({} {}), {source}\n",
        pin.rustc.version, pin.source.package, pin.source.package_version
    ));
    let total = crate::patchfile::read_series(&project.patches)?.len();
    let hash = queue_hash(project)?;
    match open_checkout(&project.checkout) {
        Err(_) => {
            out.push_str("rustc-src: missing (run `wasmrust-sync init`)\n");
            out.push_str(&format!("patches:   {total} in series, not applied\n"));
        }
        Ok(repo) => {
            out.push_str(&format!("rustc-src: {} on {}\n", project.checkout.display(), pin.upstream_tag()));
            let line = match queue_state(project, &repo)? {
                QueueState::Applied(n) => format!("{n} of {total} applied, in sync with patches/"),
                QueueState::Partial { applied, total } => {
                    format!("{applied} of {total} applied (run `wasmrust-sync apply`)")
                }
                QueueState::Diverged { matching, commits, total } => format!(
                    "local edits not yet refreshed: {} of {commits} commits differ from patches/ ({matching} of {total} match; run `wasmrust-sync refresh`)",
                    commits - matching
                ),
            };
            out.push_str(&format!("patches:   {line}\n"));
            let dirty = dirty_paths(&repo)?;
            if !dirty.is_empty() {
                out.push_str(&format!("edits:     {} uncommitted path(s) in rustc-src, e.g. {}\n", dirty.len(), dirty[0]));
            }
        }
    }
    let cache = Cache::for_project(project);
    let toolchain = match cache.stamp() {
        Some(s) if s.queue_hash == hash => format!("built for queue {hash} in {}", cache.stage1().display()),
        Some(s) => format!("STALE: built for queue {}, queue is now {hash} (run `wasmrust-sync build`)", s.queue_hash),
        None => "not built (run `wasmrust-sync build`)".to_string(),
    };
    out.push_str(&format!("toolchain: {toolchain}\n"));
    let linked = if toolchain_linked(&pin.toolchain.name) { "linked" } else { "not linked" };
    out.push_str(&format!("rustup:    `{}` {linked}\n", pin.toolchain.name));
    Ok(out)
}
