//! A blocking client for the OCI distribution protocol: the requests a wasm artifact needs
//! (blob upload, manifest put/get, blob get, tag listing) and the registry authentication
//! handshake (HTTP basic, or a bearer token from the registry's token endpoint).

use crate::artifact::{self, Artifact, Descriptor, MANIFEST_MEDIA_TYPE, Manifest};
use crate::auth::{AuthConfig, Credentials};
use anyhow::Result;
use base64::Engine as _;
use std::sync::Mutex;
use std::time::Duration;
use ureq::http::{self, Response};

/// The largest blob or manifest read back (a component is far smaller).
const MAX_BODY: u64 = 1 << 30;

/// Registry failures callers may want to tell apart.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// Credentials were missing or rejected.
    #[error("registry `{registry}` rejected the request: authentication failed ({how})")]
    Unauthorized {
        /// The registry's configured name.
        registry: String,
        /// Where the credentials came from (variable names only).
        how: String,
    },
    /// The registry answered with an unexpected status.
    #[error("registry `{registry}`: {method} {path} answered HTTP {status}{detail}")]
    Http {
        /// The registry's configured name.
        registry: String,
        /// HTTP method.
        method: String,
        /// Request path.
        path: String,
        /// HTTP status.
        status: u16,
        /// The OCI error code and message, if the body had them.
        detail: String,
    },
    /// The registry could not be reached.
    #[error("registry `{registry}` ({url}) cannot be reached: {source}")]
    Transport {
        /// The registry's configured name.
        registry: String,
        /// The URL requested.
        url: String,
        /// The transport error.
        source: ureq::Error,
    },
    /// Anything else (bad answers, configuration).
    #[error("registry `{registry}`: {message}")]
    Other {
        /// The registry's configured name.
        registry: String,
        /// What went wrong.
        message: String,
    },
}

/// A client for one registry.
pub struct Client {
    name: String,
    base: String,
    auth: AuthConfig,
    agent: ureq::Agent,
    /// The `Authorization` header value in use, once the registry asked for one.
    authorization: Mutex<Option<String>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("name", &self.name).field("base", &self.base).finish_non_exhaustive()
    }
}

/// Turns a configured registry address into a base URL. `http://` and `https://` are kept;
/// a bare `host[:port]` means https, except loopback hosts, which mean http (as Docker treats
/// `localhost` registries).
pub fn base_url(url: &str) -> Result<String> {
    let url = url.trim_end_matches('/');
    if url.starts_with("http://") || url.starts_with("https://") {
        return Ok(url.to_string());
    }
    if url.is_empty() || url.contains('/') || url.contains(char::is_whitespace) {
        anyhow::bail!("invalid registry address `{url}`: expected `host[:port]` or an http(s):// URL");
    }
    let host = url.rsplit_once(':').map_or(url, |(h, _)| h);
    let loopback = host == "localhost" || host.starts_with("127.") || host == "[::1]";
    Ok(format!("{}://{url}", if loopback { "http" } else { "https" }))
}

/// One parsed `WWW-Authenticate` challenge.
#[derive(Debug, PartialEq, Eq)]
struct Challenge {
    scheme: String,
    params: Vec<(String, String)>,
}

fn parse_challenge(header: &str) -> Challenge {
    let header = header.trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    let mut params = Vec::new();
    let mut rest = rest.trim();
    while let Some((key, after)) = rest.split_once('=') {
        let after = after.trim_start();
        let (value, tail) = if let Some(quoted) = after.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            (&quoted[..end], quoted.get(end + 1..).unwrap_or(""))
        } else {
            after.split_once(',').map_or((after, ""), |(v, t)| (v, t))
        };
        params.push((key.trim().to_ascii_lowercase(), value.to_string()));
        rest = tail.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    }
    Challenge { scheme: scheme.to_ascii_lowercase(), params }
}

