//! Writes a component's WIT world into the cargo target directory (`<target>/wit/<name>.wit`),
//! atomically (temp file + rename) and only when it changed.

use std::path::PathBuf;

/// Where generated WIT goes: `$WASM_WIT_DIR`, else `$CARGO_TARGET_DIR/wit`, else the target
/// directory this macro crate was built in.
pub fn wit_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("WASM_WIT_DIR") {
        return Some(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("CARGO_TARGET_DIR") {
        let d = PathBuf::from(d);
        let d = if d.is_relative() {
            PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?).join(d)
        } else {
            d
        };
        return Some(d.join("wit"));
    }
    option_env!("WASM_MACROS_TARGET_DIR").map(|d| PathBuf::from(d).join("wit"))
}

/// Writes `text` as `<dir>/<file_name>`; returns the path written.
pub fn write(file_name: &str, text: &str) -> Result<PathBuf, String> {
    let dir = wit_dir().ok_or("cannot tell where the cargo target directory is (set WASM_WIT_DIR)")?;
    let path = dir.join(file_name);
    if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {}: {e}", path.display())
    })?;
    Ok(path)
}
