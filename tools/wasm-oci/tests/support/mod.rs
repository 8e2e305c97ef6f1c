//! Test support: a real OCI registry (Debian's `docker-registry`, the CNCF distribution
//! registry) on a loopback port with storage in a temporary directory, and real components.

#![allow(dead_code)]

use std::io::Read;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The registry binary: `$DOCKER_REGISTRY` or Debian's.
fn registry_binary() -> PathBuf {
    std::env::var_os("DOCKER_REGISTRY").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/usr/bin/docker-registry"))
}

/// A running registry; killed on drop.
pub struct Registry {
    child: Child,
    dir: tempfile::TempDir,
    /// `127.0.0.1:<port>`.
    pub addr: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Registry {
    /// Starts a registry; with `users`, it requires HTTP basic auth (htpasswd with bcrypt).
    pub fn start(users: &[(&str, &str)]) -> Registry {
        let bin = registry_binary();
        assert!(
            bin.exists(),
            "{} is missing: install Debian's `docker-registry` (ci/setup does) or set DOCKER_REGISTRY",
            bin.display()
        );
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let addr = format!("127.0.0.1:{port}");
        let mut auth = String::new();
        if !users.is_empty() {
            let htpasswd = dir.path().join("htpasswd");
            let lines: String = users
                .iter()
                .map(|(u, p)| format!("{u}:{}\n", bcrypt::hash(p, 5).unwrap()))
                .collect();
            std::fs::write(&htpasswd, lines).unwrap();
            auth = format!("auth:\n  htpasswd:\n    realm: wasm-oci-test\n    path: {}\n", htpasswd.display());
        }
        let config = format!(
            "version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: {addr}\n  secret: wasm-oci-test-secret\n{auth}",
            dir.path().join("data").display()
        );
        let config_path = dir.path().join("config.yml");
        std::fs::write(&config_path, config).unwrap();
        let log = std::fs::File::create(dir.path().join("registry.log")).unwrap();
        let child = Command::new(&bin)
            .arg("serve")
            .arg(&config_path)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", bin.display()));
        let mut reg = Registry { child, dir, addr };
        reg.wait_ready();
        reg
    }

    fn log(&self) -> String {
        let mut s = String::new();
        let _ = std::fs::File::open(self.dir.path().join("registry.log")).and_then(|mut f| f.read_to_string(&mut s));
        s
    }

    /// Waits until `GET /v2/` answers (200, or 401 when auth is on).
    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("docker-registry exited with {status}:\n{}", self.log());
            }
            if let Ok(r) = agent.get(&format!("http://{}/v2/", self.addr)).call() {
                if r.status() == 200 || r.status() == 401 {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "docker-registry not ready after 30 s:\n{}", self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A real component (wit-component encodes it from a WIT world and a core module that
/// implements it), with the given name, version and description in its metadata. Different
/// descriptions give different bytes.
pub fn component(name: Option<&str>, version: Option<&str>, description: &str) -> Vec<u8> {
    use wasm_metadata::{AddMetadata, AddMetadataField, Description, Version};
    let mut resolve = wit_parser::Resolve::new();
    let pkg = resolve
        .push_str(
            "adder.wit",
            "package test:adder@0.1.0;\ninterface math { add: func(a: u32, b: u32) -> u32; }\nworld adder { import log: func(msg: string); export math; }\n",
        )
        .unwrap();
    let world = resolve.select_world(&[pkg], Some("adder")).unwrap();
    let mut module = wit_component::dummy_module(&resolve, world, wit_parser::ManglingAndAbi::Standard32);
    wit_component::embed_component_metadata(&mut module, &resolve, world, wit_component::StringEncoding::UTF8, false).unwrap();
    let component = wit_component::ComponentEncoder::default().module(&module).unwrap().validate(true).encode().unwrap();
    let mut add = AddMetadata::default();
    if let Some(n) = name {
        add.name = AddMetadataField::Set(n.to_string());
    }
    if let Some(v) = version {
        add.version = AddMetadataField::Set(Version::new(v.to_string()));
    }
    add.description = AddMetadataField::Set(Description::new(description.to_string()));
    add.to_wasm(&component).unwrap()
}
