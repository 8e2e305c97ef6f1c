//! What `rebase --onto` accepts: an upstream source directory, a source tarball, or a git
//! repository and ref. Every kind ends up as a directory on disk (tarballs are extracted and git
//! trees exported into the snapshot cache), so one importer serves all of them and the pin can
//! always name a directory.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::git::civil_from_days;
use crate::import::probe_source;

/// Where a new upstream snapshot comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SourceSpec {
    Dir(PathBuf),
    Tarball(PathBuf),
    Git { repo: PathBuf, rev: String },
}

impl SourceSpec {
    /// Classifies `--onto` (and `--ref` for a git repository).
    pub fn parse(onto: &Path, git_ref: Option<&str>) -> Result<SourceSpec> {
        let name = onto.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(rev) = git_ref {
            return Ok(SourceSpec::Git { repo: onto.to_path_buf(), rev: rev.to_string() });
        }
        if onto.is_file() {
            if name.ends_with(".tar.xz") || name.ends_with(".tar.gz") || name.ends_with(".tgz") {
                return Ok(SourceSpec::Tarball(onto.to_path_buf()));
            }
            bail!("{} is neither a source directory nor a .tar.xz/.tar.gz source tarball", onto.display());
        }
        if onto.is_dir() {
            if onto.join("compiler").is_dir() {
                return Ok(SourceSpec::Dir(onto.to_path_buf()));
            }
            if onto.join(".git").exists() || onto.join("HEAD").is_file() {
                bail!("{} is a git repository: name the commit with --ref <rev>", onto.display());
            }
            bail!("{} is not a rustc source tree (no compiler/ and library/)", onto.display());
        }
        bail!("{} does not exist", onto.display())
    }
}

/// A snapshot ready to import: its directory and what it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolved {
    pub dir: PathBuf,
    /// `src/version`.
    pub version: String,
    /// Names the `upstream/<label>` tag: the version for releases, version and date for git.
    pub label: String,
    /// `YYYY-MM-DD`: release date (RELEASES.md) or commit date.
    pub date: String,
    pub package: String,
    pub package_version: String,
    pub exclude: Vec<String>,
    /// Bootstrap compiler named by the tree's `src/stage0`.
    pub stage0: Option<String>,
    /// For the import commit's message.
    pub origin: String,
}

/// Directory holding extracted tarballs and exported git trees:
/// `$WASMRUST_SNAPSHOT_CACHE`, else `$XDG_CACHE_HOME/wasmrust/upstream-snapshots`, else
/// `~/.cache/wasmrust/upstream-snapshots`.
pub fn snapshot_cache() -> PathBuf {
    if let Some(dir) = std::env::var_os("WASMRUST_SNAPSHOT_CACHE") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_else(|| "/tmp".into())).join(".cache"));
    base.join("wasmrust/upstream-snapshots")
}

/// Turns `spec` into a directory and reads what it is. `date` overrides the release date when
/// the tree does not say.
pub fn resolve(spec: &SourceSpec, cache: &Path, date: Option<&str>) -> Result<Resolved> {
    match spec {
        SourceSpec::Dir(dir) => {
            let dir = std::path::absolute(dir)?;
            let version = probe_source(&dir)?;
            let (package, package_version) = debian_package(&dir)
                .unwrap_or_else(|| ("directory".to_string(), format!("{version} (unpackaged)")));
            let date = match date {
                Some(d) => d.to_string(),
                None => release_date(&dir, &version)?,
            };
            Ok(Resolved {
                exclude: packaging_dirs(&dir),
                stage0: stage0(&dir),
                origin: format!("{package} {package_version} ({})", dir.display()),
                label: version.clone(),
                dir,
                version,
                date,
                package,
                package_version,
            })
        }
        SourceSpec::Tarball(file) => {
            let dir = extract_tarball(file, cache)?;
            let version = probe_source(&dir)?;
            let date = match date {
                Some(d) => d.to_string(),
                None => release_date(&dir, &version)?,
            };
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("tarball").to_string();
            Ok(Resolved {
                exclude: Vec::new(),
                stage0: stage0(&dir),
                origin: format!("tarball {}", file.display()),
                label: version.clone(),
                dir,
                version,
                date,
                package: "tarball".into(),
                package_version: name,
            })
        }
        SourceSpec::Git { repo, rev } => {
            let (dir, commit, time) = export_git(repo, rev, cache)?;
            let version = probe_source(&dir)?;
            let (y, m, d) = civil_from_days(time.div_euclid(86_400));
            let day = format!("{y:04}-{m:02}-{d:02}");
            Ok(Resolved {
                exclude: Vec::new(),
                stage0: stage0(&dir),
                origin: format!("git {} {rev} ({commit})", repo.display()),
                label: format!("{version}-git-{day}"),
                dir,
                version,
                date: date.map_or(day, str::to_string),
                package: "git".into(),
                package_version: format!("{} {commit}", repo.display()),
            })
        }
    }
}

/// `Version 1.85.0 (2025-02-20)` in the tree's RELEASES.md.
pub fn release_date(dir: &Path, version: &str) -> Result<String> {
    let text = std::fs::read_to_string(dir.join("RELEASES.md")).unwrap_or_default();
    let prefix = format!("Version {version} (");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix)?.strip_suffix(')').map(str::to_string))
        .filter(|d| crate::git::parse_date(d).is_ok())
        .with_context(|| {
            format!("cannot tell the release date of rustc {version} in {} (RELEASES.md): pass --date YYYY-MM-DD", dir.display())
        })
}

