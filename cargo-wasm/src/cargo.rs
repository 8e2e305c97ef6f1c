//! Running `cargo +wasmrust build` / `test --no-run` and collecting the artifacts it reports
//! (`--message-format=json-render-diagnostics`: diagnostics stay human on stderr).

use crate::error::Failure;
use crate::toolchain::Toolchain;
use crate::ui::Ui;
use anyhow::{Context, Result};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::Stdio;

/// One compiled target, as cargo's `compiler-artifact` message reports it.
#[derive(Debug, Clone)]
pub struct Artifact {
    pub package_name: String,
    pub target_name: String,
    pub kinds: Vec<String>,
    /// The `.wasm` among the artifact's files (`bin` executables and `cdylib`s).
    pub wasm: Option<PathBuf>,
    /// Whether this is a test harness (`cargo test --no-run`).
    pub test: bool,
}

/// A cargo invocation.
#[derive(Debug, Clone, Default)]
pub struct Invocation {
    /// `build`, `test`, …
    pub subcommand: Vec<String>,
    /// Arguments after the subcommand.
    pub args: Vec<String>,
    /// Extra environment (profile overrides, RUSTC_BOOTSTRAP, …).
    pub env: Vec<(String, String)>,
    /// Flags for the target's rustc (appended to any RUSTFLAGS the user set).
    pub rustflags: Vec<String>,
    pub target_dir: Option<PathBuf>,
    pub manifest_path: Option<PathBuf>,
    /// Forward cargo's JSON messages to stdout (`--message-format json`).
    pub forward_json: bool,
    /// When the compiler's stderr contains `.0`, a failed build's error adds `.1`.
    pub hint: Option<(&'static str, &'static str)>,
}

impl Invocation {
    /// Runs cargo; a failed build is a [`Failure::BuildFailed`].
    pub fn run(&self, toolchain: &Toolchain, ui: &Ui) -> Result<Vec<Artifact>> {
        let mut cmd = toolchain.command("cargo");
        cmd.args(&self.subcommand).args(&self.args);
        cmd.arg("--message-format=json-render-diagnostics");
        cmd.arg(if crate::ui::color_enabled() { "--color=always" } else { "--color=never" });
        if let Some(m) = &self.manifest_path {
            cmd.arg("--manifest-path").arg(m);
        }
        if let Some(d) = &self.target_dir {
            cmd.env("CARGO_TARGET_DIR", d);
        }
        let mut flags: Vec<String> = std::env::var("RUSTFLAGS")
            .ok()
            .map(|s| s.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        flags.extend(self.rustflags.iter().cloned());
        cmd.env_remove("RUSTFLAGS");
        cmd.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd.stdout(Stdio::piped()).stderr(if self.hint.is_some() { Stdio::piped() } else { Stdio::inherit() });
        let shown = format!("cargo +{} {} {}", toolchain.name, self.subcommand.join(" "), self.args.join(" "));
        let mut child = cmd.spawn().with_context(|| format!("cannot start `{shown}`"))?;
        let stdout = child.stdout.take().expect("piped stdout");
        // Stderr passes through unchanged while we look for the hint's marker.
        let hint_seen = child.stderr.take().zip(self.hint).map(|(stderr, (marker, _))| {
            std::thread::spawn(move || {
                let mut seen = false;
                let mut err = std::io::stderr();
                for line in BufReader::new(stderr).split(b'\n').map_while(Result::ok) {
                    seen |= String::from_utf8_lossy(&line).contains(marker);
                    let _ = err.write_all(&line).and_then(|_| err.write_all(b"\n"));
                }
                seen
            })
        });
        let mut artifacts = Vec::new();
        let mut out = std::io::stdout().lock();
        for line in BufReader::new(stdout).lines() {
            let line = line.context("reading cargo's output")?;
            if self.forward_json {
                let _ = writeln!(out, "{line}");
            }
            if let Some(a) = parse_artifact(&line) {
                artifacts.push(a);
            }
        }
        drop(out);
        let status = child.wait().context("waiting for cargo")?;
        let hint_seen = hint_seen.is_some_and(|t| t.join().unwrap_or(false));
        if !status.success() {
            let _ = ui;
            let hint = self.hint.filter(|_| hint_seen).map(|(_, h)| format!(": {h}")).unwrap_or_default();
            return Err(Failure::BuildFailed(format!("`{}` failed (the compiler's errors are above); fix them and run the command again{hint}", shown.trim_end())).into());
        }
        Ok(artifacts)
    }
}

/// Parses one JSON line; `None` for other messages.
pub fn parse_artifact(line: &str) -> Option<Artifact> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    if v["reason"] != "compiler-artifact" {
        return None;
    }
    let kinds: Vec<String> = v["target"]["kind"].as_array()?.iter().filter_map(|k| k.as_str().map(String::from)).collect();
    let files: Vec<PathBuf> = v["filenames"].as_array()?.iter().filter_map(|f| f.as_str().map(PathBuf::from)).collect();
    let wasm = v["executable"]
        .as_str()
        .map(PathBuf::from)
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .or_else(|| files.iter().find(|f| f.extension().is_some_and(|e| e == "wasm")).cloned());
    let package_name = v["package_id"]
        .as_str()
        .map(package_name_from_id)
        .unwrap_or_default();
    Some(Artifact {
        package_name,
        target_name: v["target"]["name"].as_str().unwrap_or_default().to_string(),
        kinds,
        wasm,
        test: v["profile"]["test"].as_bool().unwrap_or(false),
    })
}

/// `path+file:///x/hello-wasi#0.1.0` or `path+file:///x/dir#name@0.1.0` or
/// `registry+…#serde@1.0.0` -> the package name.
fn package_name_from_id(id: &str) -> String {
    let frag = id.rsplit('#').next().unwrap_or(id);
    match frag.split_once('@') {
        Some((name, _)) => name.to_string(),
        // `…/hello-wasi#0.1.0`: the name is the last path segment.
        None => id.split('#').next().unwrap_or(id).rsplit('/').next().unwrap_or(id).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_artifact_messages() {
        let line = r#"{"reason":"compiler-artifact","package_id":"path+file:///w/examples/hello-wasi#0.1.0","target":{"kind":["bin"],"name":"hello-wasi"},"profile":{"test":false},"filenames":["/t/wasm32-wasip1/release/hello-wasi.wasm"],"executable":"/t/wasm32-wasip1/release/hello-wasi.wasm","fresh":true}"#;
        let a = parse_artifact(line).unwrap();
        assert_eq!(a.package_name, "hello-wasi");
        assert_eq!(a.kinds, ["bin"]);
        assert_eq!(a.wasm.unwrap(), PathBuf::from("/t/wasm32-wasip1/release/hello-wasi.wasm"));
        let lib = r#"{"reason":"compiler-artifact","package_id":"path+file:///w/examples#image-filter@1.0.0","target":{"kind":["cdylib"],"name":"image_filter"},"profile":{"test":false},"filenames":["/t/image_filter.wasm"],"executable":null}"#;
        let a = parse_artifact(lib).unwrap();
        assert_eq!(a.package_name, "image-filter");
        assert_eq!(a.wasm.unwrap(), PathBuf::from("/t/image_filter.wasm"));
        assert!(parse_artifact(r#"{"reason":"build-finished","success":true}"#).is_none());
    }
}
