//! One patch file of the queue: a `git format-patch`-style mail whose message carries the
//! queue's header (`Purpose:`, `Upstream-Area:`, `Since:`), and the `series` file.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::git::{civil_from_days, days_from_civil};

/// Trailer keys every patch's message must carry.
pub const REQUIRED_HEADERS: [&str; 3] = ["Purpose", "Upstream-Area", "Since"];

/// A parsed patch file.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchFile {
    pub author_name: String,
    pub author_email: String,
    /// Seconds since the epoch and the author's UTC offset in minutes.
    pub time: i64,
    pub offset_minutes: i32,
    pub subject: String,
    /// Message body after the subject (trailers included), without trailing newlines.
    pub body: String,
    /// The unified diff, starting at the first `diff --git` line.
    pub diff: String,
}

impl PatchFile {
    /// The full commit message.
    pub fn message(&self) -> String {
        if self.body.is_empty() {
            format!("{}\n", self.subject)
        } else {
            format!("{}\n\n{}\n", self.subject, self.body)
        }
    }

    /// Value of a `Key: value` trailer in the body.
    pub fn header(&self, key: &str) -> Option<&str> {
        self.body.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(':').map(str::trim))
    }

    /// Fails when one of [`REQUIRED_HEADERS`] is missing or `Since` is not a date.
    pub fn check_headers(&self) -> Result<()> {
        for key in REQUIRED_HEADERS {
            if self.header(key).is_none_or(str::is_empty) {
                bail!("missing `{key}:` line in the patch message");
            }
        }
        let since = self.header("Since").unwrap_or_default();
        crate::git::parse_date(since).with_context(|| format!("`Since: {since}`"))?;
        Ok(())
    }

    /// Parses a patch file's text.
    pub fn parse(text: &str) -> Result<PatchFile> {
        let diff_start = find_line(text, "diff --git ").context("no `diff --git` line")?;
        let (head, diff) = text.split_at(diff_start);
        let diff = strip_signature(diff);

        let (headers, rest) = head.split_once("\n\n").context("no blank line after the mail headers")?;
        let mut from = None;
        let mut date = None;
        let mut subject = None;
        let mut last: Option<&mut String> = None;
        for line in headers.lines() {
            if line.starts_with(' ') || line.starts_with('\t') {
                if let Some(v) = last.as_deref_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
                continue;
            }
            last = None;
            if let Some(v) = line.strip_prefix("From: ") {
                from = Some(v.trim().to_string());
                last = from.as_mut();
            } else if let Some(v) = line.strip_prefix("Date: ") {
                date = Some(v.trim().to_string());
                last = date.as_mut();
            } else if let Some(v) = line.strip_prefix("Subject: ") {
                subject = Some(v.trim().to_string());
                last = subject.as_mut();
            }
        }
        let from = from.context("no `From:` header")?;
        let (author_name, author_email) = parse_author(&from)?;
        let date = date.context("no `Date:` header")?;
        let (time, offset_minutes) = parse_rfc2822(&date).with_context(|| format!("`Date: {date}`"))?;
        let subject = strip_patch_prefix(&subject.context("no `Subject:` header")?).to_string();

        // The body runs up to the `---` line that opens the diffstat.
        let body = match rest.find("\n---\n").or_else(|| rest.starts_with("---\n").then_some(0)) {
            Some(0) => "",
            Some(i) => &rest[..i],
            None => rest,
        };
        Ok(PatchFile {
            author_name,
            author_email,
            time,
            offset_minutes,
            subject,
            body: body.trim_end().to_string(),
            diff: diff.to_string(),
        })
    }

    /// Renders the file. `diffstat` is placed between `---` and the diff.
    pub fn render(&self, diffstat: &str) -> String {
        let mut out = String::new();
        out.push_str("From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n");
        out.push_str(&format!("From: {} <{}>\n", self.author_name, self.author_email));
        out.push_str(&format!("Date: {}\n", format_rfc2822(self.time, self.offset_minutes)));
        out.push_str(&format!("Subject: [PATCH] {}\n\n", self.subject));
        if !self.body.is_empty() {
            out.push_str(&self.body);
            out.push('\n');
        }
        out.push_str("---\n");
        out.push_str(diffstat);
        if !diffstat.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&self.diff);
        if !self.diff.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("-- \nwasmrust-sync\n");
        out
    }

    /// Reads and parses a patch file.
    pub fn load(path: &Path) -> Result<PatchFile> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        PatchFile::parse(&text).with_context(|| format!("parsing {}", path.display()))
    }
}

fn find_line(text: &str, prefix: &str) -> Option<usize> {
    if text.starts_with(prefix) {
        return Some(0);
    }
    text.find(&format!("\n{prefix}")).map(|i| i + 1)
}

/// Drops the `-- \n<version>` signature format-patch appends after the diff.
fn strip_signature(diff: &str) -> &str {
    match diff.rfind("\n-- \n") {
        Some(i) if !diff[i + 5..].trim_end().contains('\n') => &diff[..i + 1],
        _ => diff,
    }
}

fn strip_patch_prefix(subject: &str) -> &str {
    if subject.starts_with("[PATCH")
        && let Some(end) = subject.find(']')
    {
        return subject[end + 1..].trim_start();
    }
    subject
}

