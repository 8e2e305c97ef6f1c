//! `wasmrust-sync rebase`: move the patch queue onto a new upstream snapshot.
//!
//! The snapshot is hashed into rustc-src as the next upstream commit (tag
//! `upstream/<label>`), then each queue commit is replayed with a three-way merge
//! ([`replay`]), relocating hunks whose target moved ([`relocate`]). A conflict stops the rebase
//! with a report ([`report`]); the state lives on disk ([`state`]) so `--continue`, `--skip`
//! and `--abort` work across processes, including after a kill. On success patches/ and
//! upstream.toml are rewritten.

pub mod collide;
pub mod relocate;
pub mod replay;
pub mod report;
pub mod source;
pub mod state;

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use git2::{Oid, Repository};

use crate::git::{commits_since, hard_reset, open_checkout, require_clean, short, signature, tag_commit};
use crate::import::{BRANCH, UPSTREAM_EMAIL, UPSTREAM_NAME};
use crate::project::{Project, write_atomic};
use crate::queue::{QueueState, queue_state, write_queue};
use replay::{Labels, Replay};
use report::Summary;
use source::{Resolved, SourceSpec};
use state::{Outcome, Phase, State, Step};

/// Ref that keeps the pre-rebase HEAD reachable while the branch moves.
const ORIG_HEAD_REF: &str = "refs/wasmrust/rebase/orig-head";

/// How a rebase command ended.
pub enum Ended {
    /// Rebasing onto the upstream rustc-src already has.
    NoOp { tag: String },
    Done(Box<Summary>),
    /// Stopped at a conflict; the text report.
    Stopped { patch: String, report: String },
}

/// Options of `rebase --onto`.
pub struct Onto<'a> {
    pub source: &'a Path,
    pub git_ref: Option<&'a str>,
    pub date: Option<&'a str>,
    pub cache: PathBuf,
}

/// Starts a rebase onto a new upstream snapshot.
pub fn start(project: &Project, onto: &Onto<'_>) -> Result<Ended> {
    let repo = open_checkout(&project.checkout)?;
    if let Some(s) = State::load(repo.path())? {
        bail!(
            "a rebase onto {} is already in progress (phase {:?}): use --continue, --skip --reason or --abort",
            s.new_tag,
            s.phase
        );
    }
    require_clean(&repo, "rebasing")?;
    match queue_state(project, &repo)? {
        QueueState::Applied(_) => {}
        other => bail!("the queue in rustc-src is not in sync with patches/ ({other:?}): run `wasmrust-sync apply` or `refresh` first"),
    }
    let spec = SourceSpec::parse(onto.source, onto.git_ref)?;
    let source = source::resolve(&spec, &onto.cache, onto.date)?;
    let old_tag = project.pin.upstream_tag();
    let old_base = tag_commit(&repo, &old_tag)?;
    let head = repo.head()?.peel_to_commit()?;
    let names = crate::patchfile::read_series(&project.patches)?;
    let commits = commits_since(&repo, old_base.id())?;
    let steps = names
        .iter()
        .zip(&commits)
        .map(|(name, c)| Step {
            name: name.clone(),
            subject: c.summary().unwrap_or("").to_string(),
            commit: c.id().to_string(),
            outcome: Outcome::Pending,
            new_commit: None,
        })
        .collect();
    let footprint_before = crate::footprint::measure(
        &project.patches,
        crate::footprint::compiler_lines(&repo, &format!("refs/tags/{old_tag}"))?,
    )?;
    let mut state = State {
        phase: Phase::Importing,
        branch: BRANCH.to_string(),
        orig_head: head.id().to_string(),
        old_tag,
        old_base: old_base.id().to_string(),
        old_version: project.pin.rustc.version.clone(),
        new_tag: crate::pin::upstream_tag(&source.label),
        source,
        new_base: None,
        created_tag: false,
        steps,
        current: 0,
        head: None,
        conflict: None,
        notes: Vec::new(),
        footprint_before,
        collisions: Vec::new(),
        collision_check: None,
        import_seconds: 0.0,
        replay_seconds: 0.0,
    };
    // Importing an identical tree changes nothing: say so and leave no state behind.
    let t = Instant::now();
    let tree = crate::treebuild::import_dir(&repo, &state.source.dir, &state.source.exclude)?;
    if tree == old_base.tree_id() {
        return Ok(Ended::NoOp { tag: state.old_tag });
    }
    repo.reference(ORIG_HEAD_REF, head.id(), true, "wasmrust-sync rebase: pre-rebase HEAD")?;
    state.save(repo.path())?;
    import(&repo, &mut state, tree)?;
    state.import_seconds += t.elapsed().as_secs_f64();
    check_collisions(project, &repo, &mut state);
    state.phase = Phase::Replaying;
    state.save(repo.path())?;
    failpoint("import");
    run(project, &repo, state)
}

