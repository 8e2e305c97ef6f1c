//! Per-registry credentials. The configuration names environment variables, never secrets;
//! values are read only when a registry asks for authentication, and no error or `Debug`
//! output ever contains them.

use anyhow::{Result, bail};
use serde::Deserialize;
use std::fmt;

/// Where a registry's credentials come from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct AuthConfig {
    /// Environment variable holding the basic-auth user name.
    pub username_env: Option<String>,
    /// Environment variable holding the basic-auth password.
    pub password_env: Option<String>,
    /// Environment variable holding a bearer token, sent as is.
    pub token_env: Option<String>,
}

/// A secret string: `Debug` and `Display` print `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// The secret value, for building a request header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Resolved credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// No credentials configured.
    Anonymous,
    /// User name and password (HTTP basic, also used at a bearer token endpoint).
    Basic { username: String, password: Secret },
    /// A bearer token sent with every request.
    Token(Secret),
}

fn read_var(registry: &str, key: &str, var: &str) -> Result<String> {
    match std::env::var(var) {
        Ok(v) if !v.is_empty() => Ok(v),
        Ok(_) => bail!("registry `{registry}`: environment variable {var} ({key}) is empty"),
        Err(_) => bail!("registry `{registry}`: environment variable {var} ({key}) is not set"),
    }
}

impl AuthConfig {
    /// Whether any credentials are configured.
    pub fn is_configured(&self) -> bool {
        self.username_env.is_some() || self.password_env.is_some() || self.token_env.is_some()
    }

    /// Checks the combination of keys (a user name needs a password, a token excludes both).
    pub fn validate(&self, registry: &str) -> Result<()> {
        match (&self.username_env, &self.password_env, &self.token_env) {
            (Some(_), None, _) | (None, Some(_), _) => {
                bail!("registry `{registry}`: username-env and password-env must be given together")
            }
            (Some(_), Some(_), Some(_)) => {
                bail!("registry `{registry}`: give either token-env or username-env/password-env, not both")
            }
            _ => Ok(()),
        }
    }

    /// Reads the credentials from the environment (naming the variable, never its value, when
    /// one is missing).
    pub fn resolve(&self, registry: &str) -> Result<Credentials> {
        self.validate(registry)?;
        if let Some(var) = &self.token_env {
            return Ok(Credentials::Token(Secret(read_var(registry, "token-env", var)?)));
        }
        match (&self.username_env, &self.password_env) {
            (Some(u), Some(p)) => Ok(Credentials::Basic {
                username: read_var(registry, "username-env", u)?,
                password: Secret(read_var(registry, "password-env", p)?),
            }),
            _ => Ok(Credentials::Anonymous),
        }
    }

    /// A human description of where the credentials come from, for error messages.
    pub fn describe(&self) -> String {
        match (&self.username_env, &self.password_env, &self.token_env) {
            (_, _, Some(t)) => format!("token from ${t}"),
            (Some(u), Some(p), _) => format!("user from ${u}, password from ${p}"),
            _ => "no credentials configured (set username-env/password-env or token-env)".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let c = Credentials::Basic { username: "u".into(), password: Secret("hunter2".into()) };
        assert!(!format!("{c:?}").contains("hunter2"));
    }

    #[test]
    fn missing_variables_are_named() {
        let a = AuthConfig { token_env: Some("WASM_OCI_TEST_SURELY_UNSET".into()), ..Default::default() };
        let e = a.resolve("r").unwrap_err().to_string();
        assert!(e.contains("WASM_OCI_TEST_SURELY_UNSET") && e.contains("`r`"), "{e}");
    }

    #[test]
    fn half_basic_auth_is_rejected() {
        let a = AuthConfig { username_env: Some("U".into()), ..Default::default() };
        assert!(a.validate("r").unwrap_err().to_string().contains("together"));
    }
}
