//! The sync tool against real git repositories built in the test (no mocks): init, apply,
//! refresh, status and footprint on a small fake upstream, and once on the real upstream tree.

use std::path::{Path, PathBuf};

mod common;
use common::{BORROWCK, commit_change, git, stderr, stdout, sync, write};

struct Fixture {
    _dir: tempfile::TempDir,
    root: PathBuf,
    upstream: PathBuf,
}

/// A project whose pin points at a fake upstream tree, initialised (`init --record`).
fn project() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let upstream = dir.path().join("upstream");
    write(&upstream.join("src/version"), "1.0.0\n");
    write(&upstream.join("compiler/rustc_borrowck/src/lib.rs"), BORROWCK);
    write(&upstream.join("compiler/rustc_resolve/src/lib.rs"), "pub fn resolve() {}\n");
    write(&upstream.join("library/core/src/lib.rs"), "#![no_std]\n");
    write(&upstream.join("debian/rules"), "packaging, not upstream\n");
    let root = dir.path().join("project");
    std::fs::create_dir_all(root.join("patches")).unwrap();
    let pin = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../upstream.toml"))
        .unwrap()
        .replace("version = \"1.96.0\"", "version = \"1.0.0\"")
        .replace("dir = \"/usr/src/rustc-1.96.0\"", &format!("dir = {:?}", upstream.display().to_string()));
    let pin = regex_replace_tree(&pin, "unrecorded");
    write(&root.join("upstream.toml"), &pin);
    let out = sync(&root, &["init", "--record"]);
    assert!(out.status.success(), "{}", stderr(&out));
    Fixture { _dir: dir, root, upstream }
}