/// Percent-encodes a query parameter value.
fn encode_query(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The OCI error code and message of an error body, as ` (CODE: message)`.
fn error_detail(body: &[u8]) -> String {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else { return String::new() };
    let Some(e) = v.get("errors").and_then(|e| e.get(0)) else { return String::new() };
    format!(
        " ({}: {})",
        e.get("code").and_then(|c| c.as_str()).unwrap_or("?"),
        e.get("message").and_then(|c| c.as_str()).unwrap_or("")
    )
}

impl Client {
    /// A client for the registry `name` at `url` (see [`base_url`]) with its credentials.
    pub fn new(name: &str, url: &str, auth: AuthConfig) -> Result<Self> {
        auth.validate(name)?;
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(15)))
            .timeout_per_call(Some(Duration::from_secs(600)))
            .user_agent(concat!("wasm-oci/", env!("CARGO_PKG_VERSION")))
            .build();
        Ok(Self {
            name: name.to_string(),
            base: base_url(url)?,
            auth,
            agent: config.into(),
            authorization: Mutex::new(None),
        })
    }

    /// The registry's configured name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The registry's base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// `host[:port]` of the registry, as it appears in an image reference.
    pub fn host(&self) -> &str {
        self.base.split_once("://").map_or(&self.base, |(_, h)| h)
    }

    fn other(&self, message: impl Into<String>) -> RegistryError {
        RegistryError::Other { registry: self.name.clone(), message: message.into() }
    }

    fn send_once(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
        authorization: Option<&str>,
    ) -> Result<Response<ureq::Body>, RegistryError> {
        let mut b = http::Request::builder().method(method).uri(url);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        if let Some(a) = authorization {
            b = b.header("Authorization", a);
        }
        let result = match body {
            Some(bytes) => b.body(bytes).map_err(|e| self.other(e.to_string())).and_then(|r| Ok(self.agent.run(r))),
            None => b.body(()).map_err(|e| self.other(e.to_string())).and_then(|r| Ok(self.agent.run(r))),
        }?;
        result.map_err(|source| RegistryError::Transport { registry: self.name.clone(), url: url.to_string(), source })
    }

    /// Sends a request, answering the registry's authentication challenge once when it asks.
    fn send(
        &self,
        method: &str,
        path_or_url: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Result<Response<ureq::Body>, RegistryError> {
        let url = if path_or_url.starts_with("http://") || path_or_url.starts_with("https://") {
            path_or_url.to_string()
        } else {
            format!("{}{path_or_url}", self.base)
        };
        let mut current = self.authorization.lock().unwrap().clone();
        if current.is_none() && self.auth.token_env.is_some() {
            // A configured token is sent from the first request on.
            current = Some(self.authorization_for(None)?);
        }
        let mut tried = Vec::new();
        loop {
            let resp = self.send_once(method, &url, headers, body, current.as_deref())?;
            if resp.status() != 401 {
                *self.authorization.lock().unwrap() = current;
                return Ok(resp);
            }
            let challenge = resp.headers().get("www-authenticate").and_then(|v| v.to_str().ok()).map(parse_challenge);
            tried.push(current.clone());
            let next = self.authorization_for(challenge.as_ref())?;
            if tried.contains(&Some(next.clone())) || tried.len() > 2 {
                return Err(RegistryError::Unauthorized { registry: self.name.clone(), how: self.auth.describe() });
            }
            current = Some(next);
        }
    }

    /// The `Authorization` header that answers `challenge` (or, with none, the configured token).
    fn authorization_for(&self, challenge: Option<&Challenge>) -> Result<String, RegistryError> {
        let unauthorized = || RegistryError::Unauthorized { registry: self.name.clone(), how: self.auth.describe() };
        let creds = self.auth.resolve(&self.name).map_err(|e| self.other(e.to_string()))?;
        let basic = |u: &str, p: &str| format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}")));
        match (challenge.map(|c| c.scheme.as_str()), &creds) {
            (_, Credentials::Token(t)) => Ok(format!("Bearer {}", t.expose())),
            (Some("basic"), Credentials::Basic { username, password }) => Ok(basic(username, password.expose())),
            (Some("bearer"), _) => {
                let c = challenge.unwrap();
                let param = |k: &str| c.params.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
                let realm = param("realm").ok_or_else(|| self.other("bearer challenge without a realm"))?;
                let mut url = realm.to_string();
                let mut sep = if url.contains('?') { '&' } else { '?' };
                for key in ["service", "scope"] {
                    if let Some(v) = param(key) {
                        url.push_str(&format!("{sep}{key}={}", encode_query(v)));
                        sep = '&';
                    }
                }
                let auth = match &creds {
                    Credentials::Basic { username, password } => Some(basic(username, password.expose())),
                    _ => None,
                };
                let mut resp = self.send_once("GET", &url, &[], None, auth.as_deref())?;
                if resp.status() == 401 || resp.status() == 403 {
                    return Err(unauthorized());
                }
                if resp.status() != 200 {
                    return Err(self.other(format!("token endpoint answered HTTP {}", resp.status())));
                }
                let body = resp.body_mut().read_to_vec().map_err(|e| self.other(e.to_string()))?;
                let v: serde_json::Value =
                    serde_json::from_slice(&body).map_err(|e| self.other(format!("token endpoint answer: {e}")))?;
                let token = v.get("token").or_else(|| v.get("access_token")).and_then(|t| t.as_str());
                token.map(|t| format!("Bearer {t}")).ok_or_else(|| self.other("token endpoint answered without a token"))
            }
            _ => Err(unauthorized()),
        }
    }

    fn read_body(&self, resp: &mut Response<ureq::Body>) -> Result<Vec<u8>, RegistryError> {
        resp.body_mut().with_config().limit(MAX_BODY).read_to_vec().map_err(|e| self.other(format!("reading the answer: {e}")))
    }

    fn unexpected(&self, method: &str, path: &str, mut resp: Response<ureq::Body>) -> RegistryError {
        let body = self.read_body(&mut resp).unwrap_or_default();
        RegistryError::Http {
            registry: self.name.clone(),
            method: method.to_string(),
            path: path.to_string(),
            status: resp.status().as_u16(),
            detail: error_detail(&body),
        }
    }

    /// Checks that the registry speaks the distribution API (`GET /v2/`), authenticating if asked.
    pub fn ping(&self) -> Result<(), RegistryError> {
        let resp = self.send("GET", "/v2/", &[], None)?;
        if resp.status() == 200 { Ok(()) } else { Err(self.unexpected("GET", "/v2/", resp)) }
    }

    /// Whether `repo` already holds the blob `digest`.
    pub fn blob_exists(&self, repo: &str, digest: &str) -> Result<bool, RegistryError> {
        let path = format!("/v2/{repo}/blobs/{digest}");
        let resp = self.send("HEAD", &path, &[], None)?;
        match resp.status().as_u16() {
            200 => Ok(true),
            404 => Ok(false),
            _ => Err(self.unexpected("HEAD", &path, resp)),
        }
    }

    /// Uploads a blob (one POST then one PUT, the monolithic upload), unless it is there already.
    pub fn push_blob(&self, repo: &str, bytes: &[u8]) -> Result<String, RegistryError> {
        let digest = artifact::sha256_digest(bytes);
        if self.blob_exists(repo, &digest)? {
            return Ok(digest);
        }
        let path = format!("/v2/{repo}/blobs/uploads/");
        let resp = self.send("POST", &path, &[("Content-Length", "0")], Some(&[]))?;
        if resp.status() != 202 {
            return Err(self.unexpected("POST", &path, resp));
        }
        let location = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| self.other("upload started without a Location header"))?
            .to_string();
        let sep = if location.contains('?') { '&' } else { '?' };
        let put = format!("{location}{sep}digest={}", encode_query(&digest));
        let len = bytes.len().to_string();
        let resp = self.send(
            "PUT",
            &put,
            &[("Content-Type", "application/octet-stream"), ("Content-Length", &len)],
            Some(bytes),
        )?;
        if resp.status() != 201 {
            return Err(self.unexpected("PUT", &format!("/v2/{repo}/blobs/uploads/…"), resp));
        }
        Ok(digest)
    }

    /// Pushes an artifact's blobs and then its manifest under `tag`; returns the manifest digest.
    pub fn push(&self, repo: &str, tag: &str, art: &Artifact) -> Result<String, RegistryError> {
        self.push_blob(repo, &art.wasm)?;
        self.push_blob(repo, &art.config_bytes)?;
        let path = format!("/v2/{repo}/manifests/{tag}");
        let resp = self.send("PUT", &path, &[("Content-Type", MANIFEST_MEDIA_TYPE)], Some(&art.manifest_bytes))?;
        if resp.status() != 201 {
            return Err(self.unexpected("PUT", &path, resp));
        }
        let digest = art.manifest_digest();
        if let Some(d) = resp.headers().get("docker-content-digest").and_then(|v| v.to_str().ok()) {
            if d != digest {
                return Err(self.other(format!("registry stored the manifest as {d}, expected {digest}")));
            }
        }
        Ok(digest)
    }

    /// Fetches the manifest `reference` (a tag or digest) of `repo`; `None` when the registry
    /// does not have it. Returns the manifest, its bytes and its digest.
    pub fn pull_manifest(&self, repo: &str, reference: &str) -> Result<Option<(Manifest, Vec<u8>, String)>, RegistryError> {
        let path = format!("/v2/{repo}/manifests/{reference}");
        let mut resp = self.send("GET", &path, &[("Accept", MANIFEST_MEDIA_TYPE)], None)?;
        match resp.status().as_u16() {
            200 => {}
            404 => return Ok(None),
            _ => return Err(self.unexpected("GET", &path, resp)),
        }
        let bytes = self.read_body(&mut resp)?;
        let digest = artifact::sha256_digest(&bytes);
        if let Some(d) = resp.headers().get("docker-content-digest").and_then(|v| v.to_str().ok()) {
            if d.starts_with("sha256:") && d != digest {
                return Err(self.other(format!("manifest {repo}:{reference} has digest {digest}, registry says {d}")));
            }
        }
        if reference.starts_with("sha256:") && reference != digest {
            return Err(self.other(format!("manifest {repo}@{reference} has digest {digest}")));
        }
        let manifest: Manifest = serde_json::from_slice(&bytes)
            .map_err(|e| self.other(format!("{repo}:{reference} is not an OCI image manifest: {e}")))?;
        Ok(Some((manifest, bytes, digest)))
    }

    /// Downloads a blob and checks its size and digest.
    pub fn pull_blob(&self, repo: &str, desc: &Descriptor) -> Result<Vec<u8>, RegistryError> {
        let path = format!("/v2/{repo}/blobs/{}", desc.digest);
        let mut resp = self.send("GET", &path, &[], None)?;
        if resp.status() != 200 {
            return Err(self.unexpected("GET", &path, resp));
        }
        let bytes = self.read_body(&mut resp)?;
        let digest = artifact::sha256_digest(&bytes);
        if bytes.len() as u64 != desc.size || digest != desc.digest {
            return Err(self.other(format!(
                "blob {} of {repo} came back as {} bytes with digest {digest}; expected {} bytes",
                desc.digest,
                bytes.len(),
                desc.size
            )));
        }
        Ok(bytes)
    }

    /// Downloads and parses an artifact's pieces: manifest, config and wasm layer.
    pub fn pull(&self, repo: &str, reference: &str) -> Result<Option<Artifact>> {
        let Some((manifest, manifest_bytes, _)) = self.pull_manifest(repo, reference)? else { return Ok(None) };
        let layer = manifest.wasm_layer().map_err(|e| self.other(format!("{repo}:{reference}: {e}")))?.clone();
        let config_bytes = self.pull_blob(repo, &manifest.config)?;
        let wasm = self.pull_blob(repo, &layer)?;
        Ok(Some(Artifact { manifest, manifest_bytes, config_bytes, wasm }))
    }

    /// The tags of `repo` (all pages); empty when the registry does not know the repository.
    pub fn list_tags(&self, repo: &str) -> Result<Vec<String>, RegistryError> {
        let mut tags = Vec::new();
        let mut next = Some(format!("/v2/{repo}/tags/list"));
        while let Some(path) = next.take() {
            let mut resp = self.send("GET", &path, &[], None)?;
            match resp.status().as_u16() {
                200 => {}
                404 => return Ok(tags),
                _ => return Err(self.unexpected("GET", &path, resp)),
            }
            // Pagination: `Link: </v2/...?last=x&n=y>; rel="next"`.
            next = resp
                .headers()
                .get("link")
                .and_then(|v| v.to_str().ok())
                .filter(|l| l.contains("rel=\"next\""))
                .and_then(|l| Some(l[l.find('<')? + 1..l.find('>')?].to_string()));
            let body = self.read_body(&mut resp)?;
            let v: serde_json::Value =
                serde_json::from_slice(&body).map_err(|e| self.other(format!("tag list of {repo}: {e}")))?;
            if let Some(list) = v.get("tags").and_then(|t| t.as_array()) {
                tags.extend(list.iter().filter_map(|t| t.as_str().map(str::to_string)));
            }
        }
        Ok(tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_base_urls() {
        assert_eq!(base_url("127.0.0.1:5000").unwrap(), "http://127.0.0.1:5000");
        assert_eq!(base_url("localhost:5000").unwrap(), "http://localhost:5000");
        assert_eq!(base_url("ghcr.io").unwrap(), "https://ghcr.io");
        assert_eq!(base_url("https://r.example/").unwrap(), "https://r.example");
        assert!(base_url("a b").is_err());
        assert!(base_url("").is_err());
    }

    #[test]
    fn challenges_parse() {
        let c = parse_challenge(r#"Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push""#);
        assert_eq!(c.scheme, "bearer");
        assert_eq!(
            c.params,
            vec![
                ("realm".into(), "https://auth.example/token".into()),
                ("service".into(), "registry.example".into()),
                ("scope".into(), "repository:a/b:pull,push".into()),
            ]
        );
        assert_eq!(parse_challenge(r#"Basic realm="basic-realm""#).scheme, "basic");
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(encode_query("sha256:ab"), "sha256%3Aab");
        assert_eq!(encode_query("repository:a/b:pull,push"), "repository%3Aa%2Fb%3Apull%2Cpush");
    }

    #[test]
    fn oci_error_bodies_are_summarised() {
        assert_eq!(error_detail(br#"{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known"}]}"#), " (NAME_UNKNOWN: repository name not known)");
        assert_eq!(error_detail(b"nope"), "");
    }
}
