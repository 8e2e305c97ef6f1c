//! `wasm::memory::Region` end to end: examples/region-demo (built with the wasmrust toolchain)
//! runs in Wasmtime with the `wasm-host` registry; the host fills and sums regions by id with
//! bounds and access checks, the guest reads them back with its own checks; a host that grants
//! no regions is refused cleanly; and building for a profile without memory regions is a
//! compile-time capability error (E0993).

use anyhow::{Context, Result};
use component_tests::Toolchain;
use component_tests::build::{cargo_wasmrust, examples_target_dir, repo_root, rustup_cargo};
use std::path::PathBuf;
use wasm_host::{RegionPolicy, Regions};
use wasmtime::{Caller, Engine, Extern, Instance, Linker, Module, Store};

fn wt<T>(r: wasmtime::Result<T>) -> Result<T> {
    r.map_err(anyhow::Error::from)
}

fn build() -> Result<PathBuf> {
    let target = examples_target_dir();
    cargo_wasmrust(&repo_root().join("examples"), &target, &["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "region-demo"])?;
    Ok(target.join("wasm32-unknown-unknown/release/region_demo.wasm"))
}

struct Guest {
    store: Store<Regions>,
    instance: Instance,
}

impl Guest {
    fn new(wasm: &PathBuf, policy: RegionPolicy) -> Result<Guest> {
        let engine = Engine::default();
        let module = wt(Module::from_file(&engine, wasm))?;
        let mut linker = Linker::<Regions>::new(&engine);
        wasm_host::add_to_linker(&mut linker, |r| r)?;
        // The host's own functions work on regions by id, never on raw guest pointers.
        wt(linker.func_wrap("host", "fill", |mut c: Caller<'_, Regions>, id: u32, seed: u32| -> i32 {
            let Some(Extern::Memory(mem)) = c.get_export("memory") else { return -100 };
            let (data, regions) = mem.data_and_store_mut(&mut c);
            let Some(info) = regions.get(id) else { return -101 };
            let pattern: Vec<u8> = (0..info.len).map(|i| seed.wrapping_add(i) as u8).collect();
            match regions.write(data, id, 0, &pattern) {
                Ok(()) => 0,
                Err(_) => -102,
            }
        }))?;
        wt(linker.func_wrap("host", "sum", |mut c: Caller<'_, Regions>, id: u32| -> i64 {
            let Some(Extern::Memory(mem)) = c.get_export("memory") else { return -100 };
            let (data, regions) = mem.data_and_store_mut(&mut c);
            let Some(info) = regions.get(id) else { return -101 };
            match regions.read(data, id, 0, info.len as u64) {
                Ok(b) => b.iter().map(|&x| x as i64).sum(),
                Err(_) => -102,
            }
        }))?;
        let mut store = Store::new(&engine, Regions::new(policy));
        let instance = wt(linker.instantiate(&mut store, &module)).context("instantiating region-demo")?;
        Ok(Guest { store, instance })
    }

    fn call<P: wasmtime::WasmParams, R: wasmtime::WasmResults>(&mut self, name: &str, p: P) -> Result<R> {
        let f = wt(self.instance.get_typed_func::<P, R>(&mut self.store, name))?;
        wt(f.call(&mut self.store, p))
    }
}

#[test]
fn host_validated_regions_run_in_wasmtime() -> Result<()> {
    if Toolchain::skip_if_missing("host_validated_regions_run_in_wasmtime") {
        return Ok(());
    }
    let wasm = build()?;
    let mut g = Guest::new(&wasm, RegionPolicy::default())?;
    let id: i32 = g.call("open", (64u32, 3u32))?;
    assert!(id >= 0, "register failed with {id}");
    let info = g.store.data().get(id as u32).expect("the host recorded the region");
    assert_eq!(info.len, 64);
    // Host writes seed, seed+1, ...; guest reads the u32 at offset 8 (bytes 17..=20).
    assert_eq!(g.call::<_, i64>("host_fill_then_read", (9u32, 8u32))?, u32::from_le_bytes([17, 18, 19, 20]) as i64);
    // The guest's bounds check: 4 bytes at offset 61 leave the 64-byte region.
    assert_eq!(g.call::<_, i64>("host_fill_then_read", (9u32, 61u32))?, -6);
    // Guest writes, host reads through its registry.
    assert_eq!(g.call::<_, i64>("guest_write_then_host_sum", (3u32,))?, 3 * 64);
    g.call::<_, ()>("close", ())?;
    assert!(g.store.data().is_empty(), "dropping the Region releases it on the host");

    // A read-only region: the host may not write it.
    let id: i32 = g.call("open", (16u32, 1u32))?;
    assert!(id >= 0);
    assert_eq!(g.call::<_, i64>("host_fill_then_read", (1u32, 0u32))?, -102);
    assert_eq!(g.call::<_, i64>("guest_write_then_host_sum", (2u32,))?, 32);
    g.call::<_, ()>("close", ())?;

    // Limits are the host's: regions larger than it allows are refused (code -4).
    let mut small = Guest::new(&wasm, RegionPolicy { max_bytes: 32, ..RegionPolicy::default() })?;
    assert_eq!(small.call::<_, i32>("open", (64u32, 3u32))?, -4);
    // A host that grants no regions says so (code -1 = RegionError::NotAllowed).
    let mut denied = Guest::new(&wasm, RegionPolicy { allowed: false, ..RegionPolicy::default() })?;
    assert_eq!(denied.call::<_, i32>("open", (64u32, 3u32))?, -1);
    Ok(())
}

#[test]
fn regions_are_a_capability_error_on_profiles_without_them() -> Result<()> {
    if Toolchain::skip_if_missing("regions_are_a_capability_error_on_profiles_without_them") {
        return Ok(());
    }
    let target = examples_target_dir().join("profile-browser");
    let out = rustup_cargo("wasmrust", &repo_root().join("examples"), &target)
        .args(["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "region-demo"])
        .env("RUSTFLAGS", "-Zwasm-host-profile=browser")
        .output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "region-demo built for the browser profile:\n{stderr}");
    assert!(stderr.contains("E0993") && stderr.contains("memory_regions"), "{stderr}");
    Ok(())
}
