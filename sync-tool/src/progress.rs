//! Progress display: an indicatif spinner on a terminal, plain lines otherwise (CI logs).

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// A long-running step shown to the user on stderr.
pub struct Progress {
    bar: Option<ProgressBar>,
    what: String,
    started: Instant,
}

impl Progress {
    fn new(what: &str, template: &str) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(ProgressStyle::with_template(template).expect("valid template"));
            bar.set_message(what.to_string());
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Progress { bar, what: what.to_string(), started: Instant::now() }
    }

    /// A spinner with a message and the elapsed time.
    pub fn spinner(what: &str) -> Progress {
        Progress::new(what, "{spinner} {msg} [{elapsed}]")
    }

    /// A spinner that also shows a running count.
    pub fn counter(what: &str) -> Progress {
        Progress::new(what, "{spinner} {msg}: {pos} [{elapsed}]")
    }

    pub fn set(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(n);
        }
    }

    /// Replaces the message (on a terminal only; see [`Progress::line`] for logs).
    pub fn message(&self, msg: String) {
        if let Some(bar) = &self.bar {
            bar.set_message(msg);
        }
    }

    /// Prints a line above the spinner, or to stderr when there is no terminal.
    pub fn line(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Ends the step with a summary line.
    pub fn finish(self, summary: &str) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        eprintln!("{}: {summary} ({:.1}s)", self.what, self.started.elapsed().as_secs_f64());
    }
}