fn parse_author(from: &str) -> Result<(String, String)> {
    let (name, rest) = from.split_once('<').context("`From:` has no <email>")?;
    let email = rest.strip_suffix('>').context("`From:` has no closing `>`")?;
    Ok((name.trim().trim_matches('"').to_string(), email.trim().to_string()))
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/// `Wed, 25 Nov 2026 14:03:00 +0100`.
pub fn format_rfc2822(time: i64, offset_minutes: i32) -> String {
    let local = time + i64::from(offset_minutes) * 60;
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = WEEKDAYS[(days + 4).rem_euclid(7) as usize];
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let off = offset_minutes.abs();
    format!(
        "{weekday}, {d} {} {y} {:02}:{:02}:{:02} {sign}{:02}{:02}",
        MONTHS[(m - 1) as usize],
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        off / 60,
        off % 60
    )
}

/// Parses an RFC 2822 date (weekday optional) into epoch seconds and offset minutes.
pub fn parse_rfc2822(date: &str) -> Result<(i64, i32)> {
    let date = date.split_once(", ").map_or(date, |(_, rest)| rest);
    let parts: Vec<&str> = date.split_whitespace().collect();
    let [d, mon, y, hms, off] = parts.as_slice() else { bail!("expected `D Mon YYYY HH:MM:SS +ZZZZ`") };
    let m = MONTHS.iter().position(|x| x == mon).context("unknown month")? as i64 + 1;
    let (d, y): (i64, i64) = (d.parse()?, y.parse()?);
    let hms: Vec<i64> = hms.split(':').map(str::parse).collect::<Result<_, _>>()?;
    let [h, mi, s] = hms.as_slice() else { bail!("expected HH:MM:SS") };
    if off.len() != 5 {
        bail!("expected a +HHMM offset");
    }
    let sign = match &off[..1] {
        "+" => 1,
        "-" => -1,
        _ => bail!("expected a +HHMM offset"),
    };
    let off_minutes = sign * (off[1..3].parse::<i32>()? * 60 + off[3..5].parse::<i32>()?);
    let local = days_from_civil(y, m, d) * 86_400 + h * 3600 + mi * 60 + s;
    Ok((local - i64::from(off_minutes) * 60, off_minutes))
}

/// Patch file names in `series` order (comments and blank lines skipped).
pub fn read_series(patches_dir: &Path) -> Result<Vec<String>> {
    let path = patches_dir.join("series");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let names: Vec<String> = text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    for name in &names {
        if !patches_dir.join(name).is_file() {
            bail!("patches/series names `{name}`, which does not exist");
        }
    }
    Ok(names)
}

/// `NNNN-<slug>.patch` for the `index`th patch (1-based).
pub fn file_name(index: usize, subject: &str) -> String {
    let mut slug = String::new();
    for c in subject.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    // Keep names short, cutting at a word boundary.
    let mut slug = slug.trim_end_matches('-');
    if slug.len() > 52 {
        slug = slug[..52].rsplit_once('-').map_or(&slug[..52], |(head, _)| head);
    }
    format!("{index:04}-{slug}.patch")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001
From: WasmRust <dev@wasmrust.invalid>
Date: Wed, 25 Nov 2026 14:03:00 +0100
Subject: [PATCH] resolve: register the wasm tool
 namespaces

Purpose: let #[wasm::linear] reach rustc.
Upstream-Area: compiler/rustc_resolve
Since: 2026-11-25
---
 a.txt | 1 +
 1 file changed, 1 insertion(+)

diff --git a/a.txt b/a.txt
index 0000000..1111111 100644
--- a/a.txt
+++ b/a.txt
@@ -1 +1,2 @@
 a
+b
-- 
2.47.3
";

    #[test]
    fn parses_format_patch_output() {
        let p = PatchFile::parse(SAMPLE).unwrap();
        assert_eq!(p.author_name, "WasmRust");
        assert_eq!(p.subject, "resolve: register the wasm tool namespaces");
        assert_eq!(p.header("Upstream-Area"), Some("compiler/rustc_resolve"));
        assert_eq!(p.offset_minutes, 60);
        assert!(p.diff.starts_with("diff --git a/a.txt"));
        assert!(p.diff.ends_with("+b\n"));
        p.check_headers().unwrap();
    }

    #[test]
    fn render_then_parse_is_identity() {
        let p = PatchFile::parse(SAMPLE).unwrap();
        let text = p.render(" a.txt | 1 +\n 1 file changed, 1 insertion(+)\n");
        let q = PatchFile::parse(&text).unwrap();
        assert_eq!(p, q);
        assert_eq!(text, q.render(" a.txt | 1 +\n 1 file changed, 1 insertion(+)\n"));
        assert!(text.contains("Date: Wed, 25 Nov 2026 14:03:00 +0100\n"));
    }

    #[test]
    fn missing_headers_are_named() {
        let text = SAMPLE.replace("Upstream-Area: compiler/rustc_resolve\n", "");
        let err = PatchFile::parse(&text).unwrap().check_headers().unwrap_err();
        assert!(err.to_string().contains("Upstream-Area"), "{err}");
        assert!(PatchFile::parse("no diff here").is_err());
    }

    #[test]
    fn file_names_are_slugs() {
        assert_eq!(
            file_name(3, "borrowck: Linear types (must-consume)!"),
            "0003-borrowck-linear-types-must-consume.patch"
        );
    }
}
