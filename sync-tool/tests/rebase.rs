//! `wasmrust-sync rebase` on real git repositories built in the test: a small fake upstream
//! (with the files the collision scanner reads), a two-patch queue, and a second upstream
//! snapshot per scenario. Every run goes through the real binary.

mod common;

use std::process::Command;

use common::*;

#[test]
fn clean_replay_moves_the_queue_and_rewrites_pin_and_patches() {
    let f = project();
    let before = read(&f.root.join("patches/0002-borrowck-call-the-linear-check.patch"));
    let v2 = f.upstream2(|d| edit(d, "library/core/src/lib.rs", "pub mod marker;\n", "pub mod marker;\npub mod cell;\n"));
    let out = rebase(&f, &v2);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(summary.contains("## Rebase upstream/1.0.0 → upstream/2.0.0"), "{summary}");
    assert!(summary.contains("| 0001-resolve-add-the-wasm-namespace.patch | clean |"), "{summary}");
    assert!(summary.contains("2 clean, 0 relocated, 0 resolved by hand, 0 skipped."), "{summary}");
    assert!(summary.contains("Footprint before:") && summary.contains("Footprint after:"), "{summary}");
    assert!(summary.contains("colliding with WasmRust names: none."), "{summary}");

    let src = f.src();
    assert_eq!(git(&src, &["tag"]), "upstream/1.0.0\nupstream/2.0.0\n");
    assert_eq!(
        git(&src, &["log", "--format=%s", "HEAD"]),
        "borrowck: call the linear check\nresolve: add the wasm namespace\nupstream: rustc 2.0.0\nupstream: rustc 1.0.0\n"
    );
    assert_eq!(git(&src, &["status", "--porcelain"]), "");
    assert!(read(&src.join("library/core/src/lib.rs")).contains("pub mod cell;"));
    assert!(!src.join("debian").exists());
    assert!(read(&src.join(BORROWCK_FILE)).contains("    other_checked();\n    linear();\n"));
    // The patch's content did not change (only the index line may, it names blobs).
    let after = read(&f.root.join("patches/0002-borrowck-call-the-linear-check.patch"));
    let body = |t: &str| t.lines().filter(|l| !l.starts_with("index ")).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&after), body(&before));

    let pin = wasmrust_sync::pin::Pin::load(&f.root.join("upstream.toml")).unwrap();
    assert_eq!(pin.rustc.version, "2.0.0");
    assert_eq!(pin.rustc.date, "2026-07-09");
    assert_eq!(pin.source.dir, v2);
    assert_eq!(pin.source.tree, git(&src, &["rev-parse", "upstream/2.0.0^{tree}"]).trim());
    assert!(read(&f.root.join("upstream.toml")).contains("# The upstream pin"), "comments are kept");
    // The queue is in sync: status and apply agree.
    let out = sync(&f.root, &["apply"]);
    assert!(stdout(&out).contains("0 patch(es) applied, 2 already applied"), "{}", stdout(&out));
    assert!(!f.src().join(".git/wasmrust-rebase").exists(), "no state is left behind");
}

#[test]
fn a_renamed_function_is_relocated_and_the_summary_says_where() {
    let f = project();
    // Upstream renames helper(): git's three-way merge conflicts (the rename is next to the
    // patched line); the hunk's context still matches fuzzily and its removed line is intact.
    let v2 = f.upstream2(|d| edit(d, BORROWCK_FILE, "fn helper()", "fn helper_renamed()"));
    let out = rebase(&f, &v2);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(summary.contains("| 0002-borrowck-call-the-linear-check.patch | relocated |"), "{summary}");
    assert!(summary.contains("1 clean, 1 relocated"), "{summary}");
    assert!(summary.contains("compiler/rustc_borrowck/src/lib.rs: hunk @@ -6,6 +6,7 @@ fuzzy context match at line 6"), "{summary}");
    let text = read(&f.src().join(BORROWCK_FILE));
    assert!(text.contains("fn helper_renamed() {\n    other_checked();\n    linear();\n}\n"), "upstream's name is kept: {text}");
    let patch = read(&f.root.join("patches/0002-borrowck-call-the-linear-check.patch"));
    assert!(patch.contains(" fn helper_renamed() {\n-    other();\n+    other_checked();\n+    linear();\n"), "{patch}");
}

