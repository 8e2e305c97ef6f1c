//! The patch queue as commits on top of the upstream tag: apply `patches/` to `rustc-src`,
//! and refresh `patches/` from `rustc-src`.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context, Result, bail};
use git2::{ApplyLocation, ApplyOptions, Commit, Diff, DiffFormat, DiffOptions, DiffStatsFormat, Oid, Repository};

use crate::git::{commits_since, hard_reset, require_clean, short, signature, tag_commit};
use crate::patchfile::{PatchFile, file_name, read_series};
use crate::project::{Project, write_atomic};

/// Why a patch did not apply: which patch, file and hunk.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplyFailure {
    pub patch: String,
    pub file: String,
    /// 1-based hunk number within the file and its `@@ … @@` header; `None` when the file
    /// itself is missing or the whole delta failed.
    pub hunk: Option<(usize, String)>,
}

impl std::fmt::Display for ApplyFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "patch {} does not apply: {}", self.patch, self.file)?;
        match &self.hunk {
            Some((n, header)) => write!(f, ", hunk #{n} `{}`", header.trim_end()),
            None => write!(f, " (file missing or changed)"),
        }
    }
}

/// Outcome of `apply`.
#[derive(Debug, Default)]
pub struct ApplyReport {
    pub already_applied: usize,
    pub applied: Vec<String>,
}

/// Renders the diff `parent → commit` as patch text (unified, 3 lines of context).
pub fn diff_text(repo: &Repository, commit: &Commit<'_>) -> Result<(String, String)> {
    let diff = commit_diff(repo, commit)?;
    let mut text = Vec::new();
    diff.print(DiffFormat::Patch, |_, _, line| {
        if matches!(line.origin(), '+' | '-' | ' ') {
            text.push(line.origin() as u8);
        }
        text.extend_from_slice(line.content());
        true
    })?;
    let stats = diff.stats()?.to_buf(DiffStatsFormat::FULL, 72)?;
    Ok((
        String::from_utf8(text).context("patch is not UTF-8")?,
        String::from_utf8_lossy(&stats).into_owned(),
    ))
}

/// The tree diff a commit introduces over its first parent.
pub fn commit_diff<'r>(repo: &'r Repository, commit: &Commit<'_>) -> Result<Diff<'r>> {
    let parent_tree = commit.parent(0)?.tree()?;
    let mut opts = DiffOptions::new();
    opts.context_lines(3).id_abbrev(12);
    Ok(repo.diff_tree_to_tree(Some(&parent_tree), Some(&commit.tree()?), Some(&mut opts))?)
}

/// Renders a queue commit as the text of its patch file.
pub fn render_commit(repo: &Repository, commit: &Commit<'_>) -> Result<String> {
    let author = commit.author();
    let message = commit.message().context("commit message is not UTF-8")?;
    let (subject, body) = match message.split_once("\n\n") {
        Some((s, b)) => (s.replace('\n', " "), b.trim_end().to_string()),
        None => (message.trim_end().replace('\n', " "), String::new()),
    };
    let (diff, stats) = diff_text(repo, commit)?;
    let patch = PatchFile {
        author_name: author.name().unwrap_or("unknown").to_string(),
        author_email: author.email().unwrap_or("unknown").to_string(),
        time: author.when().seconds(),
        offset_minutes: author.when().offset_minutes(),
        subject,
        body,
        diff,
    };
    Ok(patch.render(&stats))
}

/// Applies one parsed patch on HEAD as a commit; on failure nothing is changed.
pub fn apply_patch(repo: &Repository, name: &str, patch: &PatchFile) -> Result<Oid, ApplyFailure> {
    let fail_whole = |file: String| ApplyFailure { patch: name.to_string(), file, hunk: None };
    let diff = Diff::from_buffer(patch.diff.as_bytes()).map_err(|e| fail_whole(format!("unreadable diff: {e}")))?;
    let mut check = ApplyOptions::new();
    check.check(true);
    if repo.apply(&diff, ApplyLocation::Both, Some(&mut check)).is_err() {
        return Err(diagnose(repo, name, &diff));
    }
    let commit = (|| -> Result<Oid> {
        repo.apply(&diff, ApplyLocation::Both, None)?;
        let mut index = repo.index()?;
        let tree = repo.find_tree(index.write_tree()?)?;
        let sig = signature(&patch.author_name, &patch.author_email, patch.time, patch.offset_minutes)?;
        let parent = repo.head()?.peel_to_commit()?;
        Ok(repo.commit(Some("HEAD"), &sig, &sig, &patch.message(), &tree, &[&parent])?)
    })();
    commit.map_err(|e| fail_whole(format!("could not commit: {e:#}")))
}

