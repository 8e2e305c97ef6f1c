//! Registry federation: several registries in a precedence order.
//!
//! Rules (also in the README):
//! - **Resolution.** Registries are asked in the configured order. For `ns:name@V` the first
//!   registry that has tag `V` supplies the artifact. For `ns:name` without a version the
//!   first registry that has *any* version of the package decides, and its newest release
//!   is taken — a lower-precedence registry cannot shadow it with a higher version (no
//!   dependency confusion). "Not found" moves on to the next registry; any other failure
//!   (unreachable, authentication, bad answer) stops resolution with that registry's name,
//!   because skipping a registry could silently pick a package from a lower one.
//! - **Conflicts.** The other registries are also asked for the resolved version. One that
//!   holds different wasm bytes (a different layer digest; the manifests differ anyway, by
//!   creation time) is a conflict. Policy `warn` (the default): the higher-precedence
//!   registry wins and the result carries a warning naming both registries and digests.
//!   Policy `error`: resolution fails with the same text.
//! - **Authentication** is per registry (see [`crate::auth`]).
//! - **Publishing** goes to one registry: the one named, else the first. A version that is
//!   already there with different bytes is refused (releases are immutable); the same bytes
//!   are accepted as already published.

use crate::artifact::{self, Artifact, Descriptor};
use crate::auth::AuthConfig;
use crate::distribution::Client;
use crate::identity::PackageIdentity;
use crate::reference::{PackageName, PackageSpec};
use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::path::Path;

/// One configured registry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "RawRegistry")]
pub struct RegistryConfig {
    /// A short name used in messages and `--registry <name>`.
    pub name: String,
    /// `host[:port]` or an `http(s)://` URL.
    pub url: String,
    /// Prefix prepended to `namespace/name` in repository paths (e.g. `team/`).
    #[serde(default)]
    pub prefix: String,
    /// Credentials (environment variable names).
    pub auth: AuthConfig,
}

/// The TOML shape of a registry entry: credentials sit beside the address, and unknown keys
/// (a literal `password = ...`, a typo) are rejected.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawRegistry {
    name: String,
    url: String,
    #[serde(default)]
    prefix: String,
    username_env: Option<String>,
    password_env: Option<String>,
    token_env: Option<String>,
}

impl From<RawRegistry> for RegistryConfig {
    fn from(r: RawRegistry) -> Self {
        Self {
            name: r.name,
            url: r.url,
            prefix: r.prefix,
            auth: AuthConfig { username_env: r.username_env, password_env: r.password_env, token_env: r.token_env },
        }
    }
}

/// What to do when two registries hold different bytes for the same name and version.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictPolicy {
    /// The higher-precedence registry wins; a warning names both.
    #[default]
    Warn,
    /// Resolution fails.
    Error,
}

/// The federation configuration: `registries` in precedence order and the conflict policy.
///
/// It is read from `[package.metadata.wasm]` in a Cargo.toml or from the top level of a
/// standalone TOML file, with the same keys:
/// ```toml
/// registry-conflict = "warn"   # or "error"
/// registries = [
///   { name = "team", url = "registry.team.example", prefix = "wasm/", username-env = "TEAM_USER", password-env = "TEAM_PASSWORD" },
///   { name = "public", url = "ghcr.io", token-env = "GHCR_TOKEN" },
/// ]
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct FederationConfig {
    /// Registries, highest precedence first.
    #[serde(default)]
    pub registries: Vec<RegistryConfig>,
    /// Conflict policy.
    #[serde(default)]
    pub registry_conflict: ConflictPolicy,
}

impl FederationConfig {
    /// Parses a standalone federation file (keys at the top level).
    pub fn from_toml(text: &str) -> Result<Self> {
        let cfg: Self = toml::from_str(text)?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// Reads a standalone federation file.
    pub fn from_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        Self::from_toml(&text).with_context(|| format!("in {}", path.display()))
    }

