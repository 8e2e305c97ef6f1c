//! The upstream sync job (`ci/upstream-sync`, `wasmrust-sync upstream-sync`): rebase onto a new
//! snapshot → build the toolchain → run the test suites → write a report (Markdown and JSON) →
//! on full success, a commit with the new queue ready on a branch. Non-interactive; the first
//! failing step ends the run, leaving the report and rustc-src as they are for a human.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde::Serialize;

use crate::project::{Project, write_atomic};
use crate::rebase::{self, Ended, Onto};

/// One test suite the job runs after the build: a name and a shell command (run in the
/// project root).
#[derive(Debug, Clone, Serialize)]
pub struct Suite {
    pub name: String,
    pub command: String,
}

impl Suite {
    /// Parses `NAME=COMMAND`.
    pub fn parse(text: &str) -> Result<Suite> {
        match text.split_once('=') {
            Some((n, c)) if !n.trim().is_empty() && !c.trim().is_empty() => {
                Ok(Suite { name: n.trim().to_string(), command: c.trim().to_string() })
            }
            _ => bail!("--suite wants NAME=COMMAND, got `{text}`"),
        }
    }
}

/// What the job is asked to do.
pub struct JobOptions<'a> {
    pub onto: Onto<'a>,
    pub report_dir: PathBuf,
    pub suites: Vec<Suite>,
    /// Prefix of the branch the success commit goes on (`upstream-sync/` + the new label).
    pub branch_prefix: String,
}

/// How a step ended.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    Passed,
    Failed,
    /// Not run because an earlier step failed.
    NotRun,
}

/// A step's result.
#[derive(Debug, Clone, Serialize)]
pub struct StepResult {
    pub status: StepStatus,
    pub seconds: f64,
    /// One line: what failed, or what it produced.
    pub detail: String,
    /// Full output, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log: Option<PathBuf>,
}

impl StepResult {
    fn not_run() -> StepResult {
        StepResult { status: StepStatus::NotRun, seconds: 0.0, detail: "not run: an earlier step failed".into(), log: None }
    }
}

/// One patch's outcome in the report.
#[derive(Debug, Clone, Serialize)]
pub struct PatchOutcome {
    pub name: String,
    pub outcome: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// The whole report (`upstream-sync.json`; `upstream-sync.md` is its Markdown form).
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub from_version: String,
    pub from_tag: String,
    pub to_version: Option<String>,
    pub to_tag: Option<String>,
    pub source: String,
    pub ok: bool,
    /// The step that failed, if any.
    pub failed_step: Option<String>,
    pub rebase: StepResult,
    pub patches: Vec<PatchOutcome>,
    /// The conflict report when the rebase stopped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflict: Option<String>,
    /// The rebase summary (Markdown) when it finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rebase_summary: Option<String>,
    pub build: StepResult,
    pub tests: Vec<(Suite, StepResult)>,
    /// `branch commit` left for review on full success.
    pub commit: Option<String>,
    pub total_seconds: f64,
}

