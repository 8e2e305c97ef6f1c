//! Failures that mean something to the caller: each maps to its own exit code.

/// Exit codes of `cargo wasm` (also listed in the README).
pub mod exit {
    /// Bad input: a file that is not wasm, a missing file, an invalid setting.
    pub const FAILURE: u8 = 1;
    /// Bad command line (clap's own code).
    pub const USAGE: u8 = 2;
    /// The wasmrust toolchain, a target of it, or an external tool (wasm-opt) is missing.
    pub const MISSING_TOOL: u8 = 3;
    /// `cargo +wasmrust build` failed (compile errors are printed by cargo above).
    pub const BUILD_FAILED: u8 = 4;
    /// `cargo wasm test`: at least one test failed.
    pub const TESTS_FAILED: u8 = 5;
    /// A requested feature is not supported yet.
    pub const UNSUPPORTED: u8 = 6;
    /// `cargo wasm run`: the program trapped (like wasmtime's CLI: 128 + SIGABRT).
    pub const TRAP: u8 = 134;
}

/// A failure with a defined exit code. Other errors exit with [`exit::FAILURE`].
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A tool or toolchain is missing; the message says how to get it.
    #[error("{0}")]
    MissingTool(String),
    /// cargo reported a failed build.
    #[error("{0}")]
    BuildFailed(String),
    /// Some tests failed.
    #[error("{0}")]
    TestsFailed(String),
    /// Not supported yet (named plainly).
    #[error("not supported yet: {0}")]
    Unsupported(String),
    /// The program trapped.
    #[error("{0}")]
    Trap(String),
    /// The program exited with this status; nothing more to print.
    #[error("program exited with status {0}")]
    ProgramExit(i32),
}

/// The exit code for an error.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    match e.downcast_ref::<Failure>() {
        Some(Failure::MissingTool(_)) => exit::MISSING_TOOL,
        Some(Failure::BuildFailed(_)) => exit::BUILD_FAILED,
        Some(Failure::TestsFailed(_)) => exit::TESTS_FAILED,
        Some(Failure::Unsupported(_)) => exit::UNSUPPORTED,
        Some(Failure::Trap(_)) => exit::TRAP,
        Some(Failure::ProgramExit(c)) => u8::try_from(*c & 0xff).unwrap_or(exit::FAILURE),
        None => exit::FAILURE,
    }
}

/// Errors that carry no message of their own (the program already spoke).
pub fn is_silent(e: &anyhow::Error) -> bool {
    matches!(e.downcast_ref::<Failure>(), Some(Failure::ProgramExit(_)))
}