    /// Reads `[package.metadata.wasm]` of a Cargo.toml; an absent table gives no registries.
    pub fn from_cargo_manifest(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let doc: toml::Value = toml::from_str(&text).with_context(|| format!("in {}", path.display()))?;
        let Some(wasm) = doc.get("package").and_then(|p| p.get("metadata")).and_then(|m| m.get("wasm")) else {
            return Ok(Self::default());
        };
        #[derive(Deserialize)]
        #[serde(rename_all = "kebab-case")]
        struct Keys {
            #[serde(default)]
            registries: Vec<RegistryConfig>,
            #[serde(default)]
            registry_conflict: ConflictPolicy,
        }
        let keys: Keys = wasm
            .clone()
            .try_into()
            .with_context(|| format!("in [package.metadata.wasm] of {}", path.display()))?;
        let cfg = Self { registries: keys.registries, registry_conflict: keys.registry_conflict };
        cfg.validate().with_context(|| format!("in [package.metadata.wasm] of {}", path.display()))?;
        Ok(cfg)
    }

    /// Checks names are unique and each registry's auth keys make sense.
    pub fn validate(&self) -> Result<()> {
        for (i, r) in self.registries.iter().enumerate() {
            if self.registries[..i].iter().any(|o| o.name == r.name) {
                bail!("registry name `{}` is configured twice", r.name);
            }
            r.auth.validate(&r.name)?;
            if !r.prefix.is_empty() && !r.prefix.ends_with('/') {
                bail!("registry `{}`: prefix `{}` must end with `/`", r.name, r.prefix);
            }
        }
        Ok(())
    }
}

/// A conflict: the same name and version with different bytes in two registries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// `ns:name@version`.
    pub package: String,
    /// The registry that won (higher precedence) and its layer digest.
    pub winner: (String, String),
    /// The other registry and its layer digest.
    pub other: (String, String),
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} differs between registries `{}` ({}) and `{}` ({}); using `{}` (higher precedence)",
            self.package, self.winner.0, self.winner.1, self.other.0, self.other.1, self.winner.0
        )
    }
}

/// Where a package version was found.
#[derive(Debug, Clone)]
pub struct Resolution {
    /// The registry that supplies it.
    pub registry: String,
    /// `host[:port]/repository:tag`.
    pub reference: String,
    /// The resolved version.
    pub version: semver::Version,
    /// The manifest digest in that registry.
    pub manifest_digest: String,
    /// The wasm layer.
    pub layer: Descriptor,
    /// Conflicts found (policy `warn`).
    pub warnings: Vec<Conflict>,
}

/// A fetched package.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where it came from.
    pub resolution: Resolution,
    /// The wasm bytes (digest-checked).
    pub wasm: Vec<u8>,
}

/// The result of a publish.
#[derive(Debug, Clone)]
pub struct Published {
    /// The registry written to.
    pub registry: String,
    /// `host[:port]/repository:tag`.
    pub reference: String,
    /// The manifest digest.
    pub manifest_digest: String,
    /// The wasm layer digest.
    pub layer_digest: String,
    /// True when that exact wasm was already published under this version.
    pub already_present: bool,
}

/// Configured registries with clients.
#[derive(Debug)]
pub struct Federation {
    registries: Vec<(RegistryConfig, Client)>,
    policy: ConflictPolicy,
}

