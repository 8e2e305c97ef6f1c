//! Making the built sysroot usable out of the box: WASI libc with thread stubs, a `rust-lld`
//! that runs the system lld in wasm mode, a toolchain directory with cargo, the rustup link.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use super::Cache;
use crate::pin::Pin;

/// C source of the pthread entry points std needs and Debian's wasi-libc lacks.
pub const THREAD_STUBS_C: &str = include_str!("../../assets/wasi-thread-stubs.c");

/// Lays out the WASI root x.py reads (`lib/<target>/{libc.a, crt1-*.o}`): the system wasi-libc
/// with the thread stubs added for `wasm32-wasip1`, and the threaded wasi-libc named by
/// `[wasi] threads-libc` for `wasm32-wasip1-threads` when the pin builds that target.
pub fn prepare_wasi_root(pin: &Pin, root: &Path) -> Result<()> {
    let libdir = &pin.wasi.libdir;
    if !libdir.join("libc.a").is_file() {
        bail!("{} has no libc.a: install it with `apt-get install {}`", libdir.display(), pin.wasi.package);
    }
    let dest = root.join("lib/wasm32-wasip1");
    copy_files(libdir, &dest)?;
    let c = root.join("wasi-thread-stubs.c");
    let o = root.join("wasi-thread-stubs.o");
    std::fs::write(&c, THREAD_STUBS_C)?;
    let clang = format!("clang-{}", pin.llvm.version);
    run(Command::new(&clang).args(["--target=wasm32-wasip1", "-nostdinc", "-O2", "-c"]).arg(&c).arg("-o").arg(&o), &clang)?;
    let ar = format!("llvm-ar-{}", pin.llvm.version);
    run(Command::new(&ar).arg("rs").arg(dest.join("libc.a")).arg(&o), &ar)?;

    if pin.toolchain.targets.iter().any(|t| t == THREADS_TARGET) {
        let from = threads_libc_dir(pin)?;
        copy_files(&from, &root.join("lib").join(THREADS_TARGET))?;
    }
    Ok(())
}

/// The wasm target with wasi-threads.
pub const THREADS_TARGET: &str = "wasm32-wasip1-threads";

/// Where the threaded wasi-libc is read from (see `[wasi] threads-libc` in upstream.toml).
fn threads_libc_dir(pin: &Pin) -> Result<PathBuf> {
    match pin.wasi.threads_libc {
        None => bail!("upstream.toml builds {THREADS_TARGET} but sets no `[wasi] threads-libc`"),
        Some(crate::pin::ThreadsLibc::Stage0) => {
            let (rustc, _) = stage0(pin)?;
            let sysroot = rustc.parent().and_then(Path::parent).context("stage0 rustc has no toolchain directory")?;
            let dir = sysroot.join("lib/rustlib").join(THREADS_TARGET).join("lib/self-contained");
            if !dir.join("libc.a").is_file() {
                bail!(
                    "the stage0 toolchain has no threaded wasi-libc ({} missing): rustup target add --toolchain {} {THREADS_TARGET}",
                    dir.join("libc.a").display(),
                    pin.stage0.toolchain
                );
            }
            Ok(dir)
        }
    }
}