fn regex_replace_tree(pin: &str, value: &str) -> String {
    pin.lines()
        .map(|l| if l.starts_with("tree = ") { format!("tree = \"{value}\"") } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn read_patches(root: &Path) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(root.join("patches"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn init_imports_upstream_without_packaging_and_is_idempotent() {
    let f = project();
    let src = f.root.join("rustc-src");
    assert!(src.join("compiler/rustc_borrowck/src/lib.rs").is_file());
    assert!(!src.join("debian").exists(), "packaging must not be imported");
    assert_eq!(git(&src, &["tag"]).trim(), "upstream/1.0.0");
    assert_eq!(git(&src, &["rev-parse", "--abbrev-ref", "HEAD"]).trim(), "wasmrust");
    let pin = std::fs::read_to_string(f.root.join("upstream.toml")).unwrap();
    let tree = git(&src, &["rev-parse", "HEAD^{tree}"]);
    assert!(pin.contains(&format!("tree = \"{}\"", tree.trim())), "init --record writes the content hash");
    let again = sync(&f.root, &["init"]);
    assert!(again.status.success());
    assert!(stdout(&again).contains("already initialised"));
}

#[test]
fn init_refuses_a_source_that_does_not_match_the_recorded_hash() {
    let f = project();
    std::fs::remove_dir_all(f.root.join("rustc-src")).unwrap();
    write(&f.upstream.join("compiler/rustc_resolve/src/lib.rs"), "pub fn resolve() { changed() }\n");
    let out = sync(&f.root, &["init"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("content hash mismatch"), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("error")).count(), 1, "one-line error: {err}");
    assert!(err.trim_end().lines().last().unwrap().starts_with("error: content hash mismatch"), "{err}");
    assert!(!f.root.join("rustc-src").exists(), "nothing half-made is left behind");
}

#[test]
fn init_says_what_to_install_when_the_source_is_missing() {
    let f = project();
    std::fs::remove_dir_all(&f.upstream).unwrap();
    std::fs::remove_dir_all(f.root.join("rustc-src")).unwrap();
    let out = sync(&f.root, &["init"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("apt-get install rust-web-src="), "{}", stderr(&out));
}

#[test]
fn refresh_then_apply_then_refresh_is_byte_identical() {
    let f = project();
    commit_change(&f.root, "compiler/rustc_resolve/src/lib.rs", "pub fn resolve() {}", "pub fn resolve() { wasm() }\nfn wasm() {}", "resolve: add the wasm namespace");
    commit_change(&f.root, "compiler/rustc_borrowck/src/lib.rs", "    check();\n", "    check();\n    linear();\n", "borrowck: call the linear check");
    let out = sync(&f.root, &["refresh"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = read_patches(&f.root);
    assert_eq!(first.len(), 3, "{first:?}");
    assert_eq!(first[0].0, "0001-resolve-add-the-wasm-namespace.patch");
    assert!(first[2].1.contains("0002-borrowck-call-the-linear-check.patch"));
    assert!(first[0].1.contains("Date: Fri, 20 Nov 2026 12:00:00 +0100"));

    // Start over from upstream and apply: same commits, same files.
    let src = f.root.join("rustc-src");
    git(&src, &["reset", "-q", "--hard", "upstream/1.0.0"]);
    let out = sync(&f.root, &["apply"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("2 patch(es) applied"));
    assert_eq!(git(&src, &["log", "--format=%an %ad %s", "--date=iso", "-1"]).trim(), "Dev 2026-11-20 12:00:00 +0100 borrowck: call the linear check");
    let out = sync(&f.root, &["refresh"]);
    assert!(stdout(&out).contains("0 written, 2 unchanged"), "{}", stdout(&out));
    assert_eq!(read_patches(&f.root), first);

    // Applying again is a no-op.
    let out = sync(&f.root, &["apply"]);
    assert!(stdout(&out).contains("0 patch(es) applied, 2 already applied"), "{}", stdout(&out));
}

#[test]
fn a_broken_patch_names_patch_file_and_hunk_and_leaves_the_last_good_commit() {
    let f = project();
    commit_change(&f.root, "compiler/rustc_resolve/src/lib.rs", "pub fn resolve() {}", "pub fn resolve() { wasm() }", "resolve: add the wasm namespace");
    assert!(sync(&f.root, &["refresh"]).status.success());
    let broken = "0002-broken-context.patch";
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(broken), f.root.join("patches").join(broken)).unwrap();
    let mut series = std::fs::read_to_string(f.root.join("patches/series")).unwrap();
    series.push_str(broken);
    series.push('\n');
    std::fs::write(f.root.join("patches/series"), series).unwrap();

    let src = f.root.join("rustc-src");
    git(&src, &["reset", "-q", "--hard", "upstream/1.0.0"]);
    let out = sync(&f.root, &["apply"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("patch 0002-broken-context.patch does not apply"), "{err}");
    assert!(err.contains("compiler/rustc_borrowck/src/lib.rs"), "{err}");
    assert!(err.contains("hunk #2 `@@ -8,3 +9,4 @@ fn helper()"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // Left on the last good commit, with a clean tree.
    assert_eq!(git(&src, &["log", "--format=%s", "-1"]).trim(), "resolve: add the wasm namespace");
    assert_eq!(git(&src, &["status", "--porcelain"]).trim(), "");
    assert_eq!(std::fs::read_to_string(src.join("compiler/rustc_borrowck/src/lib.rs")).unwrap(), BORROWCK);
}

#[test]
fn status_shows_unrefreshed_edits_and_apply_never_drops_them() {
    let f = project();
    commit_change(&f.root, "compiler/rustc_resolve/src/lib.rs", "pub fn resolve() {}", "pub fn resolve() { wasm() }", "resolve: add the wasm namespace");
    let out = sync(&f.root, &["status"]);
    assert!(stdout(&out).contains("local edits not yet refreshed"), "{}", stdout(&out));
    let out = sync(&f.root, &["apply"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("run `wasmrust-sync refresh` to keep them"), "{}", stderr(&out));
    // --reset sets them aside under a backup ref.
    let out = sync(&f.root, &["apply", "--reset"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let src = f.root.join("rustc-src");
    assert_eq!(git(&src, &["log", "--format=%s", "-1", "refs/wasmrust/backup/1"]).trim(), "resolve: add the wasm namespace");
    // Uncommitted edits block apply and refresh with the path named.
    write(&src.join("compiler/rustc_resolve/src/lib.rs"), "dirty\n");
    let out = sync(&f.root, &["refresh"]);
    assert!(stderr(&out).contains("uncommitted changes (compiler/rustc_resolve/src/lib.rs)"), "{}", stderr(&out));
    let out = sync(&f.root, &["status"]);
    assert!(stdout(&out).contains("1 uncommitted path(s)"), "{}", stdout(&out));
}

#[test]
fn footprint_separates_upstream_edits_from_new_files() {
    let f = project();
    commit_change(&f.root, "compiler/rustc_borrowck/src/lib.rs", "    check();\n", "    check();\n    linear();\n", "borrowck: call the linear check");
    let src = f.root.join("rustc-src");
    write(&src.join("compiler/rustc_wasmrust/src/lib.rs"), "pub fn linear() {}\npub fn more() {}\n");
    git(&src, &["add", "-A"]);
    git(&src, &["commit", "-qm", "wasmrust: the checks crate\n\nPurpose: t.\nUpstream-Area: compiler/\nSince: 2026-11-20\n"]);
    assert!(sync(&f.root, &["refresh"]).status.success());
    let out = sync(&f.root, &["footprint", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let fp: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(fp["total"]["upstream_files"], 1);
    assert_eq!(fp["total"]["upstream_added"], 1);
    assert_eq!(fp["total"]["new_files"], 1);
    assert_eq!(fp["total"]["new_lines"], 2);
    // 1 line in rustc_resolve, 11 in rustc_borrowck: 12 compiler lines in the fake upstream.
    assert_eq!(fp["compiler_lines"], 12);
}

#[test]
fn bad_input_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = sync(dir.path(), &["status"]);
    assert!(!out.status.success());
    assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).starts_with("error: reading"));
}

/// One run on the real upstream tree: `apply` of the checked-in queue, then `refresh`
/// reproduces patches/ byte for byte.
#[test]
fn apply_and_refresh_on_the_real_upstream_tree() {
    let repo_root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let pin = wasmrust_sync::pin::Pin::load(&repo_root.join("upstream.toml")).unwrap();
    assert!(
        pin.source.dir.join("src/version").is_file(),
        "the pinned upstream source is missing: run ci/setup ({})",
        pin.install_hint()
    );
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::copy(repo_root.join("upstream.toml"), root.join("upstream.toml")).unwrap();
    std::fs::create_dir_all(root.join("patches")).unwrap();
    for entry in std::fs::read_dir(repo_root.join("patches")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, root.join("patches").join(p.file_name().unwrap())).unwrap();
    }
    let out = sync(root, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = sync(root, &["apply"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let before = read_patches(root);
    let out = sync(root, &["refresh"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(read_patches(root), before);
    let series = wasmrust_sync::patchfile::read_series(&root.join("patches")).unwrap();
    let log = git(&root.join("rustc-src"), &["log", "--format=%s"]);
    assert_eq!(log.lines().count(), series.len() + 1, "{log}");
}