impl Federation {
    /// Builds clients for every configured registry.
    pub fn new(config: FederationConfig) -> Result<Self> {
        config.validate()?;
        let registries = config
            .registries
            .into_iter()
            .map(|r| Client::new(&r.name, &r.url, r.auth.clone()).map(|c| (r, c)))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self { registries, policy: config.registry_conflict })
    }

    /// A federation of one anonymous registry named after its address (for `--registry <url>`).
    pub fn single(url: &str) -> Result<Self> {
        Self::new(FederationConfig {
            registries: vec![RegistryConfig { name: url.to_string(), url: url.to_string(), prefix: String::new(), auth: AuthConfig::default() }],
            registry_conflict: ConflictPolicy::Warn,
        })
    }

    /// The registry names in precedence order.
    pub fn names(&self) -> Vec<&str> {
        self.registries.iter().map(|(r, _)| r.name.as_str()).collect()
    }

    fn lookup(&self, name: Option<&str>) -> Result<&(RegistryConfig, Client)> {
        match name {
            None => self.registries.first().context("no registry configured: pass --registry <url> or add `registries` to [package.metadata.wasm]"),
            Some(n) => self.registries.iter().find(|(r, _)| r.name == n).with_context(|| {
                format!("no registry named `{n}` (configured: {})", self.names().join(", "))
            }),
        }
    }

    /// Publishes `wasm` as `id` to the registry named `registry` (default: the first).
    pub fn publish(&self, wasm: Vec<u8>, id: &PackageIdentity, registry: Option<&str>) -> Result<Published> {
        let (cfg, client) = self.lookup(registry)?;
        let repo = id.name.repository(&cfg.prefix);
        let tag = id.version.to_string();
        let art = Artifact::build(wasm, id, artifact::created_now())?;
        let layer_digest = art.manifest.layers[0].digest.clone();
        let reference = format!("{}/{repo}:{tag}", client.host());
        if let Some((existing, _, digest)) = client.pull_manifest(&repo, &tag)? {
            let existing_layer = existing.wasm_layer().map(|l| l.digest.clone()).unwrap_or_default();
            if existing_layer == layer_digest {
                return Ok(Published { registry: cfg.name.clone(), reference, manifest_digest: digest, layer_digest, already_present: true });
            }
            bail!(
                "{}@{tag} is already published in registry `{}` with different content ({existing_layer}, this build is {layer_digest}): releases are immutable, bump the version",
                id.name,
                cfg.name
            );
        }
        let manifest_digest = client.push(&repo, &tag, &art)?;
        Ok(Published { registry: cfg.name.clone(), reference, manifest_digest, layer_digest, already_present: false })
    }

    /// The semver tags of `name` in each registry, in precedence order (registries without the
    /// package are listed with no versions). Non-semver tags are left out.
    pub fn versions(&self, name: &PackageName) -> Result<Vec<(String, Vec<semver::Version>)>> {
        self.registries
            .iter()
            .map(|(cfg, client)| {
                let mut vs: Vec<semver::Version> =
                    client.list_tags(&name.repository(&cfg.prefix))?.iter().filter_map(|t| semver::Version::parse(t).ok()).collect();
                vs.sort();
                Ok((cfg.name.clone(), vs))
            })
            .collect()
    }

    /// Resolves a spec to one registry's release, following the precedence and conflict rules.
    pub fn resolve(&self, spec: &PackageSpec) -> Result<Resolution> {
        if self.registries.is_empty() {
            bail!("no registry configured: pass --registry <url> or add `registries` to [package.metadata.wasm]");
        }
        let version = match &spec.version {
            Some(v) => v.clone(),
            None => self.newest_in_first_holder(&spec.name)?,
        };
        let tag = version.to_string();
        let mut found: Option<Resolution> = None;
        let mut warnings = Vec::new();
        for (cfg, client) in &self.registries {
            let repo = spec.name.repository(&cfg.prefix);
            let Some((manifest, _, digest)) = client.pull_manifest(&repo, &tag)? else { continue };
            let layer = manifest
                .wasm_layer()
                .with_context(|| format!("registry `{}`: {repo}:{tag}", cfg.name))?
                .clone();
            match &found {
                None => {
                    found = Some(Resolution {
                        registry: cfg.name.clone(),
                        reference: format!("{}/{repo}:{tag}", client.host()),
                        version: version.clone(),
                        manifest_digest: digest,
                        layer,
                        warnings: vec![],
                    })
                }
                Some(win) if win.layer.digest != layer.digest => {
                    let conflict = Conflict {
                        package: format!("{}@{tag}", spec.name),
                        winner: (win.registry.clone(), win.layer.digest.clone()),
                        other: (cfg.name.clone(), layer.digest.clone()),
                    };
                    if self.policy == ConflictPolicy::Error {
                        bail!(
                            "{} differs between registries `{}` ({}) and `{}` ({}) and registry-conflict = \"error\"",
                            conflict.package,
                            conflict.winner.0,
                            conflict.winner.1,
                            conflict.other.0,
                            conflict.other.1
                        );
                    }
                    warnings.push(conflict);
                }
                Some(_) => {}
            }
        }
        let mut res = found.with_context(|| format!("{}@{tag} is not in any registry ({})", spec.name, self.names().join(", ")))?;
        res.warnings = warnings;
        Ok(res)
    }

    /// The newest stable version (else the newest pre-release) in the first registry that has
    /// the package at all.
    fn newest_in_first_holder(&self, name: &PackageName) -> Result<semver::Version> {
        for (cfg, client) in &self.registries {
            let tags = client.list_tags(&name.repository(&cfg.prefix))?;
            let versions: Vec<semver::Version> = tags.iter().filter_map(|t| semver::Version::parse(t).ok()).collect();
            let stable = versions.iter().filter(|v| v.pre.is_empty()).max();
            if let Some(v) = stable.or_else(|| versions.iter().max()) {
                return Ok(v.clone());
            }
        }
        bail!("package {name} is not in any registry ({})", self.names().join(", "))
    }

    /// Resolves and downloads a package; the bytes are checked against the layer digest.
    pub fn fetch(&self, spec: &PackageSpec) -> Result<Fetched> {
        let resolution = self.resolve(spec)?;
        let (cfg, client) = self.lookup(Some(&resolution.registry))?;
        let wasm = client.pull_blob(&spec.name.repository(&cfg.prefix), &resolution.layer)?;
        Ok(Fetched { resolution, wasm })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standalone_files_parse_in_order() {
        let cfg = FederationConfig::from_toml(
            r#"
registry-conflict = "error"
[[registries]]
name = "team"
url = "127.0.0.1:5000"
prefix = "wasm/"
username-env = "TEAM_USER"
password-env = "TEAM_PASSWORD"
[[registries]]
name = "public"
url = "https://ghcr.io"
token-env = "GHCR_TOKEN"
"#,
        )
        .unwrap();
        assert_eq!(cfg.registry_conflict, ConflictPolicy::Error);
        assert_eq!(cfg.registries.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["team", "public"]);
        assert_eq!(cfg.registries[0].auth.username_env.as_deref(), Some("TEAM_USER"));
        assert_eq!(cfg.registries[1].auth.token_env.as_deref(), Some("GHCR_TOKEN"));
    }

    #[test]
    fn cargo_metadata_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Cargo.toml");
        std::fs::write(
            &path,
            r#"[package]
name = "x"
version = "0.1.0"
[package.metadata.wasm]
host = "browser"
registries = [{ name = "a", url = "127.0.0.1:1" }, { name = "b", url = "127.0.0.1:2" }]
"#,
        )
        .unwrap();
        let cfg = FederationConfig::from_cargo_manifest(&path).unwrap();
        assert_eq!(cfg.registries.len(), 2);
        assert_eq!(cfg.registry_conflict, ConflictPolicy::Warn);
    }

    #[test]
    fn bad_configs_are_rejected() {
        let dup = "registries = [{ name = \"a\", url = \"x\" }, { name = \"a\", url = \"y\" }]";
        assert!(FederationConfig::from_toml(dup).unwrap_err().to_string().contains("twice"));
        let unknown = "registries = [{ name = \"a\", url = \"x\", password = \"p\" }]";
        assert!(FederationConfig::from_toml(unknown).is_err(), "a literal password key must not be accepted");
        let prefix = "registries = [{ name = \"a\", url = \"x\", prefix = \"p\" }]";
        assert!(FederationConfig::from_toml(prefix).unwrap_err().to_string().contains("end with"));
    }
}