/// Commits the imported tree as the new upstream (or reuses the commit its tag already names
/// when the tree is the same, e.g. when coming back to an earlier upstream).
fn import(repo: &Repository, state: &mut State, tree: Oid) -> Result<()> {
    let tag_ref = format!("refs/tags/{}", state.new_tag);
    let base = match repo.refname_to_id(&tag_ref) {
        Ok(id) => {
            let existing = repo.find_commit(id)?;
            if existing.tree_id() != tree {
                bail!(
                    "rustc-src already has tag {} with a different tree ({} vs the snapshot's {}): delete the tag or import under another label",
                    state.new_tag,
                    short(existing.tree_id()),
                    short(tree)
                );
            }
            id
        }
        Err(_) => {
            let sig = signature(UPSTREAM_NAME, UPSTREAM_EMAIL, crate::git::parse_date(&state.source.date)?, 0)?;
            let message = format!(
                "upstream: rustc {}\n\nImported from {} by wasmrust-sync.\nExcluded: {}\n",
                state.source.label,
                state.source.origin,
                if state.source.exclude.is_empty() { "nothing".to_string() } else { state.source.exclude.join(", ") }
            );
            let parent = repo.find_commit(Oid::from_str(&state.old_base)?)?;
            let id = repo.commit(None, &sig, &sig, &message, &repo.find_tree(tree)?, &[&parent])?;
            repo.reference(&tag_ref, id, false, "wasmrust-sync rebase: new upstream")?;
            state.created_tag = true;
            id
        }
    };
    state.new_base = Some(base.to_string());
    state.head = Some(base.to_string());
    Ok(())
}

/// Compares the old and the new upstream for additions colliding with WasmRust names. A
/// failure of the scan does not stop the rebase (the queue is what it moves); it is recorded
/// and shown in the summary.
fn check_collisions(project: &Project, repo: &Repository, state: &mut State) {
    let progress = crate::progress::Progress::spinner("looking for upstream additions colliding with WasmRust names");
    let scratch = state::dir(repo.path()).join("old-upstream-scan");
    let old = match Oid::from_str(&state.old_base) {
        Ok(o) => o,
        Err(e) => {
            state.collision_check = Some(format!("failed: {e}"));
            return;
        }
    };
    match collide::detect(&project.root, repo, old, &state.source, &scratch) {
        Ok(Some(found)) => {
            progress.finish(&format!("{} collision(s)", found.len()));
            state.collisions = found;
            state.collision_check = None;
        }
        Ok(None) => {
            progress.finish("skipped (no migrate/deprecations.toml)");
            state.collision_check = Some(format!("not run: the project has no {}", collide::REGISTRY));
        }
        Err(e) => {
            progress.finish("failed");
            state.collision_check = Some(format!("failed: {}", format!("{e:#}").replace('\n', " ")));
        }
    }
}

/// Test hook: `WASMRUST_SYNC_FAILPOINT=<point>` kills the process (SIGABRT, no cleanup) right
/// after `<point>` was persisted, like a kill -9 would.
fn failpoint(point: &str) {
    if std::env::var("WASMRUST_SYNC_FAILPOINT").is_ok_and(|p| p == point) {
        std::process::abort();
    }
}

fn labels(state: &State) -> (String, String, String) {
    (
        format!("upstream {}", state.old_version),
        format!("upstream {}", state.source.label),
        state.steps.get(state.current).map_or(String::new(), |s| s.name.clone()),
    )
}

