use anyhow::{Result, bail};
use clap::Args;

use wasmrust_sync::import::{Snapshot, commit_snapshot, init_checkout};
use wasmrust_sync::project::Project;

/// Materialise rustc-src/ as a git repository whose first commit is the pinned upstream tree.
#[derive(Args)]
pub struct Init {
    /// Record the imported tree's content hash in upstream.toml instead of verifying it
    /// (when pinning a new upstream).
    #[arg(long)]
    record: bool,
}

impl Init {
    pub fn run(self, project: &Project) -> Result<()> {
        let pin = &project.pin;
        pin.verify_source_version(&pin.source.dir)?;
        if project.checkout.exists() {
            let repo = wasmrust_sync::git::open_checkout(&project.checkout)?;
            wasmrust_sync::git::tag_commit(&repo, &pin.upstream_tag())?;
            println!("rustc-src already initialised at {}", pin.upstream_tag());
            return Ok(());
        }
        let snapshot = Snapshot::pinned(pin)?;
        let (repo, tree) = init_checkout(&project.checkout, &snapshot)?;
        if tree.to_string() != pin.source.tree {
            if self.record {
                let text = std::fs::read_to_string(&project.pin_path)?;
                let old = format!("tree = \"{}\"", pin.source.tree);
                if !text.contains(&old) {
                    bail!("could not find `{old}` in upstream.toml to record the tree");
                }
                let new = text.replacen(&old, &format!("tree = \"{tree}\""), 1);
                wasmrust_sync::project::write_atomic(&project.pin_path, new.as_bytes())?;
                println!("recorded tree {tree} in upstream.toml");
            } else {
                drop(repo);
                std::fs::remove_dir_all(&project.checkout).ok();
                bail!(
                    "content hash mismatch: {} hashes to tree {tree}, upstream.toml records {}; \
                     the installed source differs from the pin (`{}`)",
                    pin.source.dir.display(),
                    pin.source.tree,
                    pin.install_hint()
                );
            }
        }
        let commit = commit_snapshot(&repo, &snapshot, tree, None)?;
        println!(
            "rustc-src initialised: {} at {} (tree {tree})",
            pin.upstream_tag(),
            wasmrust_sync::git::short(commit)
        );
        Ok(())
    }
}
