//! Fixtures shared by the rebase and upstream-sync tests: a fake upstream tree, a project
//! with a two-patch queue, and helpers to run the real binary and git.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BORROWCK: &str = "//! Borrow checking.\npub fn mir_borrowck() {\n    check();\n}\n\nfn check() {}\n\nfn helper() {\n    other();\n}\nfn other() {}\n";
pub const RESOLVE: &str = "pub fn resolve() {}\n";
pub const BORROWCK_FILE: &str = "compiler/rustc_borrowck/src/lib.rs";
pub const RESOLVE_FILE: &str = "compiler/rustc_resolve/src/lib.rs";
pub const OPTIONS: &str = "compiler/rustc_session/src/options.rs";
pub const ATTRS: &str = "compiler/rustc_feature/src/builtin_attrs.rs";
pub const TODAY: &str = "2026-11-30";

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub root: PathBuf,
    pub upstream: PathBuf,
}

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fake upstream tree `version`, with the five compiler files the collision scanner needs
/// (in upstream's syntax) and a library.
pub fn upstream_tree(dir: &Path, version: &str, date: &str) {
    write(&dir.join("src/version"), &format!("{version}\n"));
    write(&dir.join("RELEASES.md"), &format!("Version {version} ({date})\n==========================\n\n- things\n"));
    write(&dir.join(BORROWCK_FILE), BORROWCK);
    write(&dir.join(RESOLVE_FILE), RESOLVE);
    write(&dir.join("debian/rules"), "packaging, not upstream\n");
    write(
        &dir.join(ATTRS),
        "pub static BUILTIN_ATTRIBUTES: &[BuiltinAttribute] = &[\n    ungated!(cfg, Normal, template!(List: &[\"predicate\"]), DuplicatesOk, EncodeCrossCrate::No),\n];\n",
    );
    write(
        &dir.join("compiler/rustc_resolve/src/macros.rs"),
        "pub fn registered_tools_ast() {\n    let predefined_tools = [sym::clippy, sym::rustfmt];\n}\n",
    );
    write(&dir.join("compiler/rustc_span/src/symbol.rs"), "symbols! {\n    Keywords {\n        Fn: \"fn\",\n    }\n    Symbols {\n        sized,\n    }\n}\n");
    write(
        &dir.join(OPTIONS),
        "options! {\n    UnstableOptions, UnstableOptionsTargetModifiers, Z_OPTIONS, dbopts, \"Z\", \"unstable\",\n    verbose_internals: bool = (false, parse_bool, [TRACKED_NO_CRATE_HASH], \"more debug printouts\"),\n}\n",
    );
    write(
        &dir.join("compiler/rustc_hir/src/lang_items.rs"),
        "language_item_table! {\n    Sized, sym::sized, sized_trait, Target::Trait, GenericRequirement::Exact(0);\n}\n",
    );
    write(&dir.join("library/core/Cargo.toml"), "[package]\nname = \"core\"\n");
    write(&dir.join("library/core/src/lib.rs"), "#![no_std]\npub mod marker;\n");
}

/// A project pinned to a fake upstream 1.0.0, initialised, with two patches refreshed into
/// patches/: one on rustc_resolve, one replacing a line of `helper()` in rustc_borrowck.
pub fn project() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let upstream = dir.path().join("upstream-1.0.0");
    upstream_tree(&upstream, "1.0.0", "2026-05-28");
    let root = dir.path().join("project");
    std::fs::create_dir_all(root.join("patches")).unwrap();
    let repo_root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let pin = read(&repo_root.join("upstream.toml"))
        .replace("version = \"1.96.0\"", "version = \"1.0.0\"")
        .replace("dir = \"/usr/src/rustc-1.96.0\"", &format!("dir = {:?}", upstream.display().to_string()));
    let pin: String = pin
        .lines()
        .map(|l| if l.starts_with("tree = ") { "tree = \"unrecorded\"".to_string() } else { l.to_string() })
        .map(|l| l + "\n")
        .collect();
    write(&root.join("upstream.toml"), &pin);
    write(&root.join("migrate/deprecations.toml"), &read(&repo_root.join("migrate/deprecations.toml")));
    let out = sync(&root, &["init", "--record"]);
    assert!(out.status.success(), "{}", stderr(&out));
    commit_change(&root, RESOLVE_FILE, "pub fn resolve() {}", "pub fn resolve() { wasm() }\nfn wasm() {}", "resolve: add the wasm namespace");
    commit_change(&root, BORROWCK_FILE, "    other();\n", "    other_checked();\n    linear();\n", "borrowck: call the linear check");
    let out = sync(&root, &["refresh"]);
    assert!(out.status.success(), "{}", stderr(&out));
    Fixture { dir, root, upstream }
}

