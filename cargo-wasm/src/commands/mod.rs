//! One module per `cargo wasm` command: a clap `Args` struct and a `run` function.

pub mod build;
pub mod run;
pub mod setup;
pub mod size;
pub mod test;
pub mod wit;
pub mod fetch;
pub mod publish;
pub mod serve;