/// Replays the remaining patches, then finishes; or stops at a conflict.
fn run(project: &Project, repo: &Repository, mut state: State) -> Result<Ended> {
    let t = Instant::now();
    while state.current < state.steps.len() {
        let head = repo.find_commit(Oid::from_str(state.head.as_deref().context("no replay head")?)?)?;
        let step = &state.steps[state.current];
        let patch = repo.find_commit(Oid::from_str(&step.commit)?)?;
        let (old, new, name) = labels(&state);
        let progress = crate::progress::Progress::spinner(&format!("replaying {}", step.name));
        let result = replay::replay(repo, &patch, &head, &Labels { old_upstream: &old, new_upstream: &new, patch: &name })
            .with_context(|| format!("replaying {}", step.name))?;
        progress.finish(match &result {
            Replay::Applied { notes, .. } if notes.is_empty() => "clean",
            Replay::Applied { .. } => "relocated",
            Replay::Conflict(_) => "CONFLICT",
        });
        match result {
            Replay::Applied { commit, notes } => {
                let step = &mut state.steps[state.current];
                step.outcome = if notes.is_empty() { Outcome::Clean } else { Outcome::Relocated { notes } };
                step.new_commit = Some(commit.to_string());
                state.head = Some(commit.to_string());
                state.current += 1;
                state.save(repo.path())?;
                failpoint(&format!("step-{}", state.current));
            }
            Replay::Conflict(conflict) => {
                state.replay_seconds += t.elapsed().as_secs_f64();
                materialize(repo, &head, &conflict)?;
                state.steps[state.current].outcome = Outcome::Conflicted;
                state.conflict = Some(conflict.files);
                state.notes = conflict.notes;
                state.phase = Phase::Conflict;
                state.save(repo.path())?;
                let report = report::conflict_report(&state);
                write_atomic(&state::dir(repo.path()).join("conflict.txt"), report.as_bytes())?;
                return Ok(Ended::Stopped { patch: state.steps[state.current].name.clone(), report });
            }
        }
    }
    state.replay_seconds += t.elapsed().as_secs_f64();
    finish(project, repo, state).map(|s| Ended::Done(Box::new(s)))
}

/// Puts a conflicting replay into the work tree: HEAD = the replay head, the merge's clean
/// files staged, the conflicting ones with markers and unstaged.
fn materialize(repo: &Repository, head: &git2::Commit<'_>, conflict: &replay::Conflict) -> Result<()> {
    repo.set_head(&format!("refs/heads/{BRANCH}"))?;
    checkout(repo, head)?;
    let workdir = repo.workdir().context("rustc-src is bare")?.to_path_buf();
    let mut index = repo.index()?;
    for (path, content) in &conflict.staged {
        let full = workdir.join(path);
        match content {
            Some(bytes) => {
                std::fs::create_dir_all(full.parent().context("no parent")?)?;
                std::fs::write(&full, bytes).with_context(|| format!("writing {}", full.display()))?;
                index.add_path(path)?;
            }
            None => {
                let _ = std::fs::remove_file(&full);
                index.remove_path(path)?;
            }
        }
    }
    for (path, content) in &conflict.marked {
        let full = workdir.join(path);
        std::fs::create_dir_all(full.parent().context("no parent")?)?;
        std::fs::write(&full, content).with_context(|| format!("writing {}", full.display()))?;
    }
    index.write()?;
    Ok(())
}

/// Moves the branch to `commit` and makes the index and work tree match it.
fn checkout(repo: &Repository, commit: &git2::Commit<'_>) -> Result<()> {
    let progress = crate::progress::Progress::spinner("updating the rustc-src work tree");
    fast_reset(repo, commit)?;
    progress.finish(&format!("at {} `{}`", short(commit.id()), commit.summary().unwrap_or("")));
    Ok(())
}

