//! Publish, list and fetch against a real OCI registry (docker-registry) on loopback.

mod support;

use support::{Registry, component};
use wasm_oci::artifact::{CONFIG_MEDIA_TYPE, LAYER_MEDIA_TYPE, MANIFEST_MEDIA_TYPE};
use wasm_oci::{Client, Federation, PackageSpec, WasmConfig, identity};

#[test]
fn publish_list_fetch_round_trip() {
    let reg = Registry::start(&[]);
    let fed = Federation::single(&reg.addr).unwrap();
    let wasm = component(Some("test:adder"), Some("1.2.0"), "first");
    let id = identity::identify(&wasm, None, None).unwrap();
    assert_eq!(id.name.to_string(), "test:adder");
    assert_eq!(id.version.to_string(), "1.2.0");

    let published = fed.publish(wasm.clone(), &id, None).unwrap();
    assert_eq!(published.reference, format!("{}/test/adder:1.2.0", reg.addr));
    assert!(!published.already_present);

    // A second release, then the tags.
    let wasm2 = component(Some("test:adder"), Some("1.10.0"), "second");
    fed.publish(wasm2.clone(), &identity::identify(&wasm2, None, None).unwrap(), None).unwrap();
    let versions = fed.versions(&id.name).unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].1.iter().map(|v| v.to_string()).collect::<Vec<_>>(), ["1.2.0", "1.10.0"]);

    // Pull back: byte-equal, the exact version and the newest (semver order, not string order).
    let exact = fed.fetch(&"test:adder@1.2.0".parse::<PackageSpec>().unwrap()).unwrap();
    assert_eq!(exact.wasm, wasm);
    let newest = fed.fetch(&"test:adder".parse::<PackageSpec>().unwrap()).unwrap();
    assert_eq!(newest.resolution.version.to_string(), "1.10.0");
    assert_eq!(newest.wasm, wasm2);
    assert!(newest.resolution.warnings.is_empty());

    // The stored artifact has the wasm OCI layout.
    let client = Client::new("r", &reg.addr, Default::default()).unwrap();
    let art = client.pull("test/adder", "1.2.0").unwrap().unwrap();
    let m: serde_json::Value = serde_json::from_slice(&art.manifest_bytes).unwrap();
    assert_eq!(m["mediaType"], MANIFEST_MEDIA_TYPE);
    assert_eq!(m["config"]["mediaType"], CONFIG_MEDIA_TYPE);
    assert_eq!(m["layers"].as_array().unwrap().len(), 1);
    assert_eq!(m["layers"][0]["mediaType"], LAYER_MEDIA_TYPE);
    assert_eq!(m["layers"][0]["annotations"]["org.opencontainers.image.title"], "adder.wasm");
    assert_eq!(m["annotations"]["org.opencontainers.image.version"], "1.2.0");
    assert_eq!(m["annotations"]["org.opencontainers.image.description"], "first");
    let config: WasmConfig = serde_json::from_slice(&art.config_bytes).unwrap();
    assert_eq!((config.architecture.as_str(), config.os.as_str()), ("wasm", "wasip2"));
    assert_eq!(config.layer_digests, vec![wasm_oci::artifact::sha256_digest(&wasm)]);
    let comp = config.component.unwrap();
    assert_eq!(comp.exports, ["test:adder/math@0.1.0"]);
    assert_eq!(comp.imports, ["log"]);
    assert_eq!(art.wasm, wasm);
}

#[test]
fn releases_are_immutable_and_republishing_is_idempotent() {
    let reg = Registry::start(&[]);
    let fed = Federation::single(&reg.addr).unwrap();
    let wasm = component(Some("test:adder"), Some("1.0.0"), "a");
    let id = identity::identify(&wasm, None, None).unwrap();
    fed.publish(wasm.clone(), &id, None).unwrap();
    assert!(fed.publish(wasm.clone(), &id, None).unwrap().already_present);
    let other = component(Some("test:adder"), Some("1.0.0"), "b");
    let e = fed.publish(other, &id, None).unwrap_err().to_string();
    assert!(e.contains("already published") && e.contains("bump the version"), "{e}");
    // The registry still serves the first bytes.
    assert_eq!(fed.fetch(&"test:adder@1.0.0".parse().unwrap()).unwrap().wasm, wasm);
}

#[test]
fn missing_packages_and_versions_are_clear_errors() {
    let reg = Registry::start(&[]);
    let fed = Federation::single(&reg.addr).unwrap();
    let e = fed.fetch(&"test:nothing".parse().unwrap()).unwrap_err().to_string();
    assert!(e.contains("test:nothing is not in any registry"), "{e}");
    let wasm = component(Some("test:adder"), Some("1.0.0"), "a");
    fed.publish(wasm.clone(), &identity::identify(&wasm, None, None).unwrap(), None).unwrap();
    let e = fed.fetch(&"test:adder@2.0.0".parse().unwrap()).unwrap_err().to_string();
    assert!(e.contains("test:adder@2.0.0 is not in any registry"), "{e}");
}

#[test]
fn an_unreachable_registry_is_named() {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let fed = Federation::single(&format!("127.0.0.1:{port}")).unwrap();
    let e = format!("{:#}", fed.fetch(&"test:adder".parse().unwrap()).unwrap_err());
    assert!(e.contains("cannot be reached") && e.contains(&port.to_string()), "{e}");
}
