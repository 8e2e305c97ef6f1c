//! The import string of `#[wasm::import("...")]`.
//!
//! Grammar: `[namespace:]package[/interface]@version`, where `version` is `major.minor` or a
//! full semver. Omitted parts default: namespace `wasmrust`, interface = package name, patch 0.
//! So `"gfx@2.1"` names interface `gfx` of package `wasmrust:gfx@2.1.0`.

use std::fmt;

/// Namespace used when an import string names none.
pub const DEFAULT_NAMESPACE: &str = "wasmrust";

/// A parsed import string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSpec {
    /// WIT package namespace (`wasmrust` unless given).
    pub namespace: String,
    /// WIT package name.
    pub package: String,
    /// Interface inside the package.
    pub interface: String,
    /// Package version.
    pub version: semver::Version,
}

/// Why an import string was rejected (each message fits on one line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSpecError(pub String);

impl fmt::Display for ImportSpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ImportSpecError {}

fn err<T>(msg: impl Into<String>) -> Result<T, ImportSpecError> {
    Err(ImportSpecError(msg.into()))
}

impl ImportSpec {
    /// Parses `[namespace:]package[/interface]@version`.
    pub fn parse(s: &str) -> Result<Self, ImportSpecError> {
        let Some((path, version)) = s.rsplit_once('@') else {
            return err(format!(
                "import `{s}` has no version: write `package@major.minor`, e.g. `gfx@2.1`"
            ));
        };
        if version.is_empty() {
            return err(format!("import `{s}` has an empty version after `@`: write e.g. `{path}@1.0`"));
        }
        let version = parse_version(version).map_err(|why| {
            ImportSpecError(format!("import `{s}` has a malformed version `{version}`: {why}"))
        })?;
        let (namespace, rest) = match path.split_once(':') {
            Some((ns, rest)) => (ns, rest),
            None => (DEFAULT_NAMESPACE, path),
        };
        let (package, interface) = match rest.split_once('/') {
            Some((p, i)) => (p, i),
            None => (rest, rest),
        };
        for (what, id) in [("namespace", namespace), ("package", package), ("interface", interface)] {
            if id.is_empty() {
                return err(format!("import `{s}` has an empty {what} name"));
            }
            if !crate::names::is_valid_wit_id(id) {
                return err(format!(
                    "import `{s}`: `{id}` is not a valid WIT {what} name (lowercase kebab-case words, starting with a letter)"
                ));
            }
        }
        Ok(ImportSpec {
            namespace: namespace.to_string(),
            package: package.to_string(),
            interface: interface.to_string(),
            version,
        })
    }

    /// `wasmrust:gfx@2.1.0`
    pub fn package_id(&self) -> String {
        format!("{}:{}@{}", self.namespace, self.package, self.version)
    }

    /// `wasmrust:gfx/gfx@2.1.0`, the name the component imports.
    pub fn interface_id(&self) -> String {
        format!("{}:{}/{}@{}", self.namespace, self.package, self.interface, self.version)
    }
}

fn parse_version(v: &str) -> Result<semver::Version, String> {
    let parts = v.split('.').count();
    let full = match parts {
        1 => return Err("expected `major.minor` or `major.minor.patch`".into()),
        2 => format!("{v}.0"),
        _ => v.to_string(),
    };
    // semver accepts leading zeros nowhere and requires digits: "x.y" fails here.
    semver::Version::parse(&full).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_form_defaults() {
        let s = ImportSpec::parse("gfx@2.1").unwrap();
        assert_eq!(s.interface_id(), "wasmrust:gfx/gfx@2.1.0");
        assert_eq!(s.package_id(), "wasmrust:gfx@2.1.0");
    }

    #[test]
    fn full_form() {
        let s = ImportSpec::parse("acme:gfx/filters@2.1.3").unwrap();
        assert_eq!(s.namespace, "acme");
        assert_eq!(s.interface, "filters");
        assert_eq!(s.version.to_string(), "2.1.3");
    }

    #[test]
    fn malformed() {
        for (input, needle) in [
            ("gfx", "no version"),
            ("gfx@", "empty version"),
            ("gfx@x.y", "malformed version"),
            ("gfx@2", "major.minor"),
            ("@2.1", "empty package"),
            ("Gfx_x@2.1", "not a valid WIT package name"),
            ("acme:gfx/@2.1", "empty interface"),
        ] {
            let e = ImportSpec::parse(input).unwrap_err().0;
            assert!(e.contains(needle), "{input}: {e}");
        }
    }
}