/// `git reset --hard` + `git clean -fd` through the git command when there is one: libgit2's
/// checkout writes a release's 30 000 changed files about ten times slower (minutes here).
fn fast_reset(repo: &Repository, commit: &git2::Commit<'_>) -> Result<()> {
    let workdir = repo.workdir().context("rustc-src is bare")?;
    let git = |args: &[&str]| {
        std::process::Command::new("git").arg("-C").arg(workdir).args(args).stdin(std::process::Stdio::null()).output()
    };
    match git(&["reset", "--hard", "-q", &commit.id().to_string()]) {
        Ok(out) if out.status.success() => {
            let clean = git(&["clean", "-fdq"])?;
            if !clean.status.success() {
                bail!("git clean in {}: {}", workdir.display(), String::from_utf8_lossy(&clean.stderr).trim());
            }
            Ok(())
        }
        Ok(out) => bail!("git reset --hard in {}: {}", workdir.display(), String::from_utf8_lossy(&out.stderr).trim()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => hard_reset(repo, commit),
        Err(e) => Err(e).context("running git"),
    }
}

/// `rebase --continue`: commit the resolution of the current conflict (or resume a rebase
/// that was killed) and go on.
pub fn continue_(project: &Project) -> Result<Ended> {
    let repo = open_checkout(&project.checkout)?;
    let mut state = State::require(repo.path())?;
    match state.phase {
        Phase::Importing => {
            let t = Instant::now();
            let tree = crate::treebuild::import_dir(&repo, &state.source.dir, &state.source.exclude)?;
            import(&repo, &mut state, tree)?;
            state.import_seconds += t.elapsed().as_secs_f64();
            check_collisions(project, &repo, &mut state);
            state.phase = Phase::Replaying;
            state.save(repo.path())?;
            run(project, &repo, state)
        }
        Phase::Replaying => run(project, &repo, state),
        Phase::Finishing => finish(project, &repo, state).map(|s| Ended::Done(Box::new(s))),
        Phase::Conflict => {
            let commit = commit_resolution(&repo, &state)?;
            let step = &mut state.steps[state.current];
            step.outcome = Outcome::Resolved;
            step.new_commit = Some(commit.to_string());
            state.head = Some(commit.to_string());
            resume_after_conflict(project, &repo, state)
        }
    }
}

fn commit_resolution(repo: &Repository, state: &State) -> Result<Oid> {
    let expected = Oid::from_str(state.head.as_deref().context("no replay head")?)?;
    let head = repo.head()?.peel_to_commit()?;
    let patch = repo.find_commit(Oid::from_str(&state.steps[state.current].commit)?)?;
    // The human may have committed the resolution themselves.
    if head.id() != expected {
        if head.parent_count() == 1 && head.parent_id(0)? == expected {
            require_clean(repo, "continuing the rebase")?;
            return Ok(head.id());
        }
        bail!(
            "rustc-src HEAD is {}, the rebase expects {} (or one commit on top): reset to it and resolve again, or --abort",
            short(head.id()),
            short(expected)
        );
    }
    let workdir = repo.workdir().context("rustc-src is bare")?;
    let mut marked = Vec::new();
    for f in state.conflict.as_deref().unwrap_or(&[]) {
        let text = std::fs::read_to_string(workdir.join(&f.path)).unwrap_or_default();
        if text.lines().any(|l| l.starts_with("<<<<<<< ") || l.starts_with(">>>>>>> ") || l.starts_with("||||||| ")) {
            marked.push(f.path.clone());
        }
    }
    if !marked.is_empty() {
        bail!(
            "conflict markers left in {}: resolve them, or drop the patch with --skip --reason, or --abort",
            marked.join(", ")
        );
    }
    let mut index = repo.index()?;
    index.add_all(["*"], git2::IndexAddOption::DEFAULT, None)?;
    index.update_all(["*"], None)?;
    index.write()?;
    let tree = repo.find_tree(index.write_tree()?)?;
    if tree.id() == head.tree_id() {
        bail!("the resolution changes nothing on top of upstream: drop the patch with --skip --reason \"<why>\" instead");
    }
    let author = patch.author();
    Ok(repo.commit(Some("HEAD"), &author, &author, patch.message().unwrap_or(""), &tree, &[&head])?)
}

/// `rebase --skip --reason`: drop the patch the rebase stopped at and go on.
pub fn skip(project: &Project, reason: &str) -> Result<Ended> {
    if reason.trim().is_empty() {
        bail!("--skip needs --reason \"<why the patch is dropped>\"; it is recorded in patches/dropped/REASONS");
    }
    let repo = open_checkout(&project.checkout)?;
    let mut state = State::require(repo.path())?;
    if state.phase != Phase::Conflict {
        bail!("the rebase is not stopped at a conflict (phase {:?}): use --continue or --abort", state.phase);
    }
    let head = repo.find_commit(Oid::from_str(state.head.as_deref().context("no replay head")?)?)?;
    repo.set_head(&format!("refs/heads/{}", state.branch))?;
    checkout(&repo, &head)?;
    state.steps[state.current].outcome = Outcome::Skipped { reason: reason.trim().to_string() };
    resume_after_conflict(project, &repo, state)
}

/// Moves past the step that stopped at a conflict (its outcome already recorded), saves the
/// state and replays the rest.
fn resume_after_conflict(project: &Project, repo: &Repository, mut state: State) -> Result<Ended> {
    state.current += 1;
    state.conflict = None;
    state.notes.clear();
    state.phase = Phase::Replaying;
    state.save(repo.path())?;
    run(project, repo, state)
}

/// `rebase --abort`: restore the branch, work tree, tags, patches/ and upstream.toml exactly
/// as they were before the rebase.
pub fn abort(project: &Project) -> Result<String> {
    let repo = open_checkout(&project.checkout)?;
    let state = State::require(repo.path())?;
    let backup = state::dir(repo.path()).join("backup");
    if backup.is_dir() {
        restore_project_files(project, &backup)?;
    }
    let orig = repo.find_commit(Oid::from_str(&state.orig_head)?)?;
    repo.set_head(&format!("refs/heads/{}", state.branch))?;
    checkout(&repo, &orig)?;
    if state.created_tag {
        let _ = repo.find_reference(&format!("refs/tags/{}", state.new_tag)).and_then(|mut r| r.delete());
    }
    let _ = repo.find_reference(ORIG_HEAD_REF).and_then(|mut r| r.delete());
    State::remove(repo.path())?;
    Ok(format!("rebase onto {} aborted; rustc-src is back at {} `{}`", state.new_tag, short(orig.id()), orig.summary().unwrap_or("")))
}

/// Copies upstream.toml and patches/ (with patches/dropped/) into `backup` once.
fn backup_project_files(project: &Project, backup: &Path) -> Result<()> {
    if backup.join("done").exists() {
        return Ok(());
    }
    let _ = std::fs::remove_dir_all(backup);
    copy_files(&project.patches, &backup.join("patches"))?;
    copy_files(&project.patches.join("dropped"), &backup.join("patches/dropped"))?;
    std::fs::copy(&project.pin_path, backup.join("upstream.toml"))?;
    let registry = project.root.join(collide::REGISTRY);
    if registry.is_file() {
        std::fs::copy(&registry, backup.join("deprecations.toml"))?;
    }
    std::fs::write(backup.join("done"), b"")?;
    Ok(())
}

fn restore_project_files(project: &Project, backup: &Path) -> Result<()> {
    for dir in [project.patches.join("dropped"), project.patches.clone()] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                if e.path().is_file() {
                    std::fs::remove_file(e.path())?;
                }
            }
        }
    }
    copy_files(&backup.join("patches"), &project.patches)?;
    copy_files(&backup.join("patches/dropped"), &project.patches.join("dropped"))?;
    let _ = std::fs::remove_dir(project.patches.join("dropped"));
    std::fs::copy(backup.join("upstream.toml"), &project.pin_path)?;
    if backup.join("deprecations.toml").is_file() {
        std::fs::copy(backup.join("deprecations.toml"), project.root.join(collide::REGISTRY))?;
    }
    Ok(())
}

