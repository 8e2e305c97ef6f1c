//! The real cross-version run: the checked-in patch queue on Debian's rust-web-src 1.96.0 (our
//! pin, /usr/src/rustc-1.96.0) is rebased onto rust-web-src 1.85.0 (bookworm main, fetched with
//! `apt-get download` into a cache outside the repository when missing) and back to 1.96.0.
//! The conflict report of every patch that stops (the checks' patches among them) is kept as an
//! insta snapshot (`snapshots/cross_version__conflict_on_1.85.0_*.snap`), read by a human.
//!
//! Everything happens in a temporary copy of the project (its own rustc-src and
//! WASMRUST_CACHE): the real rustc-src and the toolchain build cache are never touched.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The bookworm package holding rustc 1.85.0's source.
const DEB_VERSION: &str = "1.85.0+dfsg3-1~deb12u3";
/// The checks' patches that stop on 1.85.0 (found by this run): the monomorphization-time
/// check of generic code and the drop-elaboration checks; the linear-type/capability check
/// pass itself (0005) replays.
const CHECKS_PATCHES: [&str; 2] = [
    "0006-monomorphize-check-generic-code-instantiated-with.patch",
    "0007-interface-run-drop-elaboration-and-its-checks-in.patch",
];

/// `$WASMRUST_UPSTREAM_DEBS`, else `~/.cache/wasmrust/upstream-debs`.
fn deb_cache() -> PathBuf {
    std::env::var_os("WASMRUST_UPSTREAM_DEBS").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/wasmrust/upstream-debs")
    })
}

/// The rustc 1.85.0 source tree from the Debian package, fetched and extracted once.
pub fn rustc_1_85_source() -> PathBuf {
    let cache = deb_cache();
    let extracted = cache.join(format!("rust-web-src_{DEB_VERSION}"));
    let src = extracted.join("usr/src/rustc-1.85.0");
    if src.join("src/version").is_file() {
        return src;
    }
    std::fs::create_dir_all(&cache).unwrap();
    let deb = cache.join(format!("rust-web-src_{}_all.deb", DEB_VERSION.replace(':', "%3a")));
    if !deb.is_file() {
        let out = Command::new("apt-get")
            .current_dir(&cache)
            .args(["download", &format!("rust-web-src={DEB_VERSION}")])
            .output()
            .expect("running apt-get");
        assert!(
            out.status.success() && deb.is_file(),
            "apt-get download rust-web-src={DEB_VERSION} failed (bookworm main must be in the apt sources): {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let tmp = cache.join(format!(".extract-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let out = Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&tmp).output().expect("running dpkg-deb");
    assert!(out.status.success(), "dpkg-deb -x {}: {}", deb.display(), String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_dir_all(&extracted);
    std::fs::rename(&tmp, &extracted).unwrap();
    assert!(src.join("src/version").is_file(), "{} has no src/version", src.display());
    src
}

/// A temporary copy of the project (pin, queue, registry), initialised and with the queue
/// applied on the real 1.96.0 tree.
pub fn project_copy(dir: &Path) -> PathBuf {
    let repo_root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let root = dir.join("project");
    std::fs::create_dir_all(root.join("patches")).unwrap();
    std::fs::create_dir_all(root.join("migrate")).unwrap();
    std::fs::copy(repo_root.join("upstream.toml"), root.join("upstream.toml")).unwrap();
    std::fs::copy(repo_root.join("migrate/deprecations.toml"), root.join("migrate/deprecations.toml")).unwrap();
    for entry in std::fs::read_dir(repo_root.join("patches")).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, root.join("patches").join(p.file_name().unwrap())).unwrap();
        }
    }
    let pin = wasmrust_sync::pin::Pin::load(&root.join("upstream.toml")).unwrap();
    assert!(pin.source.dir.join("src/version").is_file(), "the pinned upstream source is missing: {}", pin.install_hint());
    for args in [&["init"][..], &["apply"]] {
        let out = sync(&root, dir, args);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    root
}

