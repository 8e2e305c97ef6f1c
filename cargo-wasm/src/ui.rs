//! Terminal output: cargo-style status lines, one-line errors, progress bars, and colour that
//! respects `NO_COLOR`, `CARGO_TERM_COLOR` and non-terminals.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// Where human-readable output goes (always stderr, so stdout stays for data and JSON).
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    color: bool,
    /// `--message-format json`: status lines are suppressed, JSON goes to stdout.
    pub json: bool,
}

/// Whether colour should be used on stderr.
pub fn color_enabled() -> bool {
    match std::env::var("CARGO_TERM_COLOR").as_deref() {
        Ok("always") => return std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        Ok("never") => return false,
        _ => {}
    }
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stderr().is_terminal()
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

impl Ui {
    /// A UI; `json` silences the human status lines.
    pub fn new(json: bool) -> Ui {
        Ui { color: color_enabled(), json }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() }
    }

    /// `   Verb message`, right-aligned like cargo's.
    pub fn status(&self, verb: &str, msg: impl std::fmt::Display) {
        if !self.json {
            eprintln!("{} {msg}", self.paint("1;32", &format!("{verb:>12}")));
        }
    }

    /// `warning: …`
    pub fn warn(&self, msg: impl std::fmt::Display) {
        eprintln!("{}: {msg}", self.paint("1;33", "warning"));
    }

    /// `error: …` on one line (the causes joined with `: `).
    pub fn error(&self, e: &anyhow::Error) {
        let text = format!("{e:#}");
        eprintln!("{}: {}", self.paint("1;31", "error"), text.trim_end());
    }

    /// A spinner for a step of unknown length; invisible when stderr is not a terminal or in
    /// JSON mode.
    pub fn spinner(&self, msg: impl Into<std::borrow::Cow<'static, str>>) -> ProgressBar {
        let target = if self.json || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let pb = ProgressBar::with_draw_target(None, target);
        let template = if self.color { "{spinner:.green} {msg} {elapsed:.dim}" } else { "{spinner} {msg} {elapsed}" };
        pb.set_style(ProgressStyle::with_template(template).expect("valid template"));
        pb.set_message(msg);
        pb.enable_steady_tick(Duration::from_millis(120));
        pb
    }

    /// A bar over `len` items (tests, files).
    pub fn bar(&self, len: u64, msg: impl Into<std::borrow::Cow<'static, str>>) -> ProgressBar {
        let target = if self.json || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let pb = ProgressBar::with_draw_target(Some(len), target);
        let template = if self.color { "{msg} [{bar:30.green}] {pos}/{len}" } else { "{msg} [{bar:30}] {pos}/{len}" };
        pb.set_style(ProgressStyle::with_template(template).expect("valid template").progress_chars("=> "));
        pb.set_message(msg);
        pb
    }

    /// Colours a word green/red for test results.
    pub fn ok(&self, text: &str) -> String {
        self.paint("32", text)
    }
    /// Red.
    pub fn bad(&self, text: &str) -> String {
        self.paint("31", text)
    }
}

/// `12345` -> `12.1 KiB (12345 bytes)`.
pub fn human_size(bytes: u64) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KiB ({bytes} bytes)", bytes as f64 / 1024.0)
    } else {
        format!("{:.2} MiB ({bytes} bytes)", bytes as f64 / (1024.0 * 1024.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(12), "12 B");
        assert_eq!(human_size(2048), "2.0 KiB (2048 bytes)");
        assert_eq!(human_size(3 * 1024 * 1024), "3.00 MiB (3145728 bytes)");
    }
}
