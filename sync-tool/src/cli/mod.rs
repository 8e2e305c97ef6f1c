//! One module per subcommand: a clap struct and a short `run`.

pub mod apply;
pub mod build;
pub mod footprint;
pub mod init;
pub mod job;
pub mod rebase;
pub mod refresh;
pub mod status;