/// Runs the job and writes the report; `Ok(report)` with `report.ok == false` on a failed step.
pub fn run(project: &mut Project, opts: &JobOptions<'_>) -> Result<Report> {
    let started = Instant::now();
    std::fs::create_dir_all(&opts.report_dir).with_context(|| format!("creating {}", opts.report_dir.display()))?;
    let mut report = Report {
        from_version: project.pin.rustc.version.clone(),
        from_tag: project.pin.upstream_tag(),
        to_version: None,
        to_tag: None,
        source: opts.onto.source.display().to_string(),
        ok: false,
        failed_step: None,
        rebase: StepResult::not_run(),
        patches: Vec::new(),
        conflict: None,
        rebase_summary: None,
        build: StepResult::not_run(),
        tests: opts.suites.iter().map(|s| (s.clone(), StepResult::not_run())).collect(),
        commit: None,
        total_seconds: 0.0,
    };

    eprintln!("upstream-sync: rebase onto {}", opts.onto.source.display());
    let t = Instant::now();
    let rebased = rebase::start(project, &opts.onto);
    report.rebase.seconds = t.elapsed().as_secs_f64();
    match rebased {
        Ok(Ended::Done(summary)) => {
            report.rebase.status = StepStatus::Passed;
            report.rebase.detail = format!(
                "{} clean, {} relocated, {} resolved, {} skipped",
                summary.clean, summary.relocated, summary.resolved, summary.skipped
            );
            report.to_tag = Some(summary.to.clone());
            report.patches = summary
                .patches
                .iter()
                .map(|s| PatchOutcome {
                    name: s.name.clone(),
                    outcome: s.outcome.word().to_string(),
                    notes: match &s.outcome {
                        rebase::state::Outcome::Relocated { notes } => notes.clone(),
                        rebase::state::Outcome::Skipped { reason } => vec![reason.clone()],
                        _ => Vec::new(),
                    },
                })
                .collect();
            report.rebase_summary = Some(summary.markdown());
            project.reload_pin()?;
            report.to_version = Some(project.pin.rustc.version.clone());
        }
        Ok(Ended::NoOp { tag }) => {
            report.rebase.status = StepStatus::Passed;
            report.rebase.detail = format!("already on {tag}: nothing to rebase");
            report.to_tag = Some(tag);
            report.to_version = Some(project.pin.rustc.version.clone());
        }
        Ok(Ended::Stopped { patch, report: text }) => {
            report.rebase.status = StepStatus::Failed;
            report.rebase.detail = format!("stopped at a conflict in {patch}; rustc-src is left at the conflict");
            report.conflict = Some(text);
            if let Ok(repo) = crate::git::open_checkout(&project.checkout)
                && let Ok(Some(state)) = rebase::state::State::load(repo.path())
            {
                report.to_tag = Some(state.new_tag.clone());
                report.to_version = Some(state.source.version.clone());
                report.patches = state
                    .steps
                    .iter()
                    .map(|s| PatchOutcome { name: s.name.clone(), outcome: s.outcome.word().to_string(), notes: Vec::new() })
                    .collect();
            }
        }
        Err(e) => {
            report.rebase.status = StepStatus::Failed;
            report.rebase.detail = one_line(&e);
        }
    }
    if report.rebase.status != StepStatus::Passed {
        return finish(report, "rebase", started, opts);
    }

    eprintln!("upstream-sync: building the toolchain");
    let t = Instant::now();
    let built = crate::build::build(project, &crate::build::BuildOptions::default());
    report.build.seconds = t.elapsed().as_secs_f64();
    match built {
        Ok(dir) => {
            report.build.status = StepStatus::Passed;
            report.build.detail = format!("toolchain `{}` at {}", project.pin.toolchain.name, dir.display());
        }
        Err(e) => {
            report.build.status = StepStatus::Failed;
            report.build.detail = one_line(&e);
            let latest = crate::build::Cache::for_project(project).logs().join("latest.log");
            report.build.log = latest.exists().then_some(latest);
        }
    }
    if report.build.status != StepStatus::Passed {
        return finish(report, "build", started, opts);
    }

    let mut failed = None;
    for (suite, result) in &mut report.tests {
        eprintln!("upstream-sync: test suite {}: {}", suite.name, suite.command);
        *result = run_suite(&project.root, suite, &opts.report_dir)?;
        if result.status == StepStatus::Failed && failed.is_none() {
            failed = Some(format!("tests ({})", suite.name));
        }
    }
    if let Some(step) = failed {
        return finish(report, &step, started, opts);
    }

    match commit_on_branch(project, &report, &opts.branch_prefix) {
        Ok(c) => report.commit = Some(c),
        Err(e) => {
            report.commit = None;
            report.failed_step = Some(format!("commit: {}", one_line(&e)));
            return finish(report, "commit", started, opts);
        }
    }
    report.ok = true;
    finish(report, "", started, opts)
}

fn one_line(e: &anyhow::Error) -> String {
    format!("{e:#}").replace('\n', " ")
}

