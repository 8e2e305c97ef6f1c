//! The upstream sync job (`ci/upstream-sync`) on real git repositories, without building a
//! compiler: a rebase that conflicts stops the job with the report and rustc-src left at the
//! conflict; a rebase onto a fake upstream tree passes and the toolchain build of that tree
//! fails for real, which stops the job before the suites; the success commit is checked on its
//! own.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

/// Runs ci/upstream-sync on the fixture's project, with its own build cache and report dir.
fn job(f: &Fixture, onto: &Path) -> (Output, PathBuf) {
    let report = f.dir.path().join("report");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ci/upstream-sync");
    let out = Command::new(script)
        .arg("--root")
        .arg(&f.root)
        .arg("--onto")
        .arg(onto)
        .arg("--report-dir")
        .arg(&report)
        .env("WASMRUST_SYNC_BIN", env!("CARGO_BIN_EXE_wasmrust-sync"))
        .env("UPSTREAM_SYNC_SKIP_SETUP", "1")
        .env("WASMRUST_CACHE", f.dir.path().join("cache"))
        .env("WASMRUST_TODAY", TODAY)
        .env_remove("WASMRUST_SYNC_FAILPOINT")
        .output()
        .unwrap();
    (out, report)
}

/// Makes the project root a git repository (rustc-src ignored), as a WasmRust checkout is.
fn git_project(f: &Fixture) {
    write(&f.root.join(".gitignore"), "rustc-src/\n");
    git(&f.root, &["init", "-q", "-b", "main"]);
    git(&f.root, &["add", "-A"]);
    git(&f.root, &["commit", "-qm", "project"]);
}

fn json(report: &Path) -> serde_json::Value {
    serde_json::from_str(&read(&report.join("upstream-sync.json"))).unwrap()
}

#[test]
fn a_conflicting_rebase_stops_the_job_with_the_report_and_the_conflict_left() {
    let f = project();
    git_project(&f);
    let v2 = conflicting(&f);
    let (out, report) = job(&f, &v2);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.trim_end().lines().last().unwrap().starts_with("error: upstream sync failed at rebase; report in "), "{err}");
    let j = json(&report);
    assert_eq!(j["ok"], false);
    assert_eq!(j["failed_step"], "rebase");
    assert_eq!(j["from_version"], "1.0.0");
    assert_eq!(j["to_version"], "2.0.0");
    assert_eq!(j["rebase"]["status"], "failed");
    assert_eq!(j["build"]["status"], "not-run");
    let tests = j["tests"].as_array().unwrap();
    assert!(tests.len() >= 2, "the ui and run-pass suites are configured: {tests:?}");
    assert_eq!(tests[0][0]["name"], "ui");
    assert!(tests.iter().all(|t| t[1]["status"] == "not-run"));
    assert_eq!(j["patches"][0]["outcome"], "clean");
    assert_eq!(j["patches"][1]["outcome"], "conflicted");
    assert!(j["conflict"].as_str().unwrap().contains("file compiler/rustc_borrowck/src/lib.rs (content conflict)"));
    assert!(j["commit"].is_null());
    let md = read(&report.join("upstream-sync.md"));
    assert!(md.starts_with("# Upstream sync: 1.0.0 → 2.0.0\n\n**FAILED** at step: rebase"), "{md}");
    assert!(md.contains("| build | not run |"), "{md}");
    assert!(md.contains("## Conflict") && md.contains("what upstream changed there"), "{md}");
    assert_eq!(md, stdout(&out), "the report is also printed");
    // rustc-src is left at the conflict for a human; no branch was made.
    assert!(stdout(&sync(&f.root, &["rebase", "--status"])).contains("phase Conflict"));
    assert_eq!(git(&f.root, &["branch", "--list", "upstream-sync/*"]), "");
}

