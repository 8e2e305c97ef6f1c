//! A compiletest-style ui runner: each `ui/**/*.rs` is compiled by the wasmrust toolchain, its
//! diagnostics are matched against `//~` annotations and its rendered stderr against the
//! checked-in `.stderr` file; `run-pass` cases also run under node and compare stdout.
//!
//! Directives (comments at the top of a case):
//! - `//@ check-pass` / `//@ build-pass` / `//@ build-fail` / `//@ run-pass`
//!   (default: check-fail, i.e. errors expected from `--emit=metadata`; `build-*` run code
//!   generation, which is where generic code is checked once instantiated);
//! - `//@ compile-flags: …`, `//@ edition: 2021`, `//@ target: wasm32-wasip1`;
//! - `//@ aux-build: name.rs` compiles `auxiliary/name.rs` first and passes `--extern name`;
//! - `//@ rustc-env: NAME=value` sets an environment variable for rustc. `WASMRUST_TODAY` is
//!   [`TODAY`] unless a case sets it, so date-dependent checks (deprecations) are reproducible;
//! - `//@ run-rustfix` applies the machine-applicable suggestions (the `rustfix` crate, as
//!   `cargo fix` does), compares the result with the checked-in `.fixed` file and compiles it,
//!   which must succeed without warnings.
//!
//! Annotations: `//~ ERROR text`, `//~^ ERROR text` (line above; more `^` for further up),
//! `//~? ERROR text` (a diagnostic without a source location), where `text` is a substring of
//! the message or the error code. Every error must be annotated.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{TOOLCHAIN, repo_root};

/// The date the deprecation checks see (`WASMRUST_TODAY`) unless a case sets its own.
pub const TODAY: &str = "2026-11-25";

/// How a case is compiled and what is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    CheckFail,
    CheckPass,
    BuildFail,
    BuildPass,
    RunPass,
}

impl Mode {
    /// Whether the case must fail to compile.
    pub fn expects_errors(self) -> bool {
        matches!(self, Mode::CheckFail | Mode::BuildFail)
    }
}

/// A parsed ui case.
#[derive(Debug, Clone)]
pub struct Case {
    /// Path relative to the ui directory, e.g. `linear/scope-end.rs`.
    pub rel: PathBuf,
    pub mode: Mode,
    pub flags: Vec<String>,
    pub edition: String,
    pub target: Option<String>,
    pub aux: Vec<String>,
    /// `rustc-env` directives.
    pub env: Vec<(String, String)>,
    /// `run-rustfix`: apply the suggestions and compile the result.
    pub rustfix: bool,
    pub annotations: Vec<Annotation>,
}

/// An expected diagnostic.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub line: usize,
    pub level: String,
    pub text: String,
}

/// The ui directory.
pub fn ui_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui")
}

/// Every case under the ui directory (auxiliary crates excluded), sorted.
pub fn discover() -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
        for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "auxiliary") {
                    walk(&path, base, out)?;
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path.strip_prefix(base)?.to_path_buf());
            }
        }
        Ok(())
    }
    walk(&ui_dir(), &ui_dir(), &mut out)?;
    out.sort();
    Ok(out)
}

