//! Registry federation against two (or three) real registries: precedence, conflicts, auth.

mod support;

use support::{Registry, component};
use wasm_oci::{Federation, FederationConfig, PackageSpec, identity};

fn federation(toml: &str) -> Federation {
    Federation::new(FederationConfig::from_toml(toml).unwrap()).unwrap()
}

fn publish_to(fed: &Federation, registry: &str, wasm: &[u8]) {
    let id = identity::identify(wasm, None, None).unwrap();
    fed.publish(wasm.to_vec(), &id, Some(registry)).unwrap();
}

fn spec(s: &str) -> PackageSpec {
    s.parse().unwrap()
}

#[test]
fn first_registry_that_has_the_package_wins() {
    let (a, b) = (Registry::start(&[]), Registry::start(&[]));
    let fed = federation(&format!(
        "registries = [{{ name = \"private\", url = \"{}\" }}, {{ name = \"public\", url = \"{}\" }}]",
        a.addr, b.addr
    ));
    assert_eq!(fed.names(), ["private", "public"]);

    // Only in the lower-precedence registry: found there.
    let only_public = component(Some("test:adder"), Some("1.0.0"), "public 1.0.0");
    publish_to(&fed, "public", &only_public);
    let got = fed.fetch(&spec("test:adder@1.0.0")).unwrap();
    assert_eq!(got.resolution.registry, "public");
    assert_eq!(got.wasm, only_public);

    // No version asked: the first registry holding the package decides, even if a later one
    // has a higher version (no dependency confusion).
    let private = component(Some("test:adder"), Some("0.9.0"), "private 0.9.0");
    publish_to(&fed, "private", &private);
    let newer_public = component(Some("test:adder"), Some("5.0.0"), "public 5.0.0");
    publish_to(&fed, "public", &newer_public);
    let got = fed.fetch(&spec("test:adder")).unwrap();
    assert_eq!((got.resolution.registry.as_str(), got.resolution.version.to_string().as_str()), ("private", "0.9.0"));
    assert_eq!(got.wasm, private);

    // An exact version only the second has still resolves there.
    let got = fed.fetch(&spec("test:adder@5.0.0")).unwrap();
    assert_eq!(got.resolution.registry, "public");

    // Versions are listed per registry, in precedence order.
    let versions = fed.versions(&"test:adder".parse().unwrap()).unwrap();
    let shown: Vec<(String, Vec<String>)> =
        versions.into_iter().map(|(r, v)| (r, v.iter().map(|v| v.to_string()).collect())).collect();
    assert_eq!(
        shown,
        [("private".to_string(), vec!["0.9.0".to_string()]), ("public".to_string(), vec!["1.0.0".to_string(), "5.0.0".to_string()])]
    );
}

#[test]
fn same_version_with_different_bytes_warns_and_precedence_wins() {
    let (a, b) = (Registry::start(&[]), Registry::start(&[]));
    let toml = format!(
        "registries = [{{ name = \"first\", url = \"{}\" }}, {{ name = \"second\", url = \"{}\" }}]",
        a.addr, b.addr
    );
    let fed = federation(&toml);
    let one = component(Some("test:adder"), Some("2.0.0"), "one");
    let two = component(Some("test:adder"), Some("2.0.0"), "two");
    publish_to(&fed, "first", &one);
    publish_to(&fed, "second", &two);

    let got = fed.fetch(&spec("test:adder@2.0.0")).unwrap();
    assert_eq!(got.resolution.registry, "first");
    assert_eq!(got.wasm, one);
    assert_eq!(got.resolution.warnings.len(), 1);
    let w = got.resolution.warnings[0].to_string();
    let (d1, d2) = (wasm_oci::artifact::sha256_digest(&one), wasm_oci::artifact::sha256_digest(&two));
    assert!(w.contains("`first`") && w.contains("`second`") && w.contains(&d1) && w.contains(&d2), "{w}");

    // Same bytes in both: no conflict.
    let same = component(Some("test:adder"), Some("3.0.0"), "same");
    publish_to(&fed, "first", &same);
    publish_to(&fed, "second", &same);
    assert!(fed.fetch(&spec("test:adder@3.0.0")).unwrap().resolution.warnings.is_empty());

    // Policy "error": the conflict fails resolution, naming both registries.
    let strict = federation(&format!("registry-conflict = \"error\"\n{toml}"));
    let e = strict.fetch(&spec("test:adder@2.0.0")).unwrap_err().to_string();
    assert!(e.contains("`first`") && e.contains("`second`") && e.contains("registry-conflict"), "{e}");
    assert!(strict.fetch(&spec("test:adder@3.0.0")).is_ok());
}
