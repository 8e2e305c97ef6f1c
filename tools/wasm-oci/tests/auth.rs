//! Per-registry authentication against real registries with htpasswd (bcrypt) basic auth.
//! Its own test binary: it sets environment variables, which no other thread may read meanwhile.

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
fn each_registry_uses_its_own_credentials() {
    // Two registries with different users; one open registry.
    let alice = Registry::start(&[("alice", "alice-secret-7f3a")]);
    let bob = Registry::start(&[("bob", "bob-secret-91c2")]);
    let open = Registry::start(&[]);
    // SAFETY: the only test in this binary; no other thread reads the environment meanwhile.
    unsafe {
        std::env::set_var("WASM_OCI_T_ALICE_USER", "alice");
        std::env::set_var("WASM_OCI_T_ALICE_PASS", "alice-secret-7f3a");
        std::env::set_var("WASM_OCI_T_BOB_USER", "bob");
        std::env::set_var("WASM_OCI_T_BOB_PASS", "bob-secret-91c2");
        std::env::set_var("WASM_OCI_T_WRONG_PASS", "not-the-password-5d1e");
    }
    let fed = federation(&format!(
        r#"
[[registries]]
name = "alice"
url = "{}"
username-env = "WASM_OCI_T_ALICE_USER"
password-env = "WASM_OCI_T_ALICE_PASS"
[[registries]]
name = "bob"
url = "{}"
username-env = "WASM_OCI_T_BOB_USER"
password-env = "WASM_OCI_T_BOB_PASS"
[[registries]]
name = "open"
url = "{}"
"#,
        alice.addr, bob.addr, open.addr
    ));
    let a = component(Some("test:adder"), Some("1.0.0"), "alice");
    let b = component(Some("test:other"), Some("1.0.0"), "bob");
    publish_to(&fed, "alice", &a);
    publish_to(&fed, "bob", &b);
    publish_to(&fed, "open", &component(Some("test:third"), Some("1.0.0"), "open"));
    assert_eq!(fed.fetch(&spec("test:adder@1.0.0")).unwrap().wasm, a);
    let got = fed.fetch(&spec("test:other@1.0.0")).unwrap();
    assert_eq!((got.resolution.registry.as_str(), got.wasm), ("bob", b));
    assert_eq!(fed.fetch(&spec("test:third")).unwrap().resolution.registry, "open");

    // Wrong password: an authentication error naming the registry and the variables, and
    // never the secret. Resolution stops there rather than skipping to the next registry.
    let wrong = federation(&format!(
        "registries = [{{ name = \"alice\", url = \"{}\", username-env = \"WASM_OCI_T_ALICE_USER\", password-env = \"WASM_OCI_T_WRONG_PASS\" }}, {{ name = \"open\", url = \"{}\" }}]",
        alice.addr, open.addr
    ));
    let e = format!("{:#}", wrong.fetch(&spec("test:third")).unwrap_err());
    assert!(e.contains("registry `alice`") && e.contains("authentication failed"), "{e}");
    assert!(e.contains("WASM_OCI_T_WRONG_PASS"), "{e}");
    assert!(!e.contains("not-the-password-5d1e") && !e.contains("alice-secret-7f3a"), "secret leaked: {e}");

    // No credentials at all for a registry that needs them.
    let anon = federation(&format!("registries = [{{ name = \"alice\", url = \"{}\" }}]", alice.addr));
    let e = format!("{:#}", anon.fetch(&spec("test:adder")).unwrap_err());
    assert!(e.contains("registry `alice`") && e.contains("no credentials configured"), "{e}");

    // A variable that is not set is named.
    let unset = federation(&format!(
        "registries = [{{ name = \"bob\", url = \"{}\", username-env = \"WASM_OCI_T_BOB_USER\", password-env = \"WASM_OCI_T_UNSET_9\" }}]",
        bob.addr
    ));
    let e = format!("{:#}", unset.fetch(&spec("test:other")).unwrap_err());
    assert!(e.contains("WASM_OCI_T_UNSET_9") && e.contains("not set"), "{e}");
}