/// Parses the directives and annotations of a case.
pub fn parse(rel: &Path, text: &str) -> Result<Case> {
    let mut case = Case {
        rel: rel.to_path_buf(),
        mode: Mode::CheckFail,
        flags: Vec::new(),
        edition: "2024".into(),
        target: None,
        aux: Vec::new(),
        env: Vec::new(),
        rustfix: false,
        annotations: Vec::new(),
    };
    for (i, line) in text.lines().enumerate() {
        if let Some(d) = line.trim_start().strip_prefix("//@") {
            let d = d.trim();
            let (key, value) = d.split_once(':').map_or((d, ""), |(k, v)| (k.trim(), v.trim()));
            match key {
                "check-pass" => case.mode = Mode::CheckPass,
                "build-pass" => case.mode = Mode::BuildPass,
                "build-fail" => case.mode = Mode::BuildFail,
                "run-pass" => case.mode = Mode::RunPass,
                "compile-flags" => case.flags.extend(value.split_whitespace().map(str::to_string)),
                "edition" => case.edition = value.to_string(),
                "target" => case.target = Some(value.to_string()),
                "aux-build" => case.aux.push(value.to_string()),
                "run-rustfix" => case.rustfix = true,
                "rustc-env" => {
                    let (k, v) = value
                        .split_once('=')
                        .with_context(|| format!("{}:{}: expected `rustc-env: NAME=value`", rel.display(), i + 1))?;
                    case.env.push((k.trim().to_string(), v.trim().to_string()));
                }
                other => bail!("{}:{}: unknown directive `{other}`", rel.display(), i + 1),
            }
        }
        if let Some(pos) = line.find("//~") {
            let rest = &line[pos + 3..];
            // `//~?` expects a diagnostic without a source location (line 0 here).
            let spanless = rest.starts_with('?');
            let rest = rest.strip_prefix('?').unwrap_or(rest);
            let carets = rest.chars().take_while(|&c| c == '^').count();
            let rest = rest[carets..].trim();
            let (level, text) = rest.split_once(' ').unwrap_or((rest, ""));
            let level = match level {
                "ERROR" => "error",
                "WARN" | "WARNING" => "warning",
                "NOTE" => "note",
                "HELP" => "help",
                other => bail!("{}:{}: unknown annotation kind `{other}`", rel.display(), i + 1),
            };
            let line_no = if spanless {
                0
            } else {
                (i + 1).checked_sub(carets).filter(|&l| l > 0).context("`^` points above the file")?
            };
            case.annotations.push(Annotation { line: line_no, level: level.into(), text: text.trim().into() });
        }
    }
    Ok(case)
}

/// A diagnostic from rustc's JSON output: level, code, message, primary line, rendering.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub level: String,
    pub code: Option<String>,
    pub message: String,
    pub line: Option<usize>,
    pub file: Option<String>,
    pub rendered: String,
}

fn parse_json_diagnostics(stderr: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if v.get("$message_type").and_then(|t| t.as_str()) != Some("diagnostic") {
            continue;
        }
        let primary = v["spans"].as_array().and_then(|s| s.iter().find(|s| s["is_primary"].as_bool() == Some(true)));
        out.push(Diagnostic {
            level: v["level"].as_str().unwrap_or("").to_string(),
            code: v["code"]["code"].as_str().map(str::to_string),
            message: v["message"].as_str().unwrap_or("").to_string(),
            line: primary.and_then(|s| s["line_start"].as_u64()).map(|l| l as usize),
            file: primary.and_then(|s| s["file_name"].as_str()).map(str::to_string),
            rendered: v["rendered"].as_str().unwrap_or("").to_string(),
        });
    }
    out
}

/// Replaces machine-specific paths so expectations are portable.
pub fn normalize(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(home) = std::env::var_os("HOME") {
        out = out.replace(&*home.to_string_lossy(), "$HOME");
    }
    // Sysroot sources: wherever the toolchain was built, they show as $SRC_DIR/library/….
    let mut result = String::new();
    for line in out.lines() {
        let line = match line.find("/library/") {
            Some(i) if line[..i].contains('/') && (line.contains("--> ") || line.contains("::: ")) => {
                let start = line[..i].rfind(' ').map_or(0, |s| s + 1);
                format!("{}$SRC_DIR{}", &line[..start], &line[i..])
            }
            _ => line.to_string(),
        };
        result.push_str(&line);
        result.push('\n');
    }
    result
}

/// What running a case produced.
#[derive(Debug)]
pub struct Outcome {
    pub stderr: String,
    /// rustc's raw JSON diagnostics, for `run-rustfix`.
    pub json: String,
    pub diagnostics: Vec<Diagnostic>,
    pub success: bool,
    pub run_stdout: Option<String>,
}

/// The rustc command for `case` with `rustc` (a toolchain-prefixed command or a path).
fn rustc_command(rustc: &[String], case: &Case, out_dir: &Path) -> Command {
    let mut cmd = Command::new(&rustc[0]);
    cmd.args(&rustc[1..]);
    for var in ["RUSTC_BOOTSTRAP", "RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "WASMRUST_DEPRECATIONS"] {
        cmd.env_remove(var);
    }
    set_env(&mut cmd, case);
    cmd.current_dir(ui_dir())
        .arg(&case.rel)
        .args(["--edition", &case.edition, "--error-format=json", "-Zui-testing", "-Ccodegen-units=1", "-Aunused"])
        .arg("--out-dir")
        .arg(out_dir)
        .arg("-L")
        .arg(out_dir);
    let target = case.target.clone().or_else(|| (case.mode == Mode::RunPass).then(|| "wasm32-wasip1".to_string()));
    if let Some(t) = &target {
        cmd.args(["--target", t]);
    }
    let emit = match case.mode {
        Mode::CheckFail | Mode::CheckPass => "metadata",
        Mode::BuildFail | Mode::BuildPass => "obj",
        Mode::RunPass => "link",
    };
    cmd.arg(format!("--emit={emit}"));
    for aux in &case.aux {
        let name = aux.trim_end_matches(".rs");
        cmd.arg("--extern").arg(format!("{name}={}", out_dir.join(format!("lib{name}.rlib")).display()));
    }
    cmd.args(&case.flags);
    cmd
}