/// Finds the first file, then the first hunk in it, that does not apply on HEAD.
fn diagnose(repo: &Repository, name: &str, diff: &Diff<'_>) -> ApplyFailure {
    let deltas: Vec<String> = diff
        .deltas()
        .map(|d| {
            d.old_file().path().or(d.new_file().path()).map(|p| p.display().to_string()).unwrap_or_default()
        })
        .collect();
    for (i, file) in deltas.iter().enumerate() {
        let applies = |hunk: Option<usize>| {
            let mut opts = ApplyOptions::new();
            opts.check(true);
            let mut delta_no = 0usize;
            opts.delta_callback(move |d| {
                let path = d
                    .and_then(|d| d.old_file().path().or(d.new_file().path()))
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                let ok = path == *file && delta_no == i;
                delta_no += 1;
                ok
            });
            let mut hunk_no = 0usize;
            opts.hunk_callback(move |_| {
                let ok = hunk.is_none_or(|h| h == hunk_no);
                hunk_no += 1;
                ok
            });
            repo.apply(diff, ApplyLocation::WorkDir, Some(&mut opts)).is_ok()
        };
        if applies(None) {
            continue;
        }
        let hunks = git2::Patch::from_diff(diff, i).ok().flatten();
        let n = hunks.as_ref().map_or(0, |p| p.num_hunks());
        for h in 0..n {
            if !applies(Some(h)) {
                let header = hunks
                    .as_ref()
                    .and_then(|p| p.hunk(h).ok())
                    .map(|(hunk, _)| String::from_utf8_lossy(hunk.header()).into_owned())
                    .unwrap_or_default();
                return ApplyFailure { patch: name.to_string(), file: file.clone(), hunk: Some((h + 1, header)) };
            }
        }
        return ApplyFailure { patch: name.to_string(), file: file.clone(), hunk: None };
    }
    ApplyFailure { patch: name.to_string(), file: deltas.join(", "), hunk: None }
}

/// Loads the series: (file name, parsed patch) in order.
pub fn load_series(patches: &Path) -> Result<Vec<(String, PatchFile)>> {
    read_series(patches)?
        .into_iter()
        .map(|name| {
            let patch = PatchFile::load(&patches.join(&name))?;
            patch.check_headers().with_context(|| format!("patches/{name}"))?;
            Ok((name, patch))
        })
        .collect()
}

/// `wasmrust-sync apply`: makes rustc-src's branch = upstream tag + one commit per patch.
/// With `reset`, commits not in patches/ are moved to a backup ref first, never dropped.
pub fn apply(project: &Project, reset: bool) -> Result<ApplyReport> {
    let repo = crate::git::open_checkout(&project.checkout)?;
    require_clean(&repo, "applying the queue")?;
    let base = tag_commit(&repo, &project.pin.upstream_tag())?;
    let series = load_series(&project.patches)?;
    let existing = commits_since(&repo, base.id())?;

    let mut report = ApplyReport::default();
    let matching =
        existing.iter().zip(&series).take_while(|(c, (_, patch))| commit_matches(&repo, c, patch)).count();
    if matching < existing.len() {
        if !reset {
            bail!(
                "rustc-src has {} commit(s) on top of {} that are not in patches/ (first: `{}`): \
                 run `wasmrust-sync refresh` to keep them, or `wasmrust-sync apply --reset` to set them aside",
                existing.len() - matching,
                project.pin.upstream_tag(),
                existing[matching].summary().unwrap_or("?")
            );
        }
        let head = repo.head()?.peel_to_commit()?;
        let backup = backup_ref(&repo, head.id())?;
        eprintln!("apply --reset: previous rustc-src HEAD kept as {backup}");
        let keep = if matching == 0 { base.clone() } else { existing[matching - 1].clone() };
        hard_reset(&repo, &keep)?;
    }
    report.already_applied = matching;
    for (name, patch) in series.iter().skip(matching) {
        match apply_patch(&repo, name, patch) {
            Ok(_) => report.applied.push(name.clone()),
            Err(failure) => {
                let head = repo.head()?.peel_to_commit()?;
                bail!(
                    "{failure}; rustc-src left clean at {} `{}`",
                    short(head.id()),
                    head.summary().unwrap_or("")
                );
            }
        }
    }
    Ok(report)
}