#[test]
fn a_failing_build_stops_the_job_before_the_suites() {
    let f = project();
    git_project(&f);
    let v2 = f.upstream2(far_edit);
    let (out, report) = job(&f, &v2);
    assert!(!out.status.success(), "a 5-file tree cannot build a compiler");
    assert!(stderr(&out).contains("upstream sync failed at build"), "{}", stderr(&out));
    let j = json(&report);
    assert_eq!(j["failed_step"], "build");
    assert_eq!(j["rebase"]["status"], "passed");
    assert_eq!(j["rebase"]["detail"], "2 clean, 0 relocated, 0 resolved, 0 skipped");
    assert_eq!(j["to_tag"], "upstream/2.0.0");
    assert_eq!(j["build"]["status"], "failed");
    assert!(!j["build"]["detail"].as_str().unwrap().is_empty());
    assert!(j["tests"].as_array().unwrap().iter().all(|t| t[1]["status"] == "not-run"));
    assert!(j["total_seconds"].as_f64().unwrap() > 0.0);
    let md = read(&report.join("upstream-sync.md"));
    assert!(md.contains("| rebase | passed |") && md.contains("| build | FAILED |"), "{md}");
    assert!(md.contains("## Rebase: Rebase upstream/1.0.0 → upstream/2.0.0"), "{md}");
    assert_eq!(git(&f.root, &["branch", "--list", "upstream-sync/*"]), "");
    // The rebase itself is done and left for a human: the queue is on 2.0.0.
    assert!(read(&f.root.join("upstream.toml")).contains("version = \"2.0.0\""));
}

#[test]
fn the_success_commit_goes_on_a_branch_without_touching_head() {
    let f = project();
    git_project(&f);
    let head = git(&f.root, &["rev-parse", "HEAD"]);
    let v2 = f.upstream2(|d| {
        edit(d, OPTIONS, "    verbose_internals:", "    wasm_host_profile: Option<String> = (None, parse_opt_string, [TRACKED], \"profile\"),\n    verbose_internals:");
    });
    assert!(rebase(&f, &v2).status.success());
    let project = wasmrust_sync::project::Project::open(Some(&f.root)).unwrap();
    let report = wasmrust_sync::job::Report {
        from_version: "1.0.0".into(),
        from_tag: "upstream/1.0.0".into(),
        to_version: Some("2.0.0".into()),
        to_tag: Some("upstream/2.0.0".into()),
        source: v2.display().to_string(),
        ok: true,
        failed_step: None,
        rebase: step(),
        patches: vec![wasmrust_sync::job::PatchOutcome { name: "0001-x.patch".into(), outcome: "clean".into(), notes: vec![] }],
        conflict: None,
        rebase_summary: None,
        build: step(),
        tests: vec![],
        commit: None,
        total_seconds: 1.0,
    };
    let made = wasmrust_sync::job::commit_on_branch(&project, &report, "upstream-sync/").unwrap();
    assert!(made.starts_with("branch `upstream-sync/2.0.0` at "), "{made}");
    assert_eq!(git(&f.root, &["rev-parse", "HEAD"]), head, "HEAD did not move");
    assert_eq!(git(&f.root, &["diff", "--cached", "--name-only"]), "", "the index did not change");
    let changed = git(&f.root, &["diff", "--name-only", "HEAD", "upstream-sync/2.0.0"]);
    assert_eq!(changed, "migrate/deprecations.toml\nupstream.toml\n", "the patches did not change: same hunks, same blobs");
    assert_eq!(git(&f.root, &["show", "upstream-sync/2.0.0:upstream.toml"]), read(&f.root.join("upstream.toml")));
    assert!(git(&f.root, &["show", "upstream-sync/2.0.0:migrate/deprecations.toml"]).contains("status = \"draft\""));
    assert!(git(&f.root, &["log", "-1", "--format=%s", "upstream-sync/2.0.0"]).starts_with("Move the patch queue to upstream rustc 2.0.0"));
    // Nothing left to commit a second time.
    git(&f.root, &["reset", "-q", "--hard", "upstream-sync/2.0.0"]);
    let err = wasmrust_sync::job::commit_on_branch(&project, &report, "upstream-sync/").unwrap_err().to_string();
    assert!(err.contains("changed nothing"), "{err}");
}

fn step() -> wasmrust_sync::job::StepResult {
    wasmrust_sync::job::StepResult { status: wasmrust_sync::job::StepStatus::Passed, seconds: 1.0, detail: String::new(), log: None }
}

#[test]
fn bad_suite_arguments_are_one_line_errors() {
    let f = project();
    let out = sync(&f.root, &["upstream-sync", "--onto", "/nonexistent", "--suite", "no-equals-sign"]);
    assert!(!out.status.success());
    assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--suite wants NAME=COMMAND"), "{}", stderr(&out));
}