/// The case's environment: [`TODAY`] as `WASMRUST_TODAY`, then its `rustc-env` directives.
fn set_env(cmd: &mut Command, case: &Case) {
    cmd.env("WASMRUST_TODAY", TODAY);
    for (k, v) in &case.env {
        cmd.env(k, v);
    }
}

fn build_aux(rustc: &[String], case: &Case, out_dir: &Path) -> Result<()> {
    for aux in &case.aux {
        let mut cmd = Command::new(&rustc[0]);
        set_env(&mut cmd, case);
        cmd.args(&rustc[1..]).current_dir(ui_dir().join("auxiliary")).arg(aux).args([
            "--crate-type",
            "rlib",
            "--edition",
            &case.edition,
            "--out-dir",
        ]);
        cmd.arg(out_dir);
        if let Some(t) = case.target.clone().or_else(|| (case.mode == Mode::RunPass).then(|| "wasm32-wasip1".to_string())) {
            cmd.args(["--target", &t]);
        }
        let out = cmd.output()?;
        if !out.status.success() {
            bail!("auxiliary {aux} failed to build:\n{}", String::from_utf8_lossy(&out.stderr));
        }
    }
    Ok(())
}

/// Compiles (and for run-pass, runs) a case with the given compiler.
pub fn run_case(rustc: &[String], case: &Case) -> Result<Outcome> {
    let out_dir = tempfile::tempdir()?;
    build_aux(rustc, case, out_dir.path())?;
    let out = rustc_command(rustc, case, out_dir.path()).output().context("running rustc")?;
    let raw = String::from_utf8_lossy(&out.stderr).into_owned();
    let diagnostics = parse_json_diagnostics(&raw);
    let mut rendered: String = diagnostics.iter().map(|d| d.rendered.as_str()).collect();
    // A crash prints no JSON diagnostics: show what it printed instead.
    if !out.status.success() && diagnostics.is_empty() {
        rendered = raw.lines().filter(|l| !l.starts_with('{')).map(|l| format!("{l}\n")).collect();
    }
    let mut outcome = Outcome { stderr: normalize(&rendered), json: raw.clone(), diagnostics, success: out.status.success(), run_stdout: None };
    if case.mode == Mode::RunPass && outcome.success {
        let stem = case.rel.file_stem().unwrap().to_string_lossy().into_owned();
        let wasm = out_dir.path().join(format!("{stem}.wasm"));
        let run = Command::new("node")
            .arg("--no-warnings")
            .arg(repo_root().join("ci/node-wasi.mjs"))
            .arg(&wasm)
            .output()
            .context("running node")?;
        if !run.status.success() {
            bail!("the program exited with {}:\n{}", run.status, String::from_utf8_lossy(&run.stderr));
        }
        outcome.run_stdout = Some(String::from_utf8_lossy(&run.stdout).into_owned());
    }
    Ok(outcome)
}

/// The wasmrust toolchain's rustc.
pub fn wasmrust_rustc() -> Vec<String> {
    vec!["rustc".into(), format!("+{TOOLCHAIN}")]
}

