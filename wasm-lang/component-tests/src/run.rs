//! Running components in Wasmtime with WASI preview 2 (what the preview1 adapter imports).

use anyhow::{Context, Result};
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// wasmtime's own error type -> anyhow.
fn wt<T>(r: wasmtime::Result<T>) -> Result<T> {
    r.map_err(anyhow::Error::from)
}

struct Host {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

/// An instantiated component.
pub struct Instance {
    store: Store<Host>,
    instance: wasmtime::component::Instance,
}

impl Instance {
    /// Compiles and instantiates `bytes`, providing WASI (stderr inherited for panics).
    pub fn new(bytes: &[u8]) -> Result<Instance> {
        let mut config = Config::new();
        config.wasm_component_model(true);
        let engine = wt(Engine::new(&config))?;
        let component = wt(Component::new(&engine, bytes)).context("wasmtime rejects the component")?;
        let mut linker = Linker::<Host>::new(&engine);
        wt(wasmtime_wasi::p2::add_to_linker_sync(&mut linker))?;
        let ctx = WasiCtx::builder().inherit_stderr().build();
        let mut store = Store::new(&engine, Host { ctx, table: ResourceTable::new() });
        let instance = wt(linker.instantiate(&mut store, &component)).context("instantiation failed")?;
        Ok(Instance { store, instance })
    }

    /// Calls the world export `sharpen(pixels, width, height) -> list<u8>`.
    pub fn sharpen(&mut self, pixels: &[u8], width: u32, height: u32) -> Result<Vec<u8>> {
        let f = wt(self
            .instance
            .get_typed_func::<(&[u8], u32, u32), (Vec<u8>,)>(&mut self.store, "sharpen"))
            .context("no export `sharpen: func(list<u8>, u32, u32) -> list<u8>`")?;
        let (out,) = wt(f.call(&mut self.store, (pixels, width, height)))?;
        Ok(out)
    }

    /// Calls `convolve-3x3` of the exported `wasmrust:gfx/gfx@2.1.0` instance.
    pub fn convolve_3x3(&mut self, pixels: &[u8], k: [f32; 9]) -> Result<Vec<u8>> {
        let iface = self
            .instance
            .get_export_index(&mut self.store, None, "wasmrust:gfx/gfx@2.1.0")
            .context("no export wasmrust:gfx/gfx@2.1.0")?;
        let func = self
            .instance
            .get_export_index(&mut self.store, Some(&iface), "convolve-3x3")
            .context("no convolve-3x3 in gfx")?;
        type K = (f32, f32, f32, f32, f32, f32, f32, f32, f32);
        let f = wt(self.instance.get_typed_func::<(&[u8], K), (Vec<u8>,)>(&mut self.store, &func))?;
        let k: K = (k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7], k[8]);
        let (out,) = wt(f.call(&mut self.store, (pixels, k)))?;
        Ok(out)
    }
}
