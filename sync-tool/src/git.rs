//! Small git2 helpers shared by the commands.

use std::path::Path;

use anyhow::{Context, Result, bail};
use git2::{Commit, Oid, Repository, Signature, Time};

/// Parses `YYYY-MM-DD` into seconds since the epoch (midnight UTC).
pub fn parse_date(date: &str) -> Result<i64> {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else { bail!("expected YYYY-MM-DD") };
    let (y, m, d): (i64, i64, i64) = (y.parse()?, m.parse()?, d.parse()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        bail!("expected YYYY-MM-DD");
    }
    Ok(days_from_civil(y, m, d) * 86_400)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Opens `rustc-src`, saying how to create it when it is missing.
pub fn open_checkout(path: &Path) -> Result<Repository> {
    Repository::open(path).with_context(|| {
        format!("{} is not a git checkout: run `wasmrust-sync init` first", path.display())
    })
}

/// The commit a tag points at.
pub fn tag_commit<'r>(repo: &'r Repository, tag: &str) -> Result<Commit<'r>> {
    let obj = repo
        .revparse_single(&format!("refs/tags/{tag}"))
        .with_context(|| format!("rustc-src has no tag `{tag}`: run `wasmrust-sync init`"))?;
    Ok(obj.peel_to_commit()?)
}

/// Commits from `base` (exclusive) to HEAD, oldest first. Fails when HEAD does not descend
/// from `base`, since the queue is defined as a straight line on top of upstream.
pub fn commits_since<'r>(repo: &'r Repository, base: Oid) -> Result<Vec<Commit<'r>>> {
    let head = repo.head()?.peel_to_commit()?;
    let mut out = Vec::new();
    let mut cur = head;
    while cur.id() != base {
        if cur.parent_count() != 1 {
            bail!(
                "rustc-src HEAD does not descend from the upstream tag in a straight line \
                 (commit {} has {} parents)",
                short(cur.id()),
                cur.parent_count()
            );
        }
        let parent = cur.parent(0)?;
        out.push(cur);
        cur = parent;
    }
    out.reverse();
    Ok(out)
}

/// Paths with uncommitted changes in the work tree or index (untracked files included).
pub fn dirty_paths(repo: &Repository) -> Result<Vec<String>> {
    let mut opts = git2::StatusOptions::new();
    opts.include_untracked(true).recurse_untracked_dirs(false).include_ignored(false);
    let statuses = repo.statuses(Some(&mut opts))?;
    Ok(statuses.iter().filter_map(|s| s.path().map(str::to_string)).collect())
}

/// Fails with the first few dirty paths when the checkout has uncommitted changes.
pub fn require_clean(repo: &Repository, what: &str) -> Result<()> {
    let dirty = dirty_paths(repo)?;
    if !dirty.is_empty() {
        let shown: Vec<_> = dirty.iter().take(3).map(String::as_str).collect();
        bail!(
            "rustc-src has uncommitted changes ({}{}): commit them and run `wasmrust-sync refresh`, \
             or discard them, before {what}",
            shown.join(", "),
            if dirty.len() > 3 { ", …" } else { "" }
        );
    }
    Ok(())
}

/// A signature with an explicit time, so that commits are reproducible.
pub fn signature(name: &str, email: &str, seconds: i64, offset_minutes: i32) -> Result<Signature<'static>> {
    Ok(Signature::new(name, email, &Time::new(seconds, offset_minutes))?)
}

/// First 10 hex digits of an object id.
pub fn short(oid: Oid) -> String {
    oid.to_string()[..10].to_string()
}

/// Moves HEAD (the current branch) to `commit` and forces the work tree and index to match it.
pub fn hard_reset(repo: &Repository, commit: &Commit<'_>) -> Result<()> {
    let mut co = git2::build::CheckoutBuilder::new();
    co.force().remove_untracked(true);
    repo.reset(commit.as_object(), git2::ResetType::Hard, Some(&mut co))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(parse_date("1970-01-01").unwrap(), 0);
        assert_eq!(parse_date("2026-05-28").unwrap(), 1_779_926_400);
        for days in [-1000, 0, 59, 60, 20_000, 20_600] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert!(parse_date("2026-13-01").is_err());
        assert!(parse_date("yesterday").is_err());
    }
}