/// Checks an outcome against the case's expectations; with `bless`, rewrites the files instead
/// of failing on a differing `.stderr` / `.run.stdout`.
pub fn check(case: &Case, outcome: &Outcome, bless: bool) -> Result<()> {
    let mut problems = Vec::new();
    if case.mode.expects_errors() == outcome.success {
        problems.push(if outcome.success {
            "expected compile errors, but it compiled".to_string()
        } else {
            format!("expected it to compile, but it failed:\n{}", outcome.stderr)
        });
    }
    let file = case.rel.to_string_lossy().replace('\\', "/");
    let mut unmatched: Vec<&Diagnostic> = outcome
        .diagnostics
        .iter()
        .filter(|d| matches!(d.level.as_str(), "error" | "warning"))
        .filter(|d| !d.message.starts_with("aborting due to"))
        .collect();
    for ann in &case.annotations {
        let pos = unmatched.iter().position(|d| {
            let at = if ann.line == 0 {
                d.line.is_none()
            } else {
                d.line == Some(ann.line) && d.file.as_deref().is_some_and(|f| f.ends_with(&file))
            };
            d.level == ann.level
                && at
                && (d.message.contains(&ann.text) || d.code.as_deref() == Some(ann.text.as_str()))
        });
        match pos {
            Some(i) => {
                unmatched.remove(i);
            }
            None if matches!(ann.level.as_str(), "error" | "warning") => {
                problems.push(format!("line {}: expected {} `{}`, found none", ann.line, ann.level, ann.text))
            }
            None => {}
        }
    }
    for d in unmatched.iter().filter(|d| d.level == "error") {
        problems.push(format!("unexpected error at line {:?}: {}", d.line, d.message));
    }
    let expected_path = ui_dir().join(&case.rel).with_extension("stderr");
    compare_file(&expected_path, &outcome.stderr, bless, &mut problems)?;
    if let Some(stdout) = &outcome.run_stdout {
        compare_file(&ui_dir().join(&case.rel).with_extension("run.stdout"), stdout, bless, &mut problems)?;
    }
    if problems.is_empty() { Ok(()) } else { bail!("{}", problems.join("\n")) }
}

fn compare_file(path: &Path, actual: &str, bless: bool, problems: &mut Vec<String>) -> Result<()> {
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        return Ok(());
    }
    if bless {
        if actual.is_empty() {
            std::fs::remove_file(path).ok();
        } else {
            std::fs::write(path, actual)?;
        }
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(expected.as_str(), actual)
        .unified_diff()
        .header(&format!("expected {}", path.display()), "actual")
        .to_string();
    problems.push(format!("{} differs (rerun with BLESS=1 to accept):\n{diff}", path.display()));
    Ok(())
}

/// `run-rustfix`: applies the outcome's machine-applicable suggestions to the case, compares the
/// result with `<case>.fixed` (rewritten with `bless`), then compiles the fixed program, which
/// must succeed without any warning.
pub fn check_rustfix(rustc: &[String], case: &Case, outcome: &Outcome, bless: bool) -> Result<()> {
    let source_path = ui_dir().join(&case.rel);
    let source = std::fs::read_to_string(&source_path)?;
    let file = case.rel.to_string_lossy().replace('\\', "/");
    let suggestions = rustfix::get_suggestions_from_json(&outcome.json, &std::collections::HashSet::<String>::new(), rustfix::Filter::MachineApplicableOnly)
        .context("reading rustc's suggestions")?
        .into_iter()
        .filter(|s| s.solutions.iter().all(|sol| sol.replacements.iter().all(|r| r.snippet.file_name.ends_with(&file))))
        .collect::<Vec<_>>();
    if suggestions.is_empty() {
        bail!("run-rustfix: rustc made no machine-applicable suggestion");
    }
    let fixed = rustfix::apply_suggestions(&source, &suggestions).context("applying the suggestions")?;
    let fixed_rel = case.rel.with_extension("fixed");
    let mut problems = Vec::new();
    compare_file(&ui_dir().join(&fixed_rel), &fixed, bless, &mut problems)?;
    if !problems.is_empty() {
        bail!("{}", problems.join("\n"));
    }
    let mut fixed_case = case.clone();
    fixed_case.rel = fixed_rel;
    fixed_case.mode = match case.mode {
        Mode::CheckFail | Mode::CheckPass => Mode::CheckPass,
        Mode::BuildFail | Mode::BuildPass | Mode::RunPass => Mode::BuildPass,
    };
    let out = run_case(rustc, &fixed_case)?;
    let complaints: Vec<&str> = out
        .diagnostics
        .iter()
        .filter(|d| matches!(d.level.as_str(), "error" | "warning"))
        .map(|d| d.rendered.as_str())
        .collect();
    if !out.success || !complaints.is_empty() {
        bail!("the fixed program does not compile cleanly:\n{}", complaints.concat());
    }
    Ok(())
}
