//! The Wasm OCI artifact: an OCI image manifest, a `application/vnd.wasm.config.v0+json`
//! config and one `application/wasm` layer, as the CNCF TAG Runtime "Wasm OCI artifact"
//! layout defines it and `wkg` / `oci-wasm` write it.

use crate::identity::{self, PackageIdentity, WasmKind};
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use wit_parser::decoding::{DecodedWasm, decode};

/// The manifest media type (a plain OCI image manifest).
pub const MANIFEST_MEDIA_TYPE: &str = "application/vnd.oci.image.manifest.v1+json";
/// The config media type; with no `artifactType` in the manifest it is the artifact type.
pub const CONFIG_MEDIA_TYPE: &str = "application/vnd.wasm.config.v0+json";
/// The media type of the single layer, the wasm bytes themselves.
pub const LAYER_MEDIA_TYPE: &str = "application/wasm";

/// OCI annotation keys used on the manifest and the layer.
pub mod annotations {
    /// The layer's file name (`<name>.wasm`), so OCI tools can save it under that name.
    pub const TITLE: &str = "org.opencontainers.image.title";
    /// The package version.
    pub const VERSION: &str = "org.opencontainers.image.version";
    /// Human-readable description.
    pub const DESCRIPTION: &str = "org.opencontainers.image.description";
    /// SPDX license expression.
    pub const LICENSES: &str = "org.opencontainers.image.licenses";
    /// Source repository URL.
    pub const SOURCE: &str = "org.opencontainers.image.source";
    /// Homepage URL.
    pub const URL: &str = "org.opencontainers.image.url";
    /// Authors.
    pub const AUTHORS: &str = "org.opencontainers.image.authors";
}

/// An OCI content descriptor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    /// Media type of the referenced content.
    pub media_type: String,
    /// `sha256:<hex>` of the content.
    pub digest: String,
    /// Size in bytes.
    pub size: u64,
    /// Optional annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// An OCI image manifest (schema version 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// Always 2.
    pub schema_version: u32,
    /// `application/vnd.oci.image.manifest.v1+json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Not written (the config media type is the artifact type); read if a publisher set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
    /// The config blob.
    pub config: Descriptor,
    /// The layers; exactly one `application/wasm` layer for a wasm artifact.
    pub layers: Vec<Descriptor>,
    /// Manifest annotations (version, description, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

impl Manifest {
    /// Checks that this manifest is a Wasm OCI artifact and returns its wasm layer.
    pub fn wasm_layer(&self) -> Result<&Descriptor> {
        if self.config.media_type != CONFIG_MEDIA_TYPE {
            bail!(
                "not a wasm artifact: config media type is `{}`, expected `{CONFIG_MEDIA_TYPE}`",
                self.config.media_type
            );
        }
        match self.layers.as_slice() {
            [layer] if layer.media_type == LAYER_MEDIA_TYPE => Ok(layer),
            [layer] => bail!("not a wasm artifact: layer media type is `{}`, expected `{LAYER_MEDIA_TYPE}`", layer.media_type),
            layers => bail!("not a wasm artifact: {} layers, expected exactly one", layers.len()),
        }
    }
}

/// The `application/vnd.wasm.config.v0+json` config.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WasmConfig {
    /// RFC 3339 creation time.
    pub created: String,
    /// Optional author.
    pub author: Option<String>,
    /// Always `wasm`.
    pub architecture: String,
    /// `wasip2` for components, `wasip1` for core modules.
    pub os: String,
    /// The layers' digests, in manifest order (makes the config, and so its digest, unique).
    pub layer_digests: Vec<String>,
    /// The component's imports and exports (required when `os` is `wasip2`).
    pub component: Option<ComponentInfo>,
}

/// A component's interface, as the config summarises it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ComponentInfo {
    /// Exported interfaces and functions (`ns:pkg/iface@ver` or plain names).
    pub exports: Vec<String>,
    /// Imported interfaces and functions.
    pub imports: Vec<String>,
    /// Optional world the component targets.
    pub target: Option<String>,
}

/// A complete artifact ready to push, or pulled back.
#[derive(Debug, Clone)]
pub struct Artifact {
    /// The manifest.
    pub manifest: Manifest,
    /// The manifest's exact JSON bytes (what the digest is taken over).
    pub manifest_bytes: Vec<u8>,
    /// The config's JSON bytes.
    pub config_bytes: Vec<u8>,
    /// The wasm bytes (the layer).
    pub wasm: Vec<u8>,
}

