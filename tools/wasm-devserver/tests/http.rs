//! The dev server's HTTP behaviour: routes, content types and isolation headers on every answer.

use std::time::Duration;
use wasm_devserver::{DevServer, ServeConfig};

fn get(url: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut r = agent.get(url).call().unwrap();
    let headers = r.headers().iter().map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_string())).collect();
    (r.status().as_u16(), headers, r.body_mut().read_to_vec().unwrap())
}

fn header<'a>(h: &'a [(String, String)], name: &str) -> Option<&'a str> {
    h.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn module(dir: &std::path::Path) -> std::path::PathBuf {
    let p = dir.join("demo.wasm");
    std::fs::write(&p, wat::parse_str("(module (func (export \"add\") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))").unwrap()).unwrap();
    p
}

#[test]
fn every_route_sends_isolation_headers_and_right_types() {
    let dir = tempfile::tempdir().unwrap();
    let wasm = module(dir.path());
    let site = dir.path().join("www");
    std::fs::create_dir(&site).unwrap();
    std::fs::write(site.join("style.css"), "body{}").unwrap();
    let mut config = ServeConfig::new(&wasm);
    config.static_dir = Some(site.clone());
    let server = DevServer::start(config, None).unwrap();
    let base = server.url();
    for (path, status, ty) in [
        ("", 200, "text/html; charset=utf-8"),
        ("app.js", 200, "text/javascript; charset=utf-8"),
        ("app.wasm", 200, "application/wasm"),
        ("demo.wasm", 200, "application/wasm"),
        ("style.css", 200, "text/css; charset=utf-8"),
        ("_devserver/client.js", 200, "text/javascript; charset=utf-8"),
        ("nope.txt", 404, "text/plain; charset=utf-8"),
        ("..%2f..%2fetc/passwd", 404, "text/plain; charset=utf-8"),
    ] {
        let (s, h, _) = get(&format!("{base}{path}"));
        assert_eq!(s, status, "/{path}");
        assert_eq!(header(&h, "content-type"), Some(ty), "/{path}");
        assert_eq!(header(&h, "cross-origin-opener-policy"), Some("same-origin"), "/{path}");
        assert_eq!(header(&h, "cross-origin-embedder-policy"), Some("require-corp"), "/{path}");
    }
    let (_, _, body) = get(&format!("{base}app.wasm"));
    assert_eq!(body, std::fs::read(&wasm).unwrap());
    let (_, _, glue) = get(&format!("{base}app.js"));
    assert!(String::from_utf8(glue).unwrap().contains("export function add(...args)"));

    // The project's own index.html replaces the generated page and gets the reload client.
    std::fs::write(site.join("index.html"), "<html><body><p id=mine></p></body></html>").unwrap();
    let (_, _, page) = get(&base);
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains("<p id=mine>") && page.contains("/_devserver/client.js"), "{page}");
}

#[test]
fn status_long_poll_answers_at_once_when_behind() {
    let dir = tempfile::tempdir().unwrap();
    let server = DevServer::start(ServeConfig::new(module(dir.path())), None).unwrap();
    let start = std::time::Instant::now();
    let (s, _, body) = get(&format!("{}_devserver/status?since=-1", server.url()));
    assert_eq!(s, 200);
    assert!(start.elapsed() < Duration::from_secs(5));
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!((v["build"].as_u64(), v["error"].is_null()), (Some(1), true));
}

#[test]
fn bad_modules_are_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.wasm");
    std::fs::write(&p, b"not wasm").unwrap();
    let e = format!("{:#}", DevServer::start(ServeConfig::new(&p), None).err().unwrap());
    assert!(e.contains("x.wasm") && e.contains("not a core wasm module"), "{e}");
    let e = format!("{:#}", DevServer::start(ServeConfig::new(dir.path().join("missing.wasm")), None).err().unwrap());
    assert!(e.contains("cannot read") && e.contains("missing.wasm"), "{e}");
}