/// Replaces `dest` with a copy of the plain files in `from`.
fn copy_files(from: &Path, dest: &Path) -> Result<()> {
    if dest.exists() {
        std::fs::remove_dir_all(dest)?;
    }
    std::fs::create_dir_all(dest)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), dest.join(entry.file_name()))
                .with_context(|| format!("copying {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Debian's dfsg source drops the top-level `LICENSE-*` files that rustdoc's static files link
/// to (`src/librustdoc/html/static/LICENSE-{APACHE,MIT}.txt`), and rustdoc's build script
/// embeds them. Restore them in the build mirror from the stage0 toolchain's copies of the same
/// licence texts (`share/doc/rust/licenses/`).
pub fn restore_rustdoc_licenses(pin: &Pin, src: &Path) -> Result<()> {
    let (rustc, _) = stage0(pin)?;
    let licenses = rustc
        .parent()
        .and_then(Path::parent)
        .context("stage0 rustc has no toolchain directory")?
        .join("share/doc/rust/licenses");
    let static_dir = src.join("src/librustdoc/html/static");
    for (name, text) in [("LICENSE-APACHE.txt", "Apache-2.0.txt"), ("LICENSE-MIT.txt", "MIT.txt")] {
        let dest = static_dir.join(name);
        if dest.is_file() {
            continue;
        }
        let from = licenses.join(text);
        std::fs::remove_file(&dest).ok(); // a dangling symlink
        std::fs::copy(&from, &dest)
            .with_context(|| format!("restoring {} from {}", dest.display(), from.display()))?;
    }
    Ok(())
}

/// The stage0 rustc and cargo named by the pin.
pub fn stage0(pin: &Pin) -> Result<(PathBuf, PathBuf)> {
    let which = |tool: &str| -> Result<PathBuf> {
        let out = Command::new("rustup")
            .args(["which", tool, "--toolchain", &pin.stage0.toolchain])
            .output()
            .context("running rustup")?;
        if !out.status.success() {
            bail!(
                "stage0 toolchain {} is not installed: `rustup toolchain install {}`",
                pin.stage0.toolchain,
                pin.stage0.toolchain
            );
        }
        Ok(PathBuf::from(String::from_utf8(out.stdout)?.trim()))
    };
    Ok((which("rustc")?, which("cargo")?))
}

/// Installs the `rust-lld` shim into the sysroot and lays out the toolchain directory
/// (`bin/rustc` from stage1, `bin/cargo` from stage0, `lib` from stage1).
pub fn finish_toolchain(pin: &Pin, cache: &Cache) -> Result<()> {
    let stage1 = cache.stage1();
    if !stage1.join("bin/rustc").is_file() {
        bail!("{} has no bin/rustc: the build did not finish", stage1.display());
    }
    let lld_dir = stage1.join("lib/rustlib/x86_64-unknown-linux-gnu/bin");
    std::fs::create_dir_all(&lld_dir)?;
    let shim = lld_dir.join("rust-lld");
    let script = format!(
        "#!/bin/sh\n# WasmRust: rustc runs `rust-lld -flavor wasm …` for wasm32; the system lld serves it.\nexec {} \"$@\"\n",
        pin.llvm.lld
    );
    if std::fs::read_to_string(&shim).ok().as_deref() != Some(script.as_str()) {
        crate::project::write_atomic(&shim, script.as_bytes())?;
        std::fs::set_permissions(&shim, std::fs::Permissions::from_mode(0o755))?;
    }

    let tc = cache.toolchain();
    std::fs::create_dir_all(tc.join("bin"))?;
    let (_, cargo) = stage0(pin)?;
    let links = [
        (tc.join("bin/rustc"), stage1.join("bin/rustc")),
        (tc.join("bin/rustdoc"), stage1.join("bin/rustdoc")),
        (tc.join("bin/cargo"), cargo),
        (tc.join("lib"), stage1.join("lib")),
    ];
    for (link, target) in links {
        if std::fs::read_link(&link).ok().as_deref() != Some(target.as_path()) {
            std::fs::remove_file(&link).ok();
            std::os::unix::fs::symlink(&target, &link).with_context(|| format!("linking {}", link.display()))?;
        }
    }
    Ok(())
}

/// Writes the compiler's form of `migrate/deprecations.toml` to
/// `lib/rustlib/wasmrust-deprecations.txt`, where the patched rustc reads it. Done on every
/// build, cached or not: the registry changes without the compiler changing.
pub fn install_deprecations(project: &crate::project::Project, cache: &Cache) -> Result<()> {
    let source = project.root.join("migrate/deprecations.toml");
    let registry = wasmrust_migrate::registry::load(&source)
        .with_context(|| format!("loading the deprecation registry {}", source.display()))?;
    let text = wasmrust_migrate::registry::emit(&registry, "migrate/deprecations.toml");
    let dest = cache.stage1().join("lib/rustlib/wasmrust-deprecations.txt");
    if std::fs::read_to_string(&dest).ok().as_deref() != Some(text.as_str()) {
        crate::project::write_atomic(&dest, text.as_bytes())?;
    }
    Ok(())
}

/// `rustup toolchain link <name> <dir>`.
pub fn rustup_link(name: &str, dir: &Path) -> Result<()> {
    run(Command::new("rustup").args(["toolchain", "link", name]).arg(dir), "rustup toolchain link")?;
    eprintln!("linked rustup toolchain `{name}` → {}", dir.display());
    Ok(())
}

/// Whether rustup knows a toolchain called `name`.
pub fn toolchain_linked(name: &str) -> bool {
    Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.split_whitespace().next() == Some(name)))
        .unwrap_or(false)
}

fn run(cmd: &mut Command, what: &str) -> Result<()> {
    let out = cmd.output().with_context(|| format!("running {what}"))?;
    if !out.status.success() {
        bail!("{what} failed: {}", String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("").trim());
    }
    Ok(())
}
