//! What a wasm binary is (component, core module, binary WIT package) and which package name
//! and version it carries.
//!
//! The name comes from the component's `component-name` (its name section, which
//! `wasm-tools metadata add --name` and `wasm-metadata` write) when it has the `namespace:name`
//! form, else from the binary WIT package it encodes. The version comes from the `version`
//! custom section (the OCI-annotation metadata `wasm-metadata` writes), else from the WIT
//! package's version. An explicit name or version given by the caller wins.

use crate::reference::{PackageName, parse_version};
use anyhow::{Context, Result, bail};
use wit_parser::decoding::{DecodedWasm, decode};

/// The kind of wasm binary being published; it decides the config's `os` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WasmKind {
    /// A component (config `os` = `wasip2`).
    Component,
    /// A binary-encoded WIT package, itself a component (config `os` = `wasip2`).
    WitPackage,
    /// A core module (config `os` = `wasip1`, no component section).
    Module,
}

/// The package a binary will be published as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageIdentity {
    /// `namespace:name`.
    pub name: PackageName,
    /// The release version (the OCI tag).
    pub version: semver::Version,
}

/// Metadata read from a binary, before the caller's overrides are applied.
#[derive(Debug, Clone, Default)]
pub struct EmbeddedIdentity {
    /// The `component-name` / module name, verbatim.
    pub name: Option<String>,
    /// The `version` custom section, verbatim.
    pub version: Option<String>,
    /// `namespace:name[@version]` of the WIT package, for binary WIT packages.
    pub wit_package: Option<(String, Option<semver::Version>)>,
    /// Human-readable description, if any (becomes an OCI annotation).
    pub description: Option<String>,
    /// Authors, licenses, source and homepage, if any (become OCI annotations).
    pub authors: Option<String>,
    /// SPDX license expression.
    pub licenses: Option<String>,
    /// Source repository URL.
    pub source: Option<String>,
    /// Homepage URL.
    pub homepage: Option<String>,
}

/// Classifies a binary; errors when it is not wasm at all.
pub fn kind_of(bytes: &[u8]) -> Result<WasmKind> {
    if wasmparser::Parser::is_core_wasm(bytes) {
        return Ok(WasmKind::Module);
    }
    if !wasmparser::Parser::is_component(bytes) {
        bail!("not a WebAssembly binary (no wasm magic number and version)");
    }
    // A WIT package is a component whose only content is type exports; the decoder tells.
    Ok(match decode(bytes) {
        Ok(DecodedWasm::WitPackage(..)) => WasmKind::WitPackage,
        _ => WasmKind::Component,
    })
}

/// Reads the name, version and descriptive metadata embedded in a binary.
pub fn embedded(bytes: &[u8]) -> Result<EmbeddedIdentity> {
    let payload = wasm_metadata::Payload::from_binary(bytes).context("cannot read the binary's metadata sections")?;
    let meta = payload.metadata();
    let mut id = EmbeddedIdentity {
        name: meta.name.clone(),
        version: meta.version.as_ref().map(|v| v.to_string()),
        description: meta.description.as_ref().map(|v| v.to_string()),
        authors: meta.authors.as_ref().map(|v| v.to_string()),
        licenses: meta.licenses.as_ref().map(|v| v.to_string()),
        source: meta.source.as_ref().map(|v| v.to_string()),
        homepage: meta.homepage.as_ref().map(|v| v.to_string()),
        wit_package: None,
    };
    if wasmparser::Parser::is_component(bytes) {
        if let Ok(DecodedWasm::WitPackage(resolve, pkg)) = decode(bytes) {
            let p = &resolve.packages[pkg].name;
            id.wit_package = Some((format!("{}:{}", p.namespace, p.name), p.version.clone()));
        }
    }
    Ok(id)
}

/// The package identity of `bytes`: the caller's `name`/`version` when given, else what the
/// binary carries. Errors name what is missing and how to supply it.
pub fn identify(bytes: &[u8], name: Option<&str>, version: Option<&str>) -> Result<PackageIdentity> {
    let emb = embedded(bytes)?;
    let name: PackageName = match name {
        Some(n) => n.parse()?,
        None => match (&emb.name, &emb.wit_package) {
            (Some(n), _) if n.contains(':') => n
                .parse()
                .with_context(|| format!("the binary's embedded name `{n}` is not a package name"))?,
            (_, Some((pkg, _))) => pkg.parse()?,
            (Some(n), None) => bail!(
                "the binary is named `{n}`, which has no namespace: publish it as `namespace:{n}` (pass a package name, e.g. `--name my-org:{n}`)"
            ),
            (None, None) => bail!(
                "the binary carries no package name: pass one (e.g. `--name my-org:my-component`) or embed it with `wasm-tools metadata add --name my-org:my-component`"
            ),
        },
    };
    let version = match version {
        Some(v) => parse_version(v)?,
        None => match (&emb.version, &emb.wit_package) {
            (Some(v), _) => parse_version(v).context("in the binary's `version` section")?,
            (None, Some((_, Some(v)))) => v.clone(),
            _ => bail!(
                "the binary carries no version: pass one (e.g. `--version 1.0.0`) or embed it with `wasm-tools metadata add --version 1.0.0`"
            ),
        },
    };
    Ok(PackageIdentity { name, version })
}
