//! `wasmrust-sync`: keeps the WasmRust patch queue on upstream rustc.
//!
//! The queue (`patches/series` + `NNNN-*.patch`) is applied to `rustc-src/`, a git repository
//! whose first commit is the pinned upstream tree (tag `upstream/<version>`); each patch is one
//! commit on branch `wasmrust`. `refresh` writes the commits back; `build` turns the checkout
//! into the `wasmrust` rustup toolchain.
//!
//! ## Following upstream
//!
//! `rebase --onto <dir | rustc-*-src.tar.{xz,gz} | git repo --ref <rev>>` hashes the snapshot
//! into rustc-src as the next upstream commit (tag `upstream/<version>`, or
//! `upstream/<version>-git-<date>` for a git commit; packaging such as `debian/` is left out)
//! and replays every queue commit with a git2 three-way merge. A hunk whose target moved is
//! located in the new text (exact pre-image elsewhere, or fuzzy context with the removed lines
//! intact) before anything is called a conflict, and the summary says where it went. A conflict
//! stops with a report (patch, file, hunk, what upstream changed there, what to do next; also in
//! `rustc-src/.git/wasmrust-rebase/conflict.txt`); `--continue`, `--skip --reason` (the patch is
//! kept under `patches/dropped/` with the reason) and `--abort` (branch, work tree, tags,
//! patches/, upstream.toml and the registry exactly as before) work across processes, also after
//! a kill. On success patches/ and upstream.toml are rewritten and the summary gives per-patch
//! outcomes, footprint before and after, and timings. After the import the old and new upstream
//! are scanned for additions colliding with WasmRust names (`wasmrust_migrate::collision`);
//! each becomes a draft entry in `migrate/deprecations.toml`.
//!
//! `upstream-sync` (run by `ci/upstream-sync`) chains rebase, toolchain build and the test
//! suites and writes `upstream-sync.{md,json}`; on full success it leaves a commit on branch
//! `upstream-sync/<label>`. `cargo bench -p wasmrust-sync --bench rebase_time` times import plus
//! replay of the real queue onto rustc 1.85.0 against the git CLI.

pub mod build;
pub mod footprint;
pub mod git;
pub mod import;
pub mod job;
pub mod patchfile;
pub mod pin;
pub mod progress;
pub mod project;
pub mod queue;
pub mod rebase;
pub mod status;
pub mod treebuild;