/// `sha256:<hex>` of `bytes`, the OCI digest form.
pub fn sha256_digest(bytes: &[u8]) -> String {
    let hash = Sha256::digest(bytes);
    let mut s = String::with_capacity(71);
    s.push_str("sha256:");
    for b in hash {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The creation time written into the config: `SOURCE_DATE_EPOCH` when set (reproducible
/// artifacts), else now.
pub fn created_now() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    rfc3339(secs)
}

/// Formats seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

/// The imports and exports of a component (or, for a WIT package, the worlds and interfaces
/// it defines, as exports).
fn component_info(bytes: &[u8]) -> Result<ComponentInfo> {
    match decode(bytes).context("cannot decode the component's WIT interface")? {
        DecodedWasm::Component(resolve, world) => {
            let w = &resolve.worlds[world];
            Ok(ComponentInfo {
                exports: w.exports.keys().map(|k| resolve.name_world_key(k)).collect(),
                imports: w.imports.keys().map(|k| resolve.name_world_key(k)).collect(),
                target: None,
            })
        }
        DecodedWasm::WitPackage(resolve, pkg) => {
            let p = &resolve.packages[pkg];
            let version = p.name.version.as_ref().map(|v| format!("@{v}")).unwrap_or_default();
            let mut exports: Vec<String> = p
                .worlds
                .keys()
                .map(|w| format!("{}:{}/{w}{version}", p.name.namespace, p.name.name))
                .collect();
            exports.extend(p.interfaces.values().filter_map(|id| resolve.id_of(*id)));
            exports.sort();
            Ok(ComponentInfo { exports, imports: vec![], target: None })
        }
    }
}

impl Artifact {
    /// Builds the artifact for `wasm` published as `id`, with `created` as the config's time.
    pub fn build(wasm: Vec<u8>, id: &PackageIdentity, created: String) -> Result<Self> {
        let kind = identity::kind_of(&wasm)?;
        let layer_digest = sha256_digest(&wasm);
        let (os, component) = match kind {
            WasmKind::Module => ("wasip1", None),
            WasmKind::Component | WasmKind::WitPackage => ("wasip2", Some(component_info(&wasm)?)),
        };
        let config = WasmConfig {
            created,
            author: None,
            architecture: "wasm".into(),
            os: os.into(),
            layer_digests: vec![layer_digest.clone()],
            component,
        };
        let config_bytes = serde_json::to_vec(&config)?;

        let emb = identity::embedded(&wasm)?;
        let mut notes = BTreeMap::from([(annotations::VERSION.to_string(), id.version.to_string())]);
        for (key, value) in [
            (annotations::DESCRIPTION, emb.description),
            (annotations::LICENSES, emb.licenses),
            (annotations::SOURCE, emb.source),
            (annotations::URL, emb.homepage),
            (annotations::AUTHORS, emb.authors),
        ] {
            if let Some(v) = value {
                notes.insert(key.to_string(), v);
            }
        }
        let manifest = Manifest {
            schema_version: 2,
            media_type: Some(MANIFEST_MEDIA_TYPE.into()),
            artifact_type: None,
            config: Descriptor {
                media_type: CONFIG_MEDIA_TYPE.into(),
                digest: sha256_digest(&config_bytes),
                size: config_bytes.len() as u64,
                annotations: None,
            },
            layers: vec![Descriptor {
                media_type: LAYER_MEDIA_TYPE.into(),
                digest: layer_digest,
                size: wasm.len() as u64,
                annotations: Some(BTreeMap::from([(
                    annotations::TITLE.to_string(),
                    format!("{}.wasm", id.name.name),
                )])),
            }],
            annotations: Some(notes),
        };
        let manifest_bytes = serde_json::to_vec(&manifest)?;
        Ok(Self { manifest, manifest_bytes, config_bytes, wasm })
    }

    /// The digest of the manifest bytes (what a registry reports as `Docker-Content-Digest`).
    pub fn manifest_digest(&self) -> String {
        sha256_digest(&self.manifest_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_formats_known_instants() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn digest_is_sha256_hex() {
        assert_eq!(sha256_digest(b""), "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    #[test]
    fn a_core_module_becomes_a_wasip1_artifact() {
        let module = b"\0asm\x01\0\0\0".to_vec();
        let id = PackageIdentity { name: "a:b".parse().unwrap(), version: semver::Version::new(0, 1, 0) };
        let art = Artifact::build(module.clone(), &id, rfc3339(0)).unwrap();
        let config: WasmConfig = serde_json::from_slice(&art.config_bytes).unwrap();
        assert_eq!(config.os, "wasip1");
        assert_eq!(config.architecture, "wasm");
        assert_eq!(config.layer_digests, vec![sha256_digest(&module)]);
        assert!(config.component.is_none());
        let layer = art.manifest.wasm_layer().unwrap();
        assert_eq!(layer.size, 8);
        assert_eq!(layer.annotations.as_ref().unwrap()[annotations::TITLE], "b.wasm");
        assert_eq!(art.manifest.annotations.as_ref().unwrap()[annotations::VERSION], "0.1.0");
        // The JSON uses the OCI field names.
        let json: serde_json::Value = serde_json::from_slice(&art.manifest_bytes).unwrap();
        assert_eq!(json["schemaVersion"], 2);
        assert_eq!(json["config"]["mediaType"], CONFIG_MEDIA_TYPE);
        assert_eq!(json["layers"][0]["mediaType"], LAYER_MEDIA_TYPE);
        let cfg: serde_json::Value = serde_json::from_slice(&art.config_bytes).unwrap();
        assert!(cfg.get("layerDigests").is_some());
    }

    #[test]
    fn non_wasm_manifests_are_rejected() {
        let mut m = Manifest {
            schema_version: 2,
            media_type: None,
            artifact_type: None,
            config: Descriptor { media_type: "application/vnd.oci.image.config.v1+json".into(), digest: "sha256:0".into(), size: 0, annotations: None },
            layers: vec![],
            annotations: None,
        };
        assert!(m.wasm_layer().unwrap_err().to_string().contains("config media type"));
        m.config.media_type = CONFIG_MEDIA_TYPE.into();
        assert!(m.wasm_layer().unwrap_err().to_string().contains("0 layers"));
    }
}
