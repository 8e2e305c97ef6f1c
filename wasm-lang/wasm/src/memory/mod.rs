//! Linear-memory building blocks: owned views of Pod data ([`View`]), scoped arenas
//! ([`Arena`], [`scope`]) and host-validated regions ([`Region`], capability `memory_regions`).

#[cfg(feature = "alloc")]
mod arena;
#[cfg(feature = "alloc")]
pub mod region;
#[cfg(feature = "alloc")]
mod view;

#[cfg(feature = "alloc")]
pub use arena::{Arena, scope};
#[cfg(feature = "alloc")]
pub use region::{Access, Region, RegionError};
#[cfg(feature = "alloc")]
pub use view::View;
pub use crate::shared::SharedSlice;
