//! Package identity from real components' metadata.

mod support;

use support::component;
use wasm_oci::identity::{self, WasmKind};

#[test]
fn name_and_version_come_from_the_component_metadata() {
    let wasm = component(Some("my-org:adder"), Some("0.3.1"), "x");
    assert_eq!(identity::kind_of(&wasm).unwrap(), WasmKind::Component);
    let id = identity::identify(&wasm, None, None).unwrap();
    assert_eq!((id.name.to_string(), id.version.to_string()), ("my-org:adder".into(), "0.3.1".into()));
    // Explicit values win.
    let id = identity::identify(&wasm, Some("other:pkg"), Some("2.0.0")).unwrap();
    assert_eq!((id.name.to_string(), id.version.to_string()), ("other:pkg".into(), "2.0.0".into()));
}

#[test]
fn missing_metadata_is_explained() {
    let bare = component(None, None, "x");
    let e = identity::identify(&bare, None, None).unwrap_err().to_string();
    assert!(e.contains("no package name") && e.contains("--name"), "{e}");
    let e = identity::identify(&bare, Some("a:b"), None).unwrap_err().to_string();
    assert!(e.contains("no version") && e.contains("--version"), "{e}");
    let plain = component(Some("adder"), Some("1.0.0"), "x");
    let e = identity::identify(&plain, None, None).unwrap_err().to_string();
    assert!(e.contains("no namespace") && e.contains("my-org:adder"), "{e}");
    assert!(identity::identify(b"not wasm", None, None).is_err());
}

#[test]
fn a_binary_wit_package_names_itself() {
    let mut resolve = wit_parser::Resolve::new();
    let pkg = resolve.push_str("p.wit", "package acme:shapes@1.4.0;\ninterface area { square: func(s: f32) -> f32; }\n").unwrap();
    let wasm = wit_component::encode(&resolve, pkg, false).unwrap();
    assert_eq!(identity::kind_of(&wasm).unwrap(), WasmKind::WitPackage);
    let id = identity::identify(&wasm, None, None).unwrap();
    assert_eq!((id.name.to_string(), id.version.to_string()), ("acme:shapes".into(), "1.4.0".into()));
}
