//! Rule application: turns the registry's rules into minimal byte-range edits of a file.
//!
//! Rust sources are parsed with syn (spans carry byte offsets); every edit replaces exactly the
//! identifiers a rule changes, so formatting and comments around them stay as they were.

mod cargo;
mod edit;
mod paths;
mod rules;
mod rust;
mod tokens;

pub use cargo::rewrite_manifest;
pub use edit::{Edit, apply_edits};
pub use rules::RuleSet;
pub use rust::{Note, ParseFailure, RustRewrite, line_col, rewrite_rust};
