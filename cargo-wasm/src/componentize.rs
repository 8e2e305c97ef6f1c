//! Core module -> component with wit-component and the WASI preview1 adapter (the same steps
//! `wasm-lang/component-tests` uses to test the examples).

use crate::wasm_info::module_facts;
use anyhow::{Context, Result};
use wasi_preview1_component_adapter_provider as adapters;

/// Wraps a core module into a component. Modules importing `wasi_snapshot_preview1` get the
/// adapter: the command one when the module exports `_start`, the reactor one otherwise.
/// A module without `component-type` metadata becomes a component with only WASI in its world.
pub fn componentize(core: &[u8]) -> Result<Vec<u8>> {
    let facts = module_facts(core).context("reading the core module")?;
    let mut enc = wit_component::ComponentEncoder::default();
    enc.module(core).context("the core module's component-type metadata is unusable")?;
    enc.validate(true);
    let name = adapters::WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME;
    if facts.import_modules.iter().any(|m| m == name) {
        let adapter = if facts.is_command {
            adapters::WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER
        } else {
            adapters::WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER
        };
        enc.adapter(name, adapter).context("the WASI preview1 adapter")?;
    }
    enc.encode().context("wit-component could not build the component")
}