/// `compiler_version=` in `src/stage0`.
fn stage0(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("src/stage0")).ok()?;
    text.lines().find_map(|l| l.strip_prefix("compiler_version=").map(|v| v.trim().to_string()))
}

/// Top-level paths a distribution adds to the tree.
fn packaging_dirs(dir: &Path) -> Vec<String> {
    ["debian"].iter().filter(|d| dir.join(d).is_dir()).map(|d| d.to_string()).collect()
}

/// For a tree installed by Debian's rust-web-src (`<root>/usr/src/rustc-X`), the package and
/// its version from `<root>/usr/share/doc/rust-web-src/changelog.Debian.gz`.
fn debian_package(dir: &Path) -> Option<(String, String)> {
    let usr = dir.parent()?.parent()?;
    let changelog = usr.join("share/doc/rust-web-src/changelog.Debian.gz");
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(changelog).ok()?).take(4096).read_to_string(&mut text).ok()?;
    let first = text.lines().next()?;
    let version = first.split_once('(')?.1.split_once(')')?.0;
    Some(("rust-web-src".to_string(), version.to_string()))
}

/// Extracts `file` into `cache/<name without .tar.*>` once (temp dir + rename) and returns the
/// source root inside it (the single top-level directory upstream tarballs have).
fn extract_tarball(file: &Path, cache: &Path) -> Result<PathBuf> {
    let name = file.file_name().and_then(|n| n.to_str()).context("tarball has no name")?;
    let stem = name.trim_end_matches(".tar.xz").trim_end_matches(".tar.gz").trim_end_matches(".tgz");
    let dest = cache.join(stem);
    if !dest.is_dir() {
        std::fs::create_dir_all(cache).with_context(|| format!("creating {}", cache.display()))?;
        let tmp = cache.join(format!(".{stem}.tmp{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        let f = std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
        let reader: Box<dyn Read> = if name.ends_with(".xz") {
            Box::new(xz2::read::XzDecoder::new(std::io::BufReader::new(f)))
        } else {
            Box::new(flate2::read::GzDecoder::new(std::io::BufReader::new(f)))
        };
        let mut archive = tar::Archive::new(reader);
        archive.set_preserve_permissions(true);
        archive.unpack(&tmp).with_context(|| format!("extracting {}", file.display()))?;
        std::fs::rename(&tmp, &dest).with_context(|| format!("moving the extracted tree to {}", dest.display()))?;
    }
    single_child(&dest)
}

fn single_child(dir: &Path) -> Result<PathBuf> {
    if dir.join("compiler").is_dir() {
        return Ok(dir.to_path_buf());
    }
    let children: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).collect();
    match children.as_slice() {
        [one] => Ok(one.path()),
        _ => bail!("{} does not hold one rustc source tree", dir.display()),
    }
}

/// Exports the tree of `rev` in the git repository `repo` into `cache/git-<commit>` once.
/// Returns the directory, the full commit id and the commit time.
fn export_git(repo_path: &Path, rev: &str, cache: &Path) -> Result<(PathBuf, String, i64)> {
    let text = repo_path.to_string_lossy();
    if text.contains("://") && !text.starts_with("file://") {
        bail!("not supported yet: fetching {text} over the network; clone it and pass the local path");
    }
    let local = Path::new(text.strip_prefix("file://").unwrap_or(&text));
    let repo = git2::Repository::open(local).with_context(|| format!("{} is not a git repository", local.display()))?;
    let commit = repo
        .revparse_single(rev)
        .and_then(|o| o.peel_to_commit())
        .with_context(|| format!("{} has no commit `{rev}`", local.display()))?;
    let id = commit.id().to_string();
    let dest = cache.join(format!("git-{}", &id[..12]));
    if !dest.is_dir() {
        std::fs::create_dir_all(cache).with_context(|| format!("creating {}", cache.display()))?;
        let tmp = cache.join(format!(".git-{}.tmp{}", &id[..12], std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        let mut co = git2::build::CheckoutBuilder::new();
        co.target_dir(&tmp).force().recreate_missing(true);
        repo.checkout_tree(commit.as_object(), Some(&mut co))
            .with_context(|| format!("exporting {rev} from {}", local.display()))?;
        std::fs::rename(&tmp, &dest)?;
    }
    Ok((dest, id, commit.time().seconds()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_sources() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("rustc");
        std::fs::create_dir_all(src.join("compiler")).unwrap();
        assert_eq!(SourceSpec::parse(&src, None).unwrap(), SourceSpec::Dir(src.clone()));
        let tar = dir.path().join("rustc-1.85.0-src.tar.xz");
        std::fs::write(&tar, b"").unwrap();
        assert_eq!(SourceSpec::parse(&tar, None).unwrap(), SourceSpec::Tarball(tar.clone()));
        let err = SourceSpec::parse(&dir.path().join("nope"), None).unwrap_err().to_string();
        assert!(err.contains("does not exist"), "{err}");
        let zip = dir.path().join("rustc.zip");
        std::fs::write(&zip, b"").unwrap();
        assert!(SourceSpec::parse(&zip, None).is_err());
    }

    #[test]
    fn reads_the_release_date_of_this_version_only() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("RELEASES.md"), "Version 1.85.0 (2025-02-20)\n==\n\nVersion 1.84.1 (2025-01-30)\n").unwrap();
        assert_eq!(release_date(dir.path(), "1.85.0").unwrap(), "2025-02-20");
        assert_eq!(release_date(dir.path(), "1.84.1").unwrap(), "2025-01-30");
        let err = release_date(dir.path(), "1.86.0").unwrap_err().to_string();
        assert!(err.contains("pass --date"), "{err}");
    }
}