/// Whether `commit` makes the change `patch` describes: same subject and the same added and
/// removed lines (context, line numbers and index lines may differ).
pub fn commit_matches(repo: &Repository, commit: &Commit<'_>, patch: &PatchFile) -> bool {
    let changed = |diff: &str| -> Vec<String> {
        diff.lines().filter(|l| l.starts_with('+') || l.starts_with('-')).map(str::to_string).collect()
    };
    let Ok((diff, _)) = diff_text(repo, commit) else { return false };
    commit.summary().map(|s| s.replace('\n', " ")) == Some(patch.subject.clone())
        && changed(&diff) == changed(&patch.diff)
}

/// Saves `oid` under `refs/wasmrust/backup/<n>` and returns the ref name.
pub fn backup_ref(repo: &Repository, oid: Oid) -> Result<String> {
    let n = repo.references_glob("refs/wasmrust/backup/*")?.count() + 1;
    let name = format!("refs/wasmrust/backup/{n}");
    repo.reference(&name, oid, false, "wasmrust-sync backup")?;
    Ok(name)
}

/// Outcome of `refresh`.
#[derive(Debug, Default)]
pub struct RefreshReport {
    pub written: Vec<String>,
    pub unchanged: Vec<String>,
    pub removed: Vec<String>,
}

/// `wasmrust-sync refresh`: writes the commits on top of the upstream tag into patches/.
pub fn refresh(project: &Project) -> Result<RefreshReport> {
    let repo = crate::git::open_checkout(&project.checkout)?;
    require_clean(&repo, "refreshing the queue")?;
    let base = tag_commit(&repo, &project.pin.upstream_tag())?;
    let commits = commits_since(&repo, base.id())?;
    write_queue(&repo, &commits, &project.patches)
}

/// Writes `commits` as the queue in `patches_dir`: one file per commit, `series`, and stale
/// patch files removed. Files whose content is unchanged are not touched.
pub fn write_queue(repo: &Repository, commits: &[Commit<'_>], patches_dir: &Path) -> Result<RefreshReport> {
    let mut report = RefreshReport::default();
    let mut rendered = Vec::new();
    for (i, commit) in commits.iter().enumerate() {
        let text = render_commit(repo, commit)?;
        let patch = PatchFile::parse(&text)?;
        patch
            .check_headers()
            .with_context(|| format!("commit {} `{}`", short(commit.id()), patch.subject))?;
        rendered.push((file_name(i + 1, &patch.subject), text));
    }
    let mut series = String::from("# The WasmRust patch queue, applied in this order by `wasmrust-sync apply`.\n");
    for (name, text) in &rendered {
        let path = patches_dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            report.unchanged.push(name.clone());
        } else {
            write_atomic(&path, text.as_bytes())?;
            report.written.push(name.clone());
        }
        series.push_str(name);
        series.push('\n');
    }
    let series_path = patches_dir.join("series");
    if std::fs::read_to_string(&series_path).ok().as_deref() != Some(series.as_str()) {
        write_atomic(&series_path, series.as_bytes())?;
    }
    let keep: BTreeSet<&str> = rendered.iter().map(|(n, _)| n.as_str()).collect();
    if let Ok(entries) = std::fs::read_dir(patches_dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".patch") && !keep.contains(name.as_str()) {
                std::fs::remove_file(entry.path())?;
                report.removed.push(name);
            }
        }
    }
    report.removed.sort();
    Ok(report)
}

/// How rustc-src's queue commits compare with patches/.
#[derive(Debug, PartialEq)]
pub enum QueueState {
    /// Every patch is applied and nothing else is on the branch.
    Applied(usize),
    /// The first `applied` patches are applied, the rest are not.
    Partial { applied: usize, total: usize },
    /// Commits on the branch differ from patches/: local edits not yet refreshed.
    Diverged { matching: usize, commits: usize, total: usize },
}

/// Compares rustc-src with patches/.
pub fn queue_state(project: &Project, repo: &Repository) -> Result<QueueState> {
    let base = tag_commit(repo, &project.pin.upstream_tag())?;
    let commits = commits_since(repo, base.id())?;
    let series = load_series(&project.patches)?;
    let names: Vec<_> = series.iter().map(|(n, _)| n).collect();
    let matching =
        commits.iter().zip(&series).take_while(|(c, (_, patch))| commit_matches(repo, c, patch)).count();
    Ok(if matching < commits.len() {
        QueueState::Diverged { matching, commits: commits.len(), total: names.len() }
    } else if matching == names.len() {
        QueueState::Applied(matching)
    } else {
        QueueState::Partial { applied: matching, total: names.len() }
    })
}
