//! Package names (`namespace:name`), package specs (`namespace:name@version`) and how they map
//! to OCI repositories and tags.

use anyhow::{Context, Result, bail};
use std::fmt;
use std::str::FromStr;

/// A package name in the WIT / `wkg` form `namespace:name`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PackageName {
    /// The namespace, e.g. `wasmrust`.
    pub namespace: String,
    /// The name inside the namespace, e.g. `image-filter`.
    pub name: String,
}

impl PackageName {
    /// The OCI repository path of this package under a registry's namespace prefix
    /// (`<prefix><namespace>/<name>`), as `wkg` lays it out.
    pub fn repository(&self, prefix: &str) -> String {
        format!("{prefix}{}/{}", self.namespace, self.name)
    }
}

/// One label of a package name: lowercase kebab-case, which is both a valid WIT identifier and
/// a valid OCI repository path component.
fn check_label(what: &str, label: &str, whole: &str) -> Result<()> {
    let ok = !label.is_empty()
        && label.split('-').all(|word| {
            !word.is_empty()
                && word.starts_with(|c: char| c.is_ascii_lowercase())
                && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
    if !ok {
        bail!("invalid package name `{whole}`: the {what} `{label}` must be lowercase kebab-case (like `my-pkg`)");
    }
    Ok(())
}

impl FromStr for PackageName {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<Self> {
        let Some((namespace, name)) = s.split_once(':') else {
            bail!("invalid package name `{s}`: expected `namespace:name` (like `wasmrust:image-filter`)");
        };
        check_label("namespace", namespace, s)?;
        check_label("name", name, s)?;
        Ok(Self { namespace: namespace.to_string(), name: name.to_string() })
    }
}

impl fmt::Display for PackageName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.namespace, self.name)
    }
}

/// A package with an optional exact version: `namespace:name` or `namespace:name@1.2.3`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageSpec {
    /// The package.
    pub name: PackageName,
    /// The exact version, or `None` for "the newest the resolving registry has".
    pub version: Option<semver::Version>,
}

impl FromStr for PackageSpec {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.split_once('@') {
            None => Ok(Self { name: s.parse()?, version: None }),
            Some((name, version)) => Ok(Self {
                name: name.parse()?,
                version: Some(parse_version(version).with_context(|| format!("in package spec `{s}`"))?),
            }),
        }
    }
}

impl fmt::Display for PackageSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.version {
            Some(v) => write!(f, "{}@{v}", self.name),
            None => write!(f, "{}", self.name),
        }
    }
}

/// Parses a semantic version (the OCI tag of a release).
pub fn parse_version(s: &str) -> Result<semver::Version> {
    semver::Version::parse(s).map_err(|e| anyhow::anyhow!("invalid version `{s}`: {e} (expected semver like 1.2.3)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_repositories() {
        let n: PackageName = "wasmrust:image-filter".parse().unwrap();
        assert_eq!(n.repository(""), "wasmrust/image-filter");
        assert_eq!(n.repository("team/"), "team/wasmrust/image-filter");
        assert_eq!(n.to_string(), "wasmrust:image-filter");
    }

    #[test]
    fn bad_names_are_rejected_with_the_reason() {
        for bad in ["noname", "Upper:case", "a:", ":b", "a:b_c", "a:-b", "a:b:c", "a:1b"] {
            let err = bad.parse::<PackageName>().unwrap_err().to_string();
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn specs_carry_optional_versions() {
        let s: PackageSpec = "a:b@1.2.3".parse().unwrap();
        assert_eq!(s.version, Some(semver::Version::new(1, 2, 3)));
        assert_eq!(s.to_string(), "a:b@1.2.3");
        assert_eq!("a:b".parse::<PackageSpec>().unwrap().version, None);
        assert!(format!("{:#}", "a:b@one".parse::<PackageSpec>().unwrap_err()).contains("invalid version"));
    }
}