#[test]
fn a_true_conflict_stops_with_a_report_and_continue_takes_the_resolution() {
    let f = project();
    let v2 = conflicting(&f);
    let out = rebase(&f, &v2);
    assert!(!out.status.success());
    let report = stdout(&out);
    let err = stderr(&out);
    assert!(err.trim_end().lines().last().unwrap().starts_with("error: rebase stopped: 0002-borrowck-call-the-linear-check.patch conflicts"), "{err}");
    assert!(report.contains("stopped at patch 2 of 2: 0002-borrowck-call-the-linear-check.patch"), "{report}");
    assert!(report.contains("file compiler/rustc_borrowck/src/lib.rs (content conflict)"), "{report}");
    assert!(report.contains("hunk @@ -6,6 +6,7 @@ could not be placed"), "{report}");
    assert!(report.contains("      -    other();\n      +    other_checked();\n      +    linear();\n"), "{report}");
    assert!(report.contains("what upstream changed there (upstream 1.0.0 -> upstream 2.0.0):"), "{report}");
    assert!(report.contains("      -    other();\n      +    other(ctx);\n"), "the upstream change: {report}");
    assert!(report.contains("wasmrust-sync rebase --continue") && report.contains("--skip --reason") && report.contains("--abort"), "{report}");
    // The same report is on disk, and `--status` shows it.
    assert_eq!(read(&f.src().join(".git/wasmrust-rebase/conflict.txt")), report);
    let status = stdout(&sync(&f.root, &["rebase", "--status"]));
    assert!(status.contains("phase Conflict") && status.contains("> conflicted 0002-"), "{status}");
    // The work tree holds the first patch applied and diff3 markers in the conflicting file.
    let text = read(&f.src().join(BORROWCK_FILE));
    assert!(text.contains("<<<<<<< upstream 2.0.0\n    other(ctx);\n||||||| upstream 1.0.0\n    other();\n=======\n    other_checked();\n    linear();\n>>>>>>> 0002-borrowck-call-the-linear-check.patch\n"), "{text}");
    assert!(read(&f.src().join(RESOLVE_FILE)).contains("wasm()"));

    // --continue refuses while markers are left.
    let out = sync(&f.root, &["rebase", "--continue"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("conflict markers left in compiler/rustc_borrowck/src/lib.rs"), "{}", stderr(&out));

    // Resolve by hand and continue.
    write(&f.src().join(BORROWCK_FILE), &BORROWCK.replace("    other();\n", "    other_checked(ctx);\n    linear();\n"));
    let out = sync(&f.root, &["rebase", "--continue"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(summary.contains("| 0002-borrowck-call-the-linear-check.patch | resolved |"), "{summary}");
    assert!(summary.contains("1 clean, 0 relocated, 1 resolved by hand, 0 skipped."), "{summary}");
    let patch = read(&f.root.join("patches/0002-borrowck-call-the-linear-check.patch"));
    assert!(patch.contains("-    other(ctx);\n+    other_checked(ctx);\n+    linear();\n"), "{patch}");
    assert!(patch.contains("Purpose: test."), "the patch keeps its headers: {patch}");
    assert_eq!(git(&f.src(), &["status", "--porcelain"]), "");
    assert_eq!(git(&f.src(), &["log", "--format=%an", "-1"]).trim(), "Dev", "the patch keeps its author");
}

#[test]
fn skip_drops_the_patch_with_its_reason() {
    let f = project();
    let v2 = conflicting(&f);
    assert!(!rebase(&f, &v2).status.success());
    let out = sync(&f.root, &["rebase", "--skip"]);
    assert!(!out.status.success(), "--skip needs a reason");
    let out = sync(&f.root, &["rebase", "--skip", "--reason", "upstream now threads a ctx through helper()"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(summary.contains("| 0002-borrowck-call-the-linear-check.patch | skipped | reason: upstream now threads a ctx through helper() |"), "{summary}");
    assert_eq!(patch_names(&f.root), ["0001-resolve-add-the-wasm-namespace.patch"]);
    assert!(!f.root.join("patches/0002-borrowck-call-the-linear-check.patch").exists());
    let dropped = read(&f.root.join("patches/dropped/0002-borrowck-call-the-linear-check.patch"));
    assert!(dropped.contains("+    other_checked();"), "the dropped patch is kept as it was");
    assert_eq!(
        read(&f.root.join("patches/dropped/REASONS")),
        "0002-borrowck-call-the-linear-check.patch: dropped rebasing upstream/1.0.0 -> upstream/2.0.0: upstream now threads a ctx through helper()\n"
    );
    assert_eq!(git(&f.src(), &["log", "--format=%s", "HEAD"]), "resolve: add the wasm namespace\nupstream: rustc 2.0.0\nupstream: rustc 1.0.0\n");
    assert_eq!(read(&f.src().join(BORROWCK_FILE)), BORROWCK.replace("    other();\n", "    other(ctx);\n"));
}

#[test]
fn abort_restores_the_exact_state_before_the_rebase() {
    let f = project();
    let before = f.snapshot();
    let v2 = conflicting(&f);
    assert!(!rebase(&f, &v2).status.success());
    assert_ne!(f.snapshot(), before);
    let out = sync(&f.root, &["rebase", "--abort"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("rebase onto upstream/2.0.0 aborted"), "{}", stdout(&out));
    assert_eq!(f.snapshot(), before);
    assert_eq!(read(&f.src().join(BORROWCK_FILE)), BORROWCK.replace("    other();\n", "    other_checked();\n    linear();\n"));
    assert_eq!(stdout(&sync(&f.root, &["rebase", "--status"])), "no rebase in progress\n");
    let out = sync(&f.root, &["rebase", "--abort"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no rebase in progress"), "{}", stderr(&out));
}

#[test]
fn a_killed_rebase_can_be_continued_or_aborted_at_every_point() {
    // The reference: one uninterrupted rebase.
    let reference = project();
    let v2 = reference.upstream2(|d| far_edit(d));
    let out = rebase(&reference, &v2);
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = reference.portable();

    for point in ["import", "step-1", "step-2", "checkout"] {
        // Killed, then continued: the same commits, files and pin as the uninterrupted run.
        let f = project();
        let v2 = f.upstream2(|d| far_edit(d));
        let out = sync_env(&f.root, &["rebase", "--onto", v2.to_str().unwrap()], &[("WASMRUST_SYNC_FAILPOINT", point)]);
        assert!(out.status.code().is_none(), "{point}: the process was killed ({:?})", out.status);
        assert!(f.src().join(".git/wasmrust-rebase/state.json").is_file(), "{point}");
        let out = sync(&f.root, &["rebase", "--onto", v2.to_str().unwrap()]);
        assert!(!out.status.success() && stderr(&out).contains("already in progress"), "{point}: {}", stderr(&out));
        let out = sync(&f.root, &["rebase", "--continue"]);
        assert!(out.status.success(), "{point}: {}", stderr(&out));
        assert!(stdout(&out).contains("2 clean"), "{point}: {}", stdout(&out));
        assert_eq!(f.portable(), expected, "{point}");

        // Killed, then aborted: exactly as before.
        let f = project();
        let before = f.snapshot();
        let v2 = f.upstream2(|d| far_edit(d));
        let out = sync_env(&f.root, &["rebase", "--onto", v2.to_str().unwrap()], &[("WASMRUST_SYNC_FAILPOINT", point)]);
        assert!(out.status.code().is_none(), "{point}");
        let out = sync(&f.root, &["rebase", "--abort"]);
        assert!(out.status.success(), "{point}: {}", stderr(&out));
        assert_eq!(f.snapshot(), before, "{point}");
    }
}

#[test]
fn rebasing_onto_the_same_upstream_is_a_no_op() {
    let f = project();
    let before = f.snapshot();
    let out = rebase(&f, &f.upstream);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("rustc-src is already on upstream/1.0.0 (same tree): nothing to do"), "{}", stdout(&out));
    assert_eq!(f.snapshot(), before);

    let v2 = f.upstream2(|d| far_edit(d));
    assert!(rebase(&f, &v2).status.success());
    let after = f.snapshot();
    let out = rebase(&f, &v2);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("already on upstream/2.0.0"), "{}", stdout(&out));
    assert_eq!(f.snapshot(), after);
}

#[test]
fn an_upstream_addition_colliding_with_a_wasmrust_name_files_draft_entries() {
    let f = project();
    // Upstream 2.0.0 grows `-Z wasm-host-profile` and a builtin `#[linear]` attribute.
    let v2 = f.upstream2(|d| {
        edit(
            d,
            OPTIONS,
            "    verbose_internals:",
            "    wasm_host_profile: Option<String> = (None, parse_opt_string, [TRACKED], \"host profile\"),\n    verbose_internals:",
        );
        edit(d, ATTRS, "];\n", "    gated!(linear, Normal, template!(Word), WarnFollowing, EncodeCrossCrate::Yes, experimental!(linear)),\n];\n");
    });
    let registry = f.root.join("migrate/deprecations.toml");
    let before = read(&registry);
    let out = rebase(&f, &v2);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(summary.contains("Upstream additions colliding with WasmRust names: 2"), "{summary}");
    assert!(summary.contains("| WR0006 | z-flag | `wasm-host-profile` | 2.0.0 | compiler/rustc_session/src/options.rs:3: -Z wasm-host-profile |"), "{summary}");
    assert!(summary.contains("| WR0007 | attribute | `wasm::linear` | 2.0.0 | compiler/rustc_feature/src/builtin_attrs.rs:3: builtin attribute `#[linear]` (gated!) |"), "{summary}");

    let after = read(&registry);
    assert!(after.starts_with(&before), "the registry is only appended to");
    let reg = wasmrust_migrate::registry::load(&registry).unwrap();
    let drafts: Vec<_> = reg.drafts().collect();
    assert_eq!(drafts.len(), 2, "{after}");
    assert_eq!(drafts[0].id.0, "WR0006");
    assert_eq!(drafts[0].kind.as_str(), "z-flag");
    assert_eq!(drafts[1].kind.as_str(), "attribute");
    assert_eq!(drafts[1].since.to_string(), TODAY);
    assert!(after.contains("version = \"2.0.0\""), "{after}");

    // The drafts are part of what --abort would undo; a finished rebase keeps them, and the
    // JSON summary lists them.
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(f.src().join(".git/wasmrust-rebase-summary.json")).unwrap()).unwrap();
    assert_eq!(json["collisions"][1]["draft"], "WR0007");
}

#[test]
fn abort_also_removes_draft_entries_filed_before_a_kill() {
    let f = project();
    let v2 = f.upstream2(|d| {
        edit(d, OPTIONS, "    verbose_internals:", "    wasm_host_profile: Option<String> = (None, parse_opt_string, [TRACKED], \"host profile\"),\n    verbose_internals:");
    });
    let before = f.snapshot();
    // Killed after the work tree was written, before the patches and the pin.
    let out = sync_env(&f.root, &["rebase", "--onto", v2.to_str().unwrap()], &[("WASMRUST_SYNC_FAILPOINT", "checkout")]);
    assert!(out.status.code().is_none());
    assert!(stdout(&sync(&f.root, &["rebase", "--status"])).contains("phase Finishing"));
    assert!(sync(&f.root, &["rebase", "--abort"]).status.success());
    assert_eq!(f.snapshot(), before);
}

#[test]
fn bad_sources_are_one_line_errors() {
    let f = project();
    for (onto, msg) in [
        (f.dir.path().join("nope"), "does not exist"),
        (f.root.join("patches"), "is not a rustc source tree"),
        (f.root.join("upstream.toml"), "neither a source directory nor a .tar.xz/.tar.gz"),
    ] {
        let out = rebase(&f, &onto);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(msg), "{err}");
    }
    let out = sync(&f.root, &["rebase"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("say what to do"), "{}", stderr(&out));
    let out = sync(&f.root, &["rebase", "--continue"]);
    assert!(stderr(&out).contains("no rebase in progress"), "{}", stderr(&out));
}

#[test]
fn a_source_tarball_and_a_git_commit_are_accepted() {
    // Tarball: extracted into the snapshot cache, recorded as such in the pin.
    let f = project();
    f.upstream2(|d| far_edit(d));
    let tarball = f.dir.path().join("rustc-2.0.0-src.tar.gz");
    let st = Command::new("tar")
        .arg("-czf")
        .arg(&tarball)
        .arg("-C")
        .arg(f.dir.path())
        .arg("--exclude=debian")
        .arg("--transform=s,^upstream-2.0.0,rustc-2.0.0-src,")
        .arg("upstream-2.0.0")
        .status()
        .unwrap();
    assert!(st.success());
    let cache = f.dir.path().join("snapshots");
    let out = sync_env(&f.root, &["rebase", "--onto", tarball.to_str().unwrap()], &[("WASMRUST_SNAPSHOT_CACHE", cache.to_str().unwrap())]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pin = read(&f.root.join("upstream.toml"));
    assert!(pin.contains("package = \"tarball\"") && pin.contains("rustc-2.0.0-src.tar.gz"), "{pin}");
    assert!(cache.join("rustc-2.0.0-src/rustc-2.0.0-src/compiler").is_dir());

    // A git repository and ref: tagged `upstream/<version>-git-<date>`.
    let g = project();
    let repo = g.dir.path().join("rust.git");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    upstream_tree(&repo, "2.1.0", "2026-08-01");
    std::fs::remove_dir_all(repo.join("debian")).unwrap();
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-qm", "nightly"]);
    let cache = g.dir.path().join("snapshots");
    let out = sync_env(&g.root, &["rebase", "--onto", repo.to_str().unwrap(), "--ref", "HEAD"], &[("WASMRUST_SNAPSHOT_CACHE", cache.to_str().unwrap())]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("upstream/2.1.0-git-2026-11-20"), "{}", stdout(&out));
    let pin = wasmrust_sync::pin::Pin::load(&g.root.join("upstream.toml")).unwrap();
    assert_eq!(pin.upstream_tag(), "upstream/2.1.0-git-2026-11-20");
    assert_eq!(pin.rustc.version, "2.1.0");
}
