//! End-to-end runs of the `wasmrust-migrate` binary on the fixture workspace
//! (tests/fixtures/ws), copied to a temp dir for each test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-25";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ws")
}

/// The `wasm` crate the fixture depends on, in this repository.
fn wasm_crate() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../wasm-lang/wasm")
        .canonicalize()
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../wasm-lang/wasm"))
}

/// Copies the fixture into a fresh temp dir (the `wasm` path made absolute).
fn copy_fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    for entry in walkdir::WalkDir::new(fixture()) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(fixture()).unwrap();
        let to = root.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
    let manifest = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = text.replace(
        "../../../../wasm-lang/wasm",
        &wasm_crate().display().to_string(),
    );
    std::fs::write(&manifest, text).unwrap();
    (dir, root)
}

fn git_commit_all(root: &Path) {
    let repo = git2::Repository::init(root).unwrap();
    let mut index = repo.index().unwrap();
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .unwrap();
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = git2::Signature::now("test", "test@example.invalid").unwrap();
    repo.commit(Some("HEAD"), &sig, &sig, "fixture", &tree, &[])
        .unwrap();
}

fn migrate(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wasmrust-migrate"))
        .args(args)
        .arg(root)
        .env("WASMRUST_TODAY", TODAY)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Every file of the tree (relative path, contents), for before/after comparisons.
fn snapshot_tree(root: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.unwrap();
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .display()
            .to_string();
        if entry.file_type().is_file() && !rel.starts_with(".git") && !rel.starts_with("target") {
            files.push((
                rel,
                std::fs::read_to_string(entry.path()).unwrap_or_default(),
            ));
        }
    }
    files
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let (_dir, root) = copy_fixture();
    let before = snapshot_tree(&root);
    let out = migrate(&root, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    insta::assert_snapshot!("fixture_dry_run", text);
    assert_eq!(before, snapshot_tree(&root), "a dry run must not write");
}

#[test]
fn apply_rewrites_and_a_second_run_is_a_no_op() {
    let (_dir, root) = copy_fixture();
    git_commit_all(&root);
    let dry = stdout(&migrate(&root, &[]));
    let out = migrate(&root, &["--apply"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("files rewritten: 7"),
        "{}",
        stdout(&out)
    );
    // --apply shows the same diff it writes.
    let diff_part = |s: &str| s.split("summary:").next().unwrap().to_string();
    assert_eq!(diff_part(&dry), diff_part(&stdout(&out)));
    let canvas = std::fs::read_to_string(root.join("crates/canvas/src/lib.rs")).unwrap();
    assert!(
        canvas
            .contains("#[wasm::allow_leak] // intentional: the page owns this buffer until unload")
    );
    assert!(canvas.contains("use wasm::memory::SharedSlice;"));
    assert!(
        canvas.contains(
            "//! Pixel buffers shared with the host. Docs may mention `wasm::SharedSlice`"
        )
    );
    let workers = std::fs::read_to_string(root.join("crates/workers/src/lib.rs")).unwrap();
    assert!(
        workers.contains("wasm::thread::scope(|_scope| $body)"),
        "{workers}"
    );
    assert!(workers.contains("use wasm::thread::scope as spawn_scoped;"));
    let manifest = std::fs::read_to_string(root.join("crates/app/Cargo.toml")).unwrap();
    assert!(
        manifest.contains("\"simd\", # SIMD fast paths") && manifest.contains("\"wasm/simd\"]"),
        "{manifest}"
    );

    // The tree is dirty now (uncommitted migration), so a second --apply needs --allow-dirty;
    // it must find nothing to do.
    let after = snapshot_tree(&root);
    let again = migrate(&root, &["--apply", "--allow-dirty"]);
    assert!(again.status.success(), "{}", stderr(&again));
    let text = stdout(&again);
    assert!(
        !text.contains("--- a/"),
        "second run changed something:\n{text}"
    );
    assert!(
        text.contains("files rewritten: 0") && text.contains("edits: none"),
        "{text}"
    );
    assert_eq!(after, snapshot_tree(&root));
}

#[test]
fn apply_refuses_a_dirty_tree_unless_allowed() {
    let (_dir, root) = copy_fixture();
    git_commit_all(&root);
    std::fs::write(
        root.join("crates/app/src/extra.rs"),
        "// work in progress\n",
    )
    .unwrap();
    let before = snapshot_tree(&root);
    let out = migrate(&root, &["--apply"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("uncommitted changes") && err.contains("crates/app/src/extra.rs"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one-line error: {err}");
    assert_eq!(before, snapshot_tree(&root));

    let out = migrate(&root, &["--apply", "--allow-dirty"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_ne!(before, snapshot_tree(&root));
}

#[test]
fn apply_refuses_a_directory_outside_git_unless_allowed() {
    let (_dir, root) = copy_fixture();
    let out = migrate(&root, &["--apply"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not inside a git repository"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unparsable_file_is_reported_and_left_untouched() {
    let (_dir, root) = copy_fixture();
    let broken = "use wasm::SharedSlice;\n\nfn broken( {\n    wasm::SharedSlice::new(&[])\n}\n";
    std::fs::write(root.join("crates/canvas/src/broken.rs"), broken).unwrap();
    git_commit_all(&root);
    let out = migrate(&root, &["--apply"]);
    assert_eq!(out.status.code(), Some(1), "parse errors make the run fail");
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.contains("parse error"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("crates/canvas/src/broken.rs:3:"), "{line}");
    assert!(stderr(&out).contains("1 file(s) could not be parsed"));
    assert_eq!(
        std::fs::read_to_string(root.join("crates/canvas/src/broken.rs")).unwrap(),
        broken
    );
    // The parsable files were still migrated.
    assert!(
        std::fs::read_to_string(root.join("crates/canvas/src/lib.rs"))
            .unwrap()
            .contains("wasm::allow_leak")
    );
}

#[test]
fn the_date_decides_which_entries_apply() {
    let (_dir, root) = copy_fixture();
    // The day before WR0002's `since`: its rule is not in force yet.
    let before = stdout(&migrate(&root, &["--today", "2026-05-31"]));
    assert!(
        !before.contains("js_interop")
            && before.contains("scheduled (not applied yet): WR0002 from 2026-06-01"),
        "{before}"
    );
    assert!(!before.contains("edits WR0005"), "WR0005 starts 2026-11-01");
    let on = stdout(&migrate(&root, &["--today", "2026-06-01"]));
    assert!(
        on.contains("wasm::capability(js_interop)") && on.contains("edits WR0002"),
        "{on}"
    );
    // Closing-window and closed-window lines follow the date too.
    let late = stdout(&migrate(&root, &["--today", "2027-03-01"]));
    assert!(
        late.contains("window closing: WR0003") && late.contains("window closed: WR0002"),
        "{late}"
    );
}

#[test]
fn registry_commands() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("deprecations.tsv");
    let out = Command::new(env!("CARGO_BIN_EXE_wasmrust-migrate"))
        .args(["registry", "--emit"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&out_file).unwrap();
    assert!(text.starts_with("#wasmrust-deprecations v1\n"));
    assert!(text.contains(
        "WR0004\tpath\twasm::SharedSlice\twasm::memory::SharedSlice\t2026-10-01\t2027-04-01\n"
    ));

    let check = Command::new(env!("CARGO_BIN_EXE_wasmrust-migrate"))
        .args(["registry", "--check", "--today", TODAY])
        .output()
        .unwrap();
    assert!(check.status.success());
    assert!(stdout(&check).contains("WR0001  attribute"));

    let bad = dir.path().join("bad.toml");
    let seed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("deprecations.toml"))
            .unwrap();
    std::fs::write(
        &bad,
        seed.replace("removal = 2027-03-15", "removal = 2027-03-01"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wasmrust-migrate"))
        .args(["registry", "--check", "--registry"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("entry WR0003")
            && err.contains("shorter than 6 months")
            && err.contains("2027-03-15"),
        "{err}"
    );
}

#[test]
fn bad_input_is_one_line_and_non_zero() {
    for args in [
        vec!["/nonexistent/dir"],
        vec!["--today", "2026-13-01", "."],
        vec!["--bogus"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_wasmrust-migrate"))
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(
            err.lines().filter(|l| l.starts_with("error")).count() == 1,
            "{args:?}: {err}"
        );
    }
}

/// The migrated fixture builds with the WasmRust toolchain and no deprecation warnings.
#[test]
fn migrated_fixture_builds_with_the_wasmrust_toolchain() {
    // A linked toolchain whose build has not finished has no working rustc yet.
    let rustc = Command::new("rustup")
        .args(["which", "--toolchain", "wasmrust", "rustc"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .filter(|rustc| {
            Command::new(rustc)
                .arg("-vV")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    let Some(rustc) = rustc else {
        eprintln!(
            "\n*** SKIPPED migrated_fixture_builds_with_the_wasmrust_toolchain: wasmrust toolchain not installed (no working `rustup which --toolchain wasmrust rustc`) ***\n"
        );
        return;
    };
    if !wasm_crate().join("Cargo.toml").is_file() {
        eprintln!(
            "\n*** SKIPPED migrated_fixture_builds_with_the_wasmrust_toolchain: the wasm crate ({}) is missing ***\n",
            wasm_crate().display()
        );
        return;
    }
    let (_dir, root) = copy_fixture();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    // The toolchain's rustc, driven by the cargo running this test (a linked toolchain may lack cargo).
    let cargo_check = || {
        Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args([
                "check",
                "--offline",
                "--workspace",
                "--all-targets",
                "--features",
                "app/fast,app/web",
            ])
            .current_dir(&root)
            .env("RUSTC", &rustc)
            .env_remove("RUSTC_WRAPPER")
            .env("CARGO_TARGET_DIR", target.join("migrate-fixture"))
            .env("WASMRUST_TODAY", TODAY)
            .output()
            .unwrap()
    };
    // Before: the compiler itself reports the deprecated spellings (warnings inside the window,
    // errors after it), so the check below cannot pass by accident.
    let before = stderr(&cargo_check());
    for id in ["WR0001", "WR0003"] {
        assert!(before.contains(id), "the unmigrated fixture should report {id}:\n{before}");
    }
    // Committed after the first check so that the Cargo.lock it wrote does not make the tree dirty.
    git_commit_all(&root);
    let out = migrate(&root, &["--apply"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let check = cargo_check();
    let err = stderr(&check);
    assert!(
        check.status.success(),
        "cargo +wasmrust check failed on the migrated fixture:\n{err}"
    );
    assert!(
        !err.contains("deprecated") && !err.contains("WR0"),
        "deprecation diagnostics after migration:\n{err}"
    );
}
