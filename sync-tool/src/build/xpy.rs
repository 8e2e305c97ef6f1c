//! Running x.py with progress on stderr and the full log kept on disk.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::progress::Progress;

/// Runs `python3 x.py <args>` in `src`, teeing its output into `log`. Shows the current phase
/// and crate on a terminal; otherwise prints phase changes and a heartbeat each minute.
pub fn run(src: &Path, config: &Path, args: &[&str], log: &Path) -> Result<()> {
    let mut log_file = std::fs::File::create(log).with_context(|| format!("creating {}", log.display()))?;
    let mut cmd = Command::new("python3");
    cmd.current_dir(src)
        .arg("x.py")
        .args(args)
        .arg("--config")
        .arg(config)
        .env("CARGO_TERM_PROGRESS_WHEN", "never")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().context("starting python3 x.py (is python3 installed?)")?;
    // Merge stderr into the same line stream: bootstrap prints phases on stdout, cargo on stderr.
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let mut readers = Vec::new();
    let streams: Vec<Box<dyn std::io::Read + Send>> = vec![
        Box::new(child.stdout.take().expect("piped stdout")),
        Box::new(child.stderr.take().expect("piped stderr")),
    ];
    for stream in streams {
        let tx = tx.clone();
        readers.push(std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        }));
    }
    drop(tx);

    let progress = Progress::counter("x.py build");
    let mut compiled = 0u64;
    let mut phase = String::from("starting");
    let mut last_beat = Instant::now();
    let mut tail: Vec<String> = Vec::new();
    for line in rx {
        writeln!(log_file, "{line}").ok();
        let trimmed = line.trim_start();
        if let Some(krate) = trimmed.strip_prefix("Compiling ") {
            compiled += 1;
            progress.set(compiled);
            progress.message(format!("{phase} — {}", krate.split(' ').next().unwrap_or(krate)));
        } else if trimmed.starts_with("Building ") || trimmed.starts_with("Assembling ") || trimmed.starts_with("Build completed") {
            phase = trimmed.split(" (").next().unwrap_or(trimmed).to_string();
            progress.line(&format!("  [{:>4}s] {trimmed}", progress.elapsed().as_secs()));
            progress.message(phase.clone());
        }
        if last_beat.elapsed() >= Duration::from_secs(60) {
            last_beat = Instant::now();
            progress.line(&format!("  [{:>4}s] … {compiled} crates compiled ({phase})", progress.elapsed().as_secs()));
        }
        tail.push(line);
        if tail.len() > 40 {
            tail.remove(0);
        }
    }
    for r in readers {
        r.join().ok();
    }
    let status = child.wait()?;
    if !status.success() {
        progress.finish("failed");
        let first_error = tail.iter().find(|l| l.contains("error")).cloned().unwrap_or_default();
        bail!("x.py failed ({status}); log: {} — {}", log.display(), first_error.trim());
    }
    progress.finish(&format!("{compiled} crates compiled; log: {}", log.display()));
    Ok(())
}
