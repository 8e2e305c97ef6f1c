//! Core module -> component (wit-component + the WASI preview1 reactor adapter), and
//! composition of components (wasm-compose).

use anyhow::{Context, Result};
use std::path::Path;

/// Wraps a wasm32-wasip1 core module carrying a `component-type` section into a component.
pub fn componentize(core: &[u8]) -> Result<Vec<u8>> {
    let adapter = wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME;
    let mut enc = wit_component::ComponentEncoder::default();
    enc.module(core).context("core module has no usable component-type metadata")?;
    enc.validate(true);
    // Only modules that use WASI get the adapter (a C module without libc I/O has none).
    if imports_module(core, adapter)? {
        enc.adapter(adapter, wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER)
            .context("WASI adapter")?;
    }
    enc.encode().context("wit-component could not build the component")
}

fn imports_module(core: &[u8], module: &str) -> Result<bool> {
    for payload in wasmparser::Parser::new(0).parse_all(core) {
        if let wasmparser::Payload::ImportSection(reader) = payload? {
            for imp in reader.into_imports() {
                if imp?.module == module {
                    return Ok(true);
                }
            }
        }
    }
    Ok(false)
}

/// Embeds the `component-type` section for `world` of the WIT at `wit` into a core module
/// built without WasmRust's macros (the C provider).
pub fn embed_wit(core: &mut Vec<u8>, wit: &Path, world: &str) -> Result<()> {
    let mut resolve = wit_parser::Resolve::new();
    let (pkg, _) = resolve.push_path(wit)?;
    let world = resolve.select_world(&[pkg], Some(world))?;
    wit_component::embed_component_metadata(core, &resolve, world, wit_component::StringEncoding::UTF8, false)
}

/// Plugs `provider`'s exports into `root`'s matching imports; the result imports only what
/// neither satisfies (WASI).
pub fn compose(root: &[u8], provider: &[u8]) -> Result<Vec<u8>> {
    let dir = tempfile::tempdir()?;
    let root_path = dir.path().join("root.wasm");
    let provider_path = dir.path().join("provider.wasm");
    std::fs::write(&root_path, root)?;
    std::fs::write(&provider_path, provider)?;
    let config = wasm_compose::config::Config {
        dir: dir.path().to_path_buf(),
        definitions: vec![provider_path],
        ..Default::default()
    };
    wasm_compose::composer::ComponentComposer::new(&root_path, &config)
        .compose()
        .context("wasm-compose failed")
}

/// Validates a component with every wasm feature wasmparser knows (component model included).
pub fn validate(bytes: &[u8]) -> Result<()> {
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(bytes)
        .map(|_| ())
        .context("wasmparser rejects the component")
}

/// Reads a file with context.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}
