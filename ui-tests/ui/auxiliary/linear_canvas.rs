//! A library with a linear type, for cross-crate cases.
pub struct Handle(u32);

#[wasm::linear]
pub struct Canvas(Handle);

impl Canvas {
    pub fn open(id: u32) -> Canvas {
        Canvas(Handle(id))
    }
    pub fn close(self) {
        let Canvas(handle) = self;
        let Handle(_id) = handle;
    }
}