fn copy_files(from: &Path, to: &Path) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(from) else { return Ok(()) };
    std::fs::create_dir_all(to)?;
    for e in entries.flatten() {
        if e.path().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).with_context(|| format!("copying {}", e.path().display()))?;
        }
    }
    Ok(())
}

/// Writes the result: work tree, patches/ (dropped patches kept under patches/dropped/),
/// upstream.toml; idempotent, so a killed finish can be continued.
fn finish(project: &Project, repo: &Repository, mut state: State) -> Result<Summary> {
    let t = Instant::now();
    let backup = state::dir(repo.path()).join("backup");
    backup_project_files(project, &backup)?;
    state.phase = Phase::Finishing;
    state.save(repo.path())?;
    let head = repo.find_commit(Oid::from_str(state.head.as_deref().context("no replay head")?)?)?;
    repo.set_head(&format!("refs/heads/{}", state.branch))?;
    checkout(repo, &head)?;
    failpoint("checkout");

    let skipped: Vec<&Step> = state.steps.iter().filter(|s| matches!(s.outcome, Outcome::Skipped { .. })).collect();
    if !skipped.is_empty() {
        let dropped = project.patches.join("dropped");
        let mut reasons = std::fs::read_to_string(backup.join("patches/dropped/REASONS")).unwrap_or_default();
        for s in &skipped {
            let Outcome::Skipped { reason } = &s.outcome else { continue };
            std::fs::create_dir_all(&dropped)?;
            std::fs::copy(backup.join("patches").join(&s.name), dropped.join(&s.name))
                .with_context(|| format!("keeping {} under patches/dropped/", s.name))?;
            reasons.push_str(&format!("{}: dropped rebasing {} -> {}: {reason}\n", s.name, state.old_tag, state.new_tag));
        }
        write_atomic(&dropped.join("REASONS"), reasons.as_bytes())?;
    }
    let base = Oid::from_str(state.new_base.as_deref().context("no new upstream")?)?;
    let commits = commits_since(repo, base)?;
    write_queue(repo, &commits, &project.patches)?;

    let pin_text = std::fs::read_to_string(backup.join("upstream.toml"))?;
    let tree = repo.find_commit(base)?.tree_id().to_string();
    let new_pin = update_pin(&pin_text, &state.source, &tree)?;
    crate::pin::Pin::parse(&new_pin).context("the rewritten upstream.toml does not parse")?;
    write_atomic(&project.pin_path, new_pin.as_bytes())?;

    collide::file_drafts(&project.root, &mut state.collisions)?;

    let after = crate::footprint::measure(
        &project.patches,
        crate::footprint::compiler_lines(repo, &format!("refs/tags/{}", state.new_tag))?,
    )?;
    let summary = Summary::new(&state, after, t.elapsed().as_secs_f64());
    let _ = repo.find_reference(ORIG_HEAD_REF).and_then(|mut r| r.delete());
    write_atomic(&repo.path().join("wasmrust-rebase-summary.json"), serde_json::to_string_pretty(&summary)?.as_bytes())?;
    State::remove(repo.path())?;
    Ok(summary)
}

