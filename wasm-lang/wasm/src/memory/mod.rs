//! Linear-memory building blocks: owned views of Pod data ([`View`]) and scoped arenas
//! ([`Arena`], [`scope`]).

#[cfg(feature = "alloc")]
mod arena;
#[cfg(feature = "alloc")]
mod view;

#[cfg(feature = "alloc")]
pub use arena::{Arena, scope};
#[cfg(feature = "alloc")]
pub use view::View;
