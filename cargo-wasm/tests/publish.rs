//! `cargo wasm publish` / `cargo wasm fetch` end to end against real registries (Debian's
//! `docker-registry`) on loopback: publish, list tags, fetch, byte-equal; two registries with a
//! conflict.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A docker-registry on a free loopback port, storage in a temp dir; killed on drop.
struct Registry {
    child: Child,
    _dir: tempfile::TempDir,
    addr: String,
}

impl Registry {
    fn start() -> Registry {
        let bin = std::env::var("DOCKER_REGISTRY").unwrap_or_else(|_| "/usr/bin/docker-registry".into());
        assert!(Path::new(&bin).exists(), "{bin} is missing: install Debian's `docker-registry` (ci/setup does)");
        let dir = tempfile::tempdir().unwrap();
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let addr = format!("127.0.0.1:{port}");
        let config = dir.path().join("config.yml");
        std::fs::write(
            &config,
            format!(
                "version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: {addr}\n  secret: cargo-wasm-test\n",
                dir.path().join("data").display()
            ),
        )
        .unwrap();
        let child = Command::new(&bin).arg("serve").arg(&config).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        let mut reg = Registry { child, _dir: dir, addr };
        let deadline = Instant::now() + Duration::from_secs(30);
        while !reg.ready() {
            assert!(reg.child.try_wait().unwrap().is_none(), "docker-registry exited early");
            assert!(Instant::now() < deadline, "docker-registry not ready after 30 s");
            std::thread::sleep(Duration::from_millis(50));
        }
        reg
    }

    fn ready(&self) -> bool {
        let Ok(mut s) = TcpStream::connect(&self.addr) else { return false };
        let _ = write!(s, "GET /v2/ HTTP/1.0\r\nHost: {}\r\n\r\n", self.addr);
        let mut head = [0u8; 12];
        s.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.") && &head[9..12] == b"200"
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A real component (wit-component, from a WIT world and a module implementing it).
fn component(dir: &Path, file: &str, flavour: &str) -> PathBuf {
    let mut resolve = wit_parser::Resolve::new();
    let pkg = resolve
        .push_str("a.wit", &format!("package test:adder;\nworld adder {{ export add: func(a: u32, b: u32) -> u32; export {flavour}: func(); }}\n"))
        .unwrap();
    let world = resolve.select_world(&[pkg], None).unwrap();
    let mut module = wit_component::dummy_module(&resolve, world, wit_parser::ManglingAndAbi::Standard32);
    wit_component::embed_component_metadata(&mut module, &resolve, world, wit_component::StringEncoding::UTF8, false).unwrap();
    let bytes = wit_component::ComponentEncoder::default().module(&module).unwrap().validate(true).encode().unwrap();
    let path = dir.join(file);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn cargo_wasm(dir: &Path, args: &[&str]) -> Output {
    let o = Command::new(env!("CARGO_BIN_EXE_cargo-wasm"))
        .arg("wasm")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    eprintln!("--- cargo wasm {args:?}: {}\nstdout:\n{}\nstderr:\n{}", o.status, String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    o
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn publish_list_fetch_byte_equal() {
    let reg = Registry::start();
    let dir = tempfile::tempdir().unwrap();
    let wasm = component(dir.path(), "adder.wasm", "one");
    let wasm2 = component(dir.path(), "adder2.wasm", "two");

    let o = cargo_wasm(dir.path(), &["publish", "adder.wasm", "--registry", &reg.addr, "--name", "test:adder", "--pkg-version", "1.0.0"]);
    assert!(o.status.success());
    assert_eq!(text(&o.stdout).trim(), format!("{}/test/adder:1.0.0", reg.addr));
    let o = cargo_wasm(dir.path(), &["publish", "adder2.wasm", "--registry", &reg.addr, "--name", "test:adder", "--pkg-version", "1.1.0"]);
    assert!(o.status.success());

    let o = cargo_wasm(dir.path(), &["fetch", "test:adder", "--list", "--registry", &reg.addr]);
    assert!(o.status.success());
    assert_eq!(text(&o.stdout).trim(), format!("{}: 1.0.0 1.1.0", reg.addr));

    let o = cargo_wasm(dir.path(), &["fetch", "test:adder@1.0.0", "--registry", &reg.addr, "-o", "back.wasm"]);
    assert!(o.status.success());
    assert_eq!(std::fs::read(dir.path().join("back.wasm")).unwrap(), std::fs::read(&wasm).unwrap());
    // No version: the newest; default output name.
    let o = cargo_wasm(dir.path(), &["fetch", "test:adder", "--registry", &reg.addr]);
    assert!(o.status.success());
    assert_eq!(std::fs::read(dir.path().join("adder.wasm")).unwrap(), std::fs::read(&wasm2).unwrap());

    // Same version, other bytes: refused with exit code 1 and a one-line reason.
    let o = cargo_wasm(dir.path(), &["publish", "adder2.wasm", "--registry", &reg.addr, "--name", "test:adder", "--pkg-version", "1.0.0"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("already published"), "{}", text(&o.stderr));
    // Missing metadata: the error says which flag to pass.
    let o = cargo_wasm(dir.path(), &["publish", "adder.wasm", "--registry", &reg.addr]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("--name"), "{}", text(&o.stderr));
    assert!(!text(&o.stderr).contains("panicked"));
}

#[test]
fn federation_file_precedence_and_conflict_warning() {
    let (a, b) = (Registry::start(), Registry::start());
    let dir = tempfile::tempdir().unwrap();
    component(dir.path(), "one.wasm", "one");
    component(dir.path(), "two.wasm", "two");
    std::fs::write(
        dir.path().join("registries.toml"),
        format!("registries = [{{ name = \"first\", url = \"{}\" }}, {{ name = \"second\", url = \"{}\" }}]\n", a.addr, b.addr),
    )
    .unwrap();
    for (file, reg) in [("one.wasm", "first"), ("two.wasm", "second")] {
        let o = cargo_wasm(dir.path(), &["publish", file, "--registries", "registries.toml", "--registry", reg, "--name", "test:adder", "--pkg-version", "2.0.0"]);
        assert!(o.status.success());
    }
    let o = cargo_wasm(dir.path(), &["fetch", "test:adder@2.0.0", "--registries", "registries.toml", "-o", "got.wasm"]);
    assert!(o.status.success());
    assert_eq!(std::fs::read(dir.path().join("got.wasm")).unwrap(), std::fs::read(dir.path().join("one.wasm")).unwrap());
    let err = text(&o.stderr);
    assert!(err.contains("warning:") && err.contains("`first`") && err.contains("`second`"), "{err}");
    let o = cargo_wasm(dir.path(), &["fetch", "test:adder", "--list", "--registries", "registries.toml"]);
    assert_eq!(text(&o.stdout), "first: 2.0.0\nsecond: 2.0.0\n");
}