/// upstream.toml with the pin moved to `source` (comments and other sections kept).
pub fn update_pin(text: &str, source: &Resolved, tree: &str) -> Result<String> {
    let q = |s: &str| format!("{s:?}");
    let label = (source.label != source.version).then(|| q(&source.label));
    let exclude = format!("[{}]", source.exclude.iter().map(|e| q(e)).collect::<Vec<_>>().join(", "));
    let mut updates = vec![
        ("rustc", "version", Some(q(&source.version))),
        ("rustc", "label", label),
        ("rustc", "date", Some(q(&source.date))),
        ("source", "package", Some(q(&source.package))),
        ("source", "package-version", Some(q(&source.package_version))),
        ("source", "dir", Some(q(&source.dir.display().to_string()))),
        ("source", "exclude", Some(exclude)),
        ("source", "tree", Some(q(tree))),
    ];
    if let Some(s0) = &source.stage0 {
        updates.push(("stage0", "toolchain", Some(q(s0))));
    }
    crate::pin::set_values(text, &updates)
}

/// `rebase --status`: the rebase in progress, if any.
pub fn status(project: &Project) -> Result<String> {
    let repo = open_checkout(&project.checkout)?;
    let Some(state) = State::load(repo.path())? else { return Ok("no rebase in progress\n".to_string()) };
    let mut out = format!("rebase {} -> {} (phase {:?})\n", state.old_tag, state.new_tag, state.phase);
    for (i, s) in state.steps.iter().enumerate() {
        let mark = if i == state.current { ">" } else { " " };
        out.push_str(&format!("{mark} {:<10} {}\n", s.outcome.word(), s.name));
    }
    if state.phase == Phase::Conflict {
        out.push('\n');
        out.push_str(&report::conflict_report(&state));
    }
    Ok(out)
}

/// A dry run: import the snapshot and replay the queue in memory, recording conflicts and
/// going on (a conflicting patch is left out of the rest). Changes no ref, file or tag; used by
/// the benchmark and to preview a rebase. Returns per-patch outcome words and the seconds spent
/// importing and replaying.
pub fn dry_run(project: &Project, source: &Resolved) -> Result<(Vec<(String, String)>, f64, f64)> {
    let repo = open_checkout(&project.checkout)?;
    let old_base = tag_commit(&repo, &project.pin.upstream_tag())?;
    let t = Instant::now();
    let tree = crate::treebuild::import_dir(&repo, &source.dir, &source.exclude)?;
    let sig = signature(UPSTREAM_NAME, UPSTREAM_EMAIL, crate::git::parse_date(&source.date)?, 0)?;
    let base = repo.commit(None, &sig, &sig, "dry run", &repo.find_tree(tree)?, &[&old_base])?;
    let import_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let names = crate::patchfile::read_series(&project.patches)?;
    let mut head = repo.find_commit(base)?;
    let mut out = Vec::new();
    let labels = Labels { old_upstream: "old", new_upstream: "new", patch: "patch" };
    for (name, c) in names.iter().zip(commits_since(&repo, old_base.id())?) {
        match replay::replay(&repo, &c, &head, &labels)? {
            Replay::Applied { commit, notes } => {
                head = repo.find_commit(commit)?;
                out.push((name.clone(), if notes.is_empty() { "clean" } else { "relocated" }.to_string()));
            }
            Replay::Conflict(_) => out.push((name.clone(), "conflicted".to_string())),
        }
    }
    Ok((out, import_s, t.elapsed().as_secs_f64()))
}