fn finish(mut report: Report, failed: &str, started: Instant, opts: &JobOptions<'_>) -> Result<Report> {
    if !failed.is_empty() && report.failed_step.is_none() {
        report.failed_step = Some(failed.to_string());
    }
    report.total_seconds = started.elapsed().as_secs_f64();
    write_report(&report, &opts.report_dir)?;
    Ok(report)
}

/// Runs one suite with `sh -c`, its output into `<report_dir>/<name>.log`.
fn run_suite(root: &Path, suite: &Suite, report_dir: &Path) -> Result<StepResult> {
    let log = report_dir.join(format!("{}.log", suite.name.replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "_")));
    let file = std::fs::File::create(&log).with_context(|| format!("creating {}", log.display()))?;
    let t = Instant::now();
    let status = Command::new("sh")
        .arg("-c")
        .arg(&suite.command)
        .current_dir(root)
        .stdin(Stdio::null())
        .stdout(file.try_clone()?)
        .stderr(file)
        .status()
        .with_context(|| format!("starting `{}`", suite.command))?;
    let seconds = t.elapsed().as_secs_f64();
    let tail = std::fs::read_to_string(&log).unwrap_or_default();
    let last = tail.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
    Ok(StepResult {
        status: if status.success() { StepStatus::Passed } else { StepStatus::Failed },
        seconds,
        detail: if status.success() { last } else { format!("{status}: {last}") },
        log: Some(log),
    })
}

fn word(s: StepStatus) -> &'static str {
    match s {
        StepStatus::Passed => "passed",
        StepStatus::Failed => "FAILED",
        StepStatus::NotRun => "not run",
    }
}

impl Report {
    /// The Markdown form.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "# Upstream sync: {} → {}\n\n**{}**{}\n\n- from: rustc {} (`{}`)\n- to: {} (`{}`)\n- source: `{}`\n- total time: {:.1} s\n\n",
            self.from_version,
            self.to_version.as_deref().unwrap_or("?"),
            if self.ok { "Success" } else { "FAILED" },
            self.failed_step.as_ref().map_or(String::new(), |s| format!(" at step: {s}")),
            self.from_version,
            self.from_tag,
            self.to_version.as_ref().map_or("?".to_string(), |v| format!("rustc {v}")),
            self.to_tag.as_deref().unwrap_or("?"),
            self.source,
            self.total_seconds
        );
        out.push_str("| step | result | time | detail |\n|---|---|---|---|\n");
        let mut row = |name: &str, r: &StepResult| {
            let log = r.log.as_ref().map_or(String::new(), |l| format!(" (log: `{}`)", l.display()));
            out.push_str(&format!("| {name} | {} | {:.1} s | {}{log} |\n", word(r.status), r.seconds, r.detail.replace('|', "\\|")));
        };
        row("rebase", &self.rebase);
        row("build", &self.build);
        for (suite, r) in &self.tests {
            row(&format!("tests: {}", suite.name), r);
        }
        if !self.patches.is_empty() {
            out.push_str("\n## Patches\n\n| patch | outcome | notes |\n|---|---|---|\n");
            for p in &self.patches {
                out.push_str(&format!("| {} | {} | {} |\n", p.name, p.outcome, p.notes.join("<br>").replace('|', "\\|")));
            }
        }
        if let Some(c) = &self.conflict {
            out.push_str(&format!(
                "\n## Conflict\n\nrustc-src is left at the conflict; resolve it there and run `wasmrust-sync rebase --continue` (or `--skip --reason`, `--abort`).\n\n```\n{c}```\n"
            ));
        }
        if let Some(s) = &self.rebase_summary {
            out.push_str(&format!("\n{}", s.replacen("## ", "## Rebase: ", 1)));
        }
        match &self.commit {
            Some(c) => out.push_str(&format!("\n## Ready for review\n\n{c}\n")),
            None if !self.ok => out.push_str("\nNo commit was made; the report and rustc-src are left for a human.\n"),
            None => {}
        }
        out
    }
}

