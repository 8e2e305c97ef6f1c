//! Time to move the real patch queue onto a new upstream snapshot, excluding the compiler
//! build: import rust-web-src 1.85.0 into a copy of rustc-src (on 1.96.0 with the queue
//! applied) and replay the queue, ours (`rebase::dry_run`: rayon hashing straight into git
//! objects + git2 three-way replay with relocation) side by side with the git CLI baseline
//! (`git add -A` of the snapshot through a temporary index + `git merge-tree --write-tree` per
//! patch). Each side runs on its own fresh copy, so neither finds the other's objects.
//! Goal: under 30 s for import plus replay.
//!
//! `cargo bench -p wasmrust-sync --bench rebase_time`

#[path = "../tests/cross_version.rs"]
#[allow(dead_code)]
mod cross;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use wasmrust_sync::project::Project;
use wasmrust_sync::rebase::source::{SourceSpec, resolve};

fn git(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> (bool, String) {
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(dir).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("running git");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The baseline with the git CLI. Returns (import s, replay s, outcomes).
fn baseline(root: &Path, snapshot: &Path, old_tag: &str, n: usize) -> (f64, f64, Vec<&'static str>) {
    let src = root.join("rustc-src");
    let index = root.join("baseline.index");
    let t = Instant::now();
    let env = [("GIT_INDEX_FILE", index.as_path()), ("GIT_WORK_TREE", snapshot)];
    let (ok, _) = git(&src, &["add", "-A", "--", ".", ":!debian"], &env);
    assert!(ok, "git add");
    let (ok, tree) = git(&src, &["write-tree"], &env);
    assert!(ok);
    let (ok, base) = git(&src, &["-c", "user.name=b", "-c", "user.email=b@b", "commit-tree", &tree, "-p", old_tag, "-m", "baseline import"], &[]);
    assert!(ok);
    let import = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let (_, list) = git(&src, &["rev-list", "--reverse", &format!("{old_tag}..HEAD")], &[]);
    let mut head = base;
    let mut outcomes = Vec::new();
    for c in list.lines().take(n) {
        let (ok, out) = git(&src, &["merge-tree", "--write-tree", &format!("--merge-base={c}^"), &head, c], &[]);
        if ok {
            let tree = out.lines().next().unwrap().to_string();
            let (_, commit) = git(&src, &["-c", "user.name=b", "-c", "user.email=b@b", "commit-tree", &tree, "-p", &head, "-m", "replayed"], &[]);
            head = commit;
            outcomes.push("clean");
        } else {
            outcomes.push("conflicted");
        }
    }
    (import, t.elapsed().as_secs_f64(), outcomes)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let snapshot = cross::rustc_1_85_source();
    eprintln!("setting up two copies of the project on rustc 1.96.0 (init + apply, not timed)...");
    let ours_dir = tempfile::tempdir().unwrap();
    let ours_root = cross::project_copy(ours_dir.path());
    let base_dir = tempfile::tempdir().unwrap();
    let base_root = cross::project_copy(base_dir.path());

    let project = Project::open(Some(&ours_root)).unwrap();
    let source = resolve(&SourceSpec::Dir(snapshot.clone()), ours_dir.path(), None).unwrap();
    let t = Instant::now();
    let (outcomes, import_s, replay_s) = wasmrust_sync::rebase::dry_run(&project, &source).unwrap();
    let ours_total = t.elapsed().as_secs_f64();

    let (b_import, b_replay, b_outcomes) = baseline(&base_root, &snapshot, &project.pin.upstream_tag(), outcomes.len());
    let b_total = b_import + b_replay;

    println!("rebase of the {}-patch queue 1.96.0 -> 1.85.0 (import + replay, no build)", outcomes.len());
    println!("{:<34} {:>10} {:>10} {:>10}", "", "import s", "replay s", "total s");
    println!("{:<34} {:>10.2} {:>10.2} {:>10.2}", "wasmrust-sync (rayon + git2)", import_s, replay_s, import_s + replay_s);
    println!("{:<34} {:>10.2} {:>10.2} {:>10.2}", "git CLI (add -A + merge-tree)", b_import, b_replay, b_total);
    println!("ratio baseline/ours: import {:.2}x, replay {:.2}x, total {:.2}x", b_import / import_s, b_replay / replay_s.max(1e-6), b_total / (import_s + replay_s));
    println!("wall time of ours including setup of the dry-run commit: {ours_total:.2} s (goal: under 30 s: {})", if ours_total < 30.0 { "met" } else { "NOT met" });
    for ((name, o), b) in outcomes.iter().zip(&b_outcomes) {
        println!("  {o:<10} (git: {b:<10}) {name}");
    }
}
