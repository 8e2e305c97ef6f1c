//! The HTTP server: routes, headers and the build state the live-reload client polls.

use crate::{glue, page};
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Headers sent with every response. COOP `same-origin` + COEP `require-corp` make the page
/// cross-origin isolated, which is what enables `SharedArrayBuffer` (wasm threads).
pub const ISOLATION_HEADERS: &[(&str, &str)] = &[
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Embedder-Policy", "require-corp"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
];

/// How long a status long-poll waits for news before answering anyway.
const LONG_POLL: Duration = Duration::from_secs(20);

/// What is being served right now.
#[derive(Debug, Clone, Default)]
pub(crate) struct Site {
    pub wasm: Arc<Vec<u8>>,
    pub glue: Arc<String>,
    /// Successful builds so far (the page reloads when it changes).
    pub build: u64,
    /// Any change: builds, failed builds (the long-poll wakes on it).
    pub events: u64,
    /// The last build error, cleared by a successful build.
    pub error: Option<String>,
}

/// State shared by the request handlers and the watcher.
pub(crate) struct Shared {
    pub site: Mutex<Site>,
    pub changed: Condvar,
    pub wasm_path: PathBuf,
    pub wasm_name: String,
    pub static_dir: Option<PathBuf>,
    pub title: String,
    pub stop: AtomicBool,
}

impl Shared {
    /// Reads the module from disk and publishes it as a new build.
    pub fn load(&self) -> Result<()> {
        let wasm = std::fs::read(&self.wasm_path).with_context(|| format!("cannot read {}", self.wasm_path.display()))?;
        let info = glue::inspect(&wasm).with_context(|| format!("in {}", self.wasm_path.display()))?;
        let glue = glue::generate(&info, &format!("./{}", self.wasm_name));
        let mut site = self.site.lock().unwrap();
        site.wasm = Arc::new(wasm);
        site.glue = Arc::new(glue);
        site.build += 1;
        site.events += 1;
        site.error = None;
        self.changed.notify_all();
        Ok(())
    }

    /// Publishes a failed build (the page shows `error` in an overlay).
    pub fn fail(&self, error: String) {
        let mut site = self.site.lock().unwrap();
        site.events += 1;
        site.error = Some(error);
        self.changed.notify_all();
    }

    /// Answers one request.
    pub fn handle(&self, req: tiny_http::Request) {
        let method = req.method().clone();
        let url = req.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        let reply = match method {
            tiny_http::Method::Get | tiny_http::Method::Head => self.route(path, query),
            _ => Reply::text(405, "method not allowed"),
        };
        let mut resp = tiny_http::Response::from_data(if method == tiny_http::Method::Head { Vec::new() } else { reply.body })
            .with_status_code(reply.status);
        for (k, v) in ISOLATION_HEADERS.iter().chain([&("Content-Type", reply.content_type)]) {
            resp.add_header(tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).expect("static header"));
        }
        // The client may have gone away; nothing to do about it.
        let _ = req.respond(resp);
    }

    fn route(&self, path: &str, query: &str) -> Reply {
        let site = self.site.lock().unwrap().clone();
        match path {
            "/" | "/index.html" => match self.static_file("index.html") {
                Some(Ok(bytes)) => Reply::html(page::inject_client(&String::from_utf8_lossy(&bytes))),
                Some(Err(e)) => Reply::text(500, &e.to_string()),
                None => Reply::html(page::index(&self.title, "./app.js")),
            },
            "/app.js" => Reply { status: 200, content_type: "text/javascript; charset=utf-8", body: site.glue.as_bytes().to_vec() },
            "/_devserver/client.js" => Reply { status: 200, content_type: "text/javascript; charset=utf-8", body: page::CLIENT_JS.into() },
            "/_devserver/status" => self.status(query),
            p if p == "/app.wasm" || p.strip_prefix('/') == Some(self.wasm_name.as_str()) => {
                Reply { status: 200, content_type: "application/wasm", body: site.wasm.to_vec() }
            }
            p => match self.static_file(p.trim_start_matches('/')) {
                Some(Ok(bytes)) if p.ends_with(".html") => Reply::html(page::inject_client(&String::from_utf8_lossy(&bytes))),
                Some(Ok(bytes)) => Reply { status: 200, content_type: content_type(p), body: bytes },
                Some(Err(e)) => Reply::text(500, &e.to_string()),
                None => Reply::text(404, &format!("not found: {p}")),
            },
        }
    }

    /// `GET /_devserver/status?since=N`: waits until the event counter passes `N` (or the
    /// long-poll time is up), then answers `{"build":B,"events":E,"error":null|"..."}`.
    fn status(&self, query: &str) -> Reply {
        let since: i64 = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("since="))
            .and_then(|v| v.parse().ok())
            .unwrap_or(-1);
        let guard = self.site.lock().unwrap();
        let (site, _) = self
            .changed
            .wait_timeout_while(guard, LONG_POLL, |s| (s.events as i64) <= since && !self.stop.load(Ordering::Relaxed))
            .unwrap();
        let body = serde_json::json!({ "build": site.build, "events": site.events, "error": site.error });
        Reply { status: 200, content_type: "application/json", body: body.to_string().into_bytes() }
    }

    /// A file under the static directory; `None` when there is none (or the path escapes it).
    fn static_file(&self, rel: &str) -> Option<std::io::Result<Vec<u8>>> {
        let dir = self.static_dir.as_ref()?;
        let rel = percent_decode(rel);
        if rel.split('/').any(|c| c == ".." || c.contains('\\')) {
            return None;
        }
        let path = dir.join(&rel);
        path.is_file().then(|| std::fs::read(path))
    }
}

struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Reply {
    fn text(status: u16, text: &str) -> Self {
        Self { status, content_type: "text/plain; charset=utf-8", body: text.as_bytes().to_vec() }
    }
    fn html(html: String) -> Self {
        Self { status: 200, content_type: "text/html; charset=utf-8", body: html.into_bytes() }
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Some(v) = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The Content-Type for a file name.
pub fn content_type(path: &str) -> &'static str {
    let ext = Path::new(path).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let types: HashMap<&str, &'static str> = HashMap::from([
        ("html", "text/html; charset=utf-8"),
        ("js", "text/javascript; charset=utf-8"),
        ("mjs", "text/javascript; charset=utf-8"),
        ("css", "text/css; charset=utf-8"),
        ("json", "application/json"),
        ("wasm", "application/wasm"),
        ("svg", "image/svg+xml"),
        ("png", "image/png"),
        ("jpg", "image/jpeg"),
        ("txt", "text/plain; charset=utf-8"),
    ]);
    types.get(ext.as_str()).copied().unwrap_or("application/octet-stream")
}

/// Binds the listener (`port` 0 picks a free one).
pub(crate) fn bind(addr: SocketAddr) -> Result<(tiny_http::Server, SocketAddr)> {
    let server = tiny_http::Server::http(addr).map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    let bound = server.server_addr().to_ip().context("server has no IP address")?;
    Ok((server, bound))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        assert_eq!(content_type("/a/b.wasm"), "application/wasm");
        assert_eq!(content_type("x.JS"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("x"), "application/octet-stream");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("%2e%2e/x"), "../x");
        assert_eq!(percent_decode("bad%zz%"), "bad%zz%");
    }
}