fn sync(root: &Path, dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wasmrust-sync"))
        .arg("--root")
        .arg(root)
        .args(args)
        .env("WASMRUST_CACHE", dir.join("cache"))
        .env("WASMRUST_TODAY", "2026-11-30")
        .env_remove("WASMRUST_SYNC_FAILPOINT")
        .output()
        .unwrap()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A patch file without its `index` lines (they name blobs, which differ between upstreams).
fn body(text: &str) -> String {
    text.lines().filter(|l| !l.starts_with("index ")).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_queue_goes_to_1_85_0_and_back_to_1_96_0() {
    let old = rustc_1_85_source();
    let dir = tempfile::tempdir().unwrap();
    let root = project_copy(dir.path());
    let original: Vec<(String, String)> = wasmrust_sync::patchfile::read_series(&root.join("patches"))
        .unwrap()
        .into_iter()
        .map(|n| {
            let t = read(&root.join("patches").join(&n));
            (n, t)
        })
        .collect();

    // Down to 1.85.0: every conflict is reported; patches that do not port are skipped with a
    // reason (porting them is a human's job), the checks' patch report is the snapshot.
    let mut out = sync(&root, dir.path(), &["rebase", "--onto", old.to_str().unwrap()]);
    let mut reports = Vec::new();
    let mut stops = 0;
    while !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(err.contains("rebase stopped:"), "{err}");
        let report = String::from_utf8_lossy(&out.stdout).into_owned();
        let name = report.lines().next().unwrap().rsplit(": ").next().unwrap().to_string();
        reports.push((name.clone(), report));
        stops += 1;
        assert!(stops <= original.len(), "more stops than patches");
        out = sync(&root, dir.path(), &["rebase", "--skip", "--reason", "not ported to rustc 1.85.0 (cross-version test)"]);
    }
    let summary_down = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(summary_down.contains("## Rebase upstream/1.96.0 → upstream/1.85.0"), "{summary_down}");
    let pin = wasmrust_sync::pin::Pin::load(&root.join("upstream.toml")).unwrap();
    assert_eq!(pin.rustc.version, "1.85.0");
    assert_eq!(pin.source.package, "rust-web-src");
    assert_eq!(pin.source.package_version, DEB_VERSION);
    assert_eq!(pin.rustc.date, "2025-02-20");

    let stopped: Vec<&str> = reports.iter().map(|(n, _)| n.as_str()).collect();
    for name in CHECKS_PATCHES {
        assert!(stopped.contains(&name), "{name} is expected to conflict on 1.85.0; stops: {stopped:?}");
    }
    for (name, report) in &reports {
        insta::assert_snapshot!(format!("conflict_on_1.85.0_{}", &name[..4]), report);
    }
    let outcomes: String = summary_down.lines().filter(|l| l.starts_with("| 0")).map(|l| format!("{l}\n")).collect();
    insta::assert_snapshot!("outcomes_on_1.85.0", outcomes);

    // Back to 1.96.0: the same upstream commit as before (same tree, same tag), every patch
    // that came through is clean and byte for byte what it was.
    let out = sync(&root, dir.path(), &["rebase", "--onto", "/usr/src/rustc-1.96.0"]);
    assert!(out.status.success(), "{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let summary_up = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(summary_up.contains("## Rebase upstream/1.85.0 → upstream/1.96.0"), "{summary_up}");
    let pin_now = read(&root.join("upstream.toml"));
    let pin_then = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../upstream.toml"));
    assert_eq!(pin_now, pin_then, "the pin is back to what it was, comments included");
    let now = wasmrust_sync::patchfile::read_series(&root.join("patches")).unwrap();
    assert_eq!(now.len() + reports.len(), original.len(), "{now:?}");
    // `refresh` renumbers the queue once patches were dropped: match by the name after `NNNN-`.
    let stem = |n: &str| n[5..].to_string();
    // A patch sharing a file with a dropped one legitimately changes (its context lines were
    // the dropped patch's lines); every other patch must come back byte for byte.
    let files = |text: &str| -> Vec<String> {
        text.lines().filter_map(|l| l.strip_prefix("diff --git a/")).map(|l| l.split(" b/").next().unwrap().to_string()).collect()
    };
    let dropped_files: Vec<String> = original
        .iter()
        .filter(|(name, _)| !now.iter().any(|n| stem(n) == stem(name)))
        .flat_map(|(_, text)| files(text))
        .collect();
    let mut compared = 0;
    for (name, text) in &original {
        match now.iter().find(|n| stem(n) == stem(name)) {
            Some(_) if files(text).iter().any(|f| dropped_files.contains(f)) => {}
            Some(n) => {
                assert_eq!(body(&read(&root.join("patches").join(n))), body(text), "{name} came back changed");
                compared += 1;
            }
            None => {
                assert!(reports.iter().any(|(n, _)| n == name), "{name} vanished without a conflict");
                assert_eq!(&read(&root.join("patches/dropped").join(name)), text, "{name} is kept under patches/dropped/");
            }
        }
    }
    assert!(compared >= 2, "at least two patches independent of the dropped ones came back unchanged ({compared})");
    let reasons = read(&root.join("patches/dropped/REASONS"));
    assert_eq!(reasons.lines().count(), reports.len(), "{reasons}");
}
