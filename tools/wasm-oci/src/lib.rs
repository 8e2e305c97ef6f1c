//! Publish and fetch WebAssembly components in OCI registries.
//!
//! The artifact layout is the CNCF "Wasm OCI artifact" layout that `wkg` and the `oci-wasm`
//! crate use: an OCI image manifest whose config has media type
//! `application/vnd.wasm.config.v0+json` (that config media type is the artifact type) and a
//! single `application/wasm` layer holding the component bytes. A package `namespace:name` at
//! version `V` lives at `<registry>/<prefix><namespace>/<name>:<V>`.
//!
//! Several registries can be configured in a precedence order ([`Federation`]): see the crate
//! README for the resolution, conflict and authentication rules.

pub mod artifact;
pub mod auth;
pub mod distribution;
pub mod federation;
pub mod identity;
pub mod reference;

pub use artifact::{Artifact, Descriptor, Manifest, WasmConfig};
pub use distribution::{Client, RegistryError};
pub use federation::{
    ConflictPolicy, Conflict, Federation, FederationConfig, Fetched, Published, RegistryConfig,
    Resolution,
};
pub use identity::{PackageIdentity, WasmKind};
pub use reference::{PackageName, PackageSpec};