impl Fixture {
    /// A second upstream snapshot: 2.0.0 with `edit` applied to a copy of 1.0.0.
    pub fn upstream2(&self, edit: impl FnOnce(&Path)) -> PathBuf {
        let dir = self.dir.path().join("upstream-2.0.0");
        upstream_tree(&dir, "2.0.0", "2026-07-09");
        edit(&dir);
        dir
    }

    pub fn src(&self) -> PathBuf {
        self.root.join("rustc-src")
    }

    /// Everything a rebase may change: patches/ (with dropped/), upstream.toml, the registry,
    /// rustc-src's branch, tags and work tree status.
    pub fn snapshot(&self) -> String {
        self.snapshot_with("%H %s")
    }

    /// The same with tree ids for commit ids and the temp dir masked, comparable across
    /// fixtures (commit ids differ: the import commit names the source directory).
    pub fn portable(&self) -> String {
        self.snapshot_with("%T %s").replace(&self.dir.path().display().to_string(), "<tmp>")
    }

    pub fn snapshot_with(&self, log_format: &str) -> String {
        let mut out = String::new();
        for sub in ["patches", "patches/dropped"] {
            let mut files: Vec<_> = std::fs::read_dir(self.root.join(sub))
                .into_iter()
                .flatten()
                .map(|e| e.unwrap().path())
                .filter(|p| p.is_file())
                .collect();
            files.sort();
            for f in files {
                out.push_str(&format!("== {}\n{}", f.strip_prefix(&self.root).unwrap().display(), read(&f)));
            }
        }
        out.push_str(&read(&self.root.join("upstream.toml")));
        out.push_str(&read(&self.root.join("migrate/deprecations.toml")));
        out.push_str(&git(&self.src(), &["log", &format!("--format={log_format}"), "HEAD"]));
        out.push_str(&git(&self.src(), &["tag"]));
        out.push_str(&git(&self.src(), &["status", "--porcelain", "--branch"]));
        out
    }
}

pub fn sync(root: &Path, args: &[&str]) -> Output {
    sync_env(root, args, &[])
}

pub fn sync_env(root: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wasmrust-sync"));
    cmd.arg("--root").arg(root).args(args).env("WASMRUST_TODAY", TODAY).env_remove("WASMRUST_SYNC_FAILPOINT");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

pub fn rebase(f: &Fixture, onto: &Path) -> Output {
    sync(&f.root, &["rebase", "--onto", onto.to_str().unwrap()])
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Dev", "-c", "user.email=dev@example.org"])
        .args(args)
        .env("GIT_AUTHOR_DATE", "2026-11-20T12:00:00+0100")
        .env("GIT_COMMITTER_DATE", "2026-11-20T12:00:00+0100")
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Edits a file in rustc-src and commits it with the queue's headers.
pub fn commit_change(root: &Path, file: &str, from: &str, to: &str, subject: &str) {
    let path = root.join("rustc-src").join(file);
    let text = read(&path);
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    let msg = format!("{subject}\n\nPurpose: test.\nUpstream-Area: {file}\nSince: 2026-11-20\n");
    git(&root.join("rustc-src"), &["commit", "-qam", &msg]);
}

pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = read(&path);
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// An upstream change far from every patch.
pub fn far_edit(d: &Path) {
    edit(d, "library/core/src/lib.rs", "pub mod marker;\n", "pub mod marker;\npub mod cell;\n");
}

/// Upstream 2.0.0 changes the very line the borrowck patch replaces: a true conflict.
pub fn conflicting(f: &Fixture) -> PathBuf {
    f.upstream2(|d| edit(d, BORROWCK_FILE, "    other();\n", "    other(ctx);\n"))
}

pub fn patch_names(root: &Path) -> Vec<String> {
    wasmrust_sync::patchfile::read_series(&root.join("patches")).unwrap()
}

