//! A minimal W3C WebDriver client that drives the system's headless Chromium through
//! `chromedriver` (Debian packages `chromium` and `chromium-driver`), for browser tests.

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where the browser and driver binaries are, from `CHROMIUM` / `CHROMEDRIVER` or the
/// Debian paths; `None` (with the reason) when either is missing.
pub fn locate() -> std::result::Result<(String, String), String> {
    let find = |var: &str, candidates: &[&str]| -> Option<String> {
        if let Ok(p) = std::env::var(var) {
            return Some(p);
        }
        candidates.iter().find(|c| std::path::Path::new(c).exists()).map(|c| c.to_string())
    };
    let browser = find("CHROMIUM", &["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]);
    let driver = find("CHROMEDRIVER", &["/usr/bin/chromedriver"]);
    match (browser, driver) {
        (Some(b), Some(d)) => Ok((b, d)),
        (None, _) => Err("no Chromium found (install Debian `chromium`, or set CHROMIUM)".into()),
        (_, None) => Err("no chromedriver found (install Debian `chromium-driver`, or set CHROMEDRIVER)".into()),
    }
}

/// A chromedriver process with one headless browser session; both end on drop.
pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    agent: ureq::Agent,
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Browser {
    /// Starts chromedriver on a free loopback port and opens a headless session.
    pub fn start() -> Result<Self> {
        let (browser, driver) = locate().map_err(anyhow::Error::msg)?;
        let port = free_port()?;
        let child = Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("cannot start {driver}"))?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        let mut b = Self { driver: child, base: format!("http://127.0.0.1:{port}"), session: String::new(), agent };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(v) = b.request("GET", "/status", None) {
                if v["ready"] == json!(true) {
                    break;
                }
            }
            if Instant::now() > deadline {
                bail!("chromedriver did not become ready on port {port} within 30 s");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": browser,
                // Root in a container has no user namespaces for the sandbox.
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
            }
        }}});
        let v = b.request("POST", "/session", Some(caps)).context("cannot open a browser session")?;
        b.session = v["sessionId"].as_str().context("session answer without sessionId")?.to_string();
        Ok(b)
    }

    fn request(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        let resp = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, body) => self
                .agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.unwrap_or(json!({})).to_string()),
        };
        let mut resp = resp.with_context(|| format!("WebDriver {method} {path}"))?;
        let status = resp.status();
        let text = resp.body_mut().read_to_string()?;
        let v: Value = serde_json::from_str(&text).with_context(|| format!("WebDriver answer to {path}: {text}"))?;
        if !status.is_success() {
            bail!("WebDriver {method} {path}: {} {}", v["value"]["error"], v["value"]["message"]);
        }
        Ok(v["value"].clone())
    }

    /// Navigates to `url` and waits for the load to finish.
    pub fn goto(&self, url: &str) -> Result<()> {
        self.request("POST", &format!("/session/{}/url", self.session), Some(json!({ "url": url })))?;
        Ok(())
    }

    /// Runs `script` (a function body; `return` gives the value) in the page.
    pub fn eval(&self, script: &str) -> Result<Value> {
        self.request("POST", &format!("/session/{}/execute/sync", self.session), Some(json!({ "script": script, "args": [] })))
    }

    /// Evaluates `script` until it returns something other than `null`/`false`, or times out.
    pub fn wait_for(&self, script: &str, timeout: Duration) -> Result<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            // A navigation in progress makes a script fail; try again.
            if let Ok(v) = self.eval(script) {
                if !v.is_null() && v != json!(false) {
                    return Ok(v);
                }
            }
            if Instant::now() > deadline {
                bail!("timed out after {timeout:?} waiting for `{script}`");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.request("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