/// Writes `upstream-sync.md` and `upstream-sync.json` into `dir`.
pub fn write_report(report: &Report, dir: &Path) -> Result<()> {
    write_atomic(&dir.join("upstream-sync.md"), report.markdown().as_bytes())?;
    write_atomic(&dir.join("upstream-sync.json"), serde_json::to_string_pretty(report)?.as_bytes())?;
    Ok(())
}

/// Paths of the WasmRust checkout a sync changes (relative to the project root).
fn changed_paths(project: &Project) -> Result<Vec<String>> {
    let mut out = vec!["upstream.toml".to_string()];
    if project.root.join(rebase::collide::REGISTRY).is_file() {
        out.push(rebase::collide::REGISTRY.to_string());
    }
    for sub in ["patches", "patches/dropped"] {
        let Ok(entries) = std::fs::read_dir(project.root.join(sub)) else { continue };
        for e in entries.flatten() {
            if e.path().is_file() {
                out.push(format!("{sub}/{}", e.file_name().to_string_lossy()));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Commits the new queue (patches/, upstream.toml, the registry) on top of the WasmRust
/// checkout's HEAD on branch `<prefix><label>`, without touching HEAD, the index or the work
/// tree. Returns `branch commit`.
pub fn commit_on_branch(project: &Project, report: &Report, prefix: &str) -> Result<String> {
    let repo = git2::Repository::open(&project.root)
        .with_context(|| format!("{} is not a git repository: cannot leave the sync commit on a branch", project.root.display()))?;
    let head = repo.head()?.peel_to_commit().context("the WasmRust checkout has no commit")?;
    let head_tree = head.tree()?;
    let mut update = git2::build::TreeUpdateBuilder::new();
    let changed = changed_paths(project)?;
    // patches/ is replaced as a whole: patches the rebase renamed or dropped disappear.
    if let Ok(entry) = head_tree.get_path(Path::new("patches")) {
        let mut stale = Vec::new();
        entry.to_object(&repo)?.peel_to_tree()?.walk(git2::TreeWalkMode::PreOrder, |dir, e| {
            if e.kind() == Some(git2::ObjectType::Blob) {
                stale.push(format!("patches/{dir}{}", e.name().unwrap_or("")));
            }
            git2::TreeWalkResult::Ok
        })?;
        for p in stale.into_iter().filter(|p| !changed.contains(p)) {
            update.remove(p);
        }
    }
    for rel in changed {
        let data = std::fs::read(project.root.join(&rel)).with_context(|| format!("reading {rel}"))?;
        update.upsert(&rel, repo.blob(&data)?, git2::FileMode::Blob);
    }
    let tree_id = update.create_updated(&repo, &head_tree)?;
    if tree_id == head.tree_id() {
        bail!("the sync changed nothing in the WasmRust checkout: no commit to make");
    }
    let tree = repo.find_tree(tree_id)?;
    let label = report.to_tag.as_deref().unwrap_or("unknown").trim_start_matches("upstream/").to_string();
    let branch = format!("{prefix}{label}");
    let outcomes: String = report.patches.iter().map(|p| format!("  {} {}\n", p.outcome, p.name)).collect();
    let message = format!(
        "Move the patch queue to upstream rustc {}\n\n`wasmrust-sync upstream-sync` from {} onto {}: rebase, toolchain build and test suites passed.\n\n{outcomes}",
        report.to_version.as_deref().unwrap_or(&label),
        report.from_tag,
        report.to_tag.as_deref().unwrap_or("?"),
    );
    let sig = repo.signature().or_else(|_| git2::Signature::now("wasmrust-sync", "sync@wasmrust.invalid"))?;
    let commit = repo.commit(None, &sig, &sig, &message, &tree, &[&head])?;
    repo.reference(&format!("refs/heads/{branch}"), commit, true, "wasmrust-sync upstream-sync")?;
    Ok(format!("branch `{branch}` at {}", crate::git::short(commit)))
}
