//! Crate attribution from DWARF: each compilation unit's code ranges and the crate its name
//! gives (rustc names units `<file>/@/<crate>.<hash>-cgu.N`). Used for functions whose names
//! are missing or are not Rust paths.

use anyhow::Result;
use gimli::{EndianSlice, RunTimeEndian};
use std::collections::HashMap;

/// A compilation unit's code ranges (offsets into the code section) and its crate.
#[derive(Debug, Clone)]
pub struct CodeUnit {
    pub ranges: Vec<(u64, u64)>,
    pub krate: String,
}

/// Reads the code ranges of every compilation unit; empty when there is no DWARF.
pub fn code_units(wasm: &[u8]) -> Result<Vec<CodeUnit>> {
    let mut sections: HashMap<String, &[u8]> = HashMap::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CustomSection(c) = payload? {
            if c.name().starts_with(".debug_") {
                sections.insert(c.name().to_string(), c.data());
            }
        }
    }
    if !sections.contains_key(".debug_info") {
        return Ok(Vec::new());
    }
    let load = |id: gimli::SectionId| -> Result<EndianSlice<'_, RunTimeEndian>, gimli::Error> {
        Ok(EndianSlice::new(sections.get(id.name()).copied().unwrap_or(&[]), RunTimeEndian::Little))
    };
    let dwarf = gimli::Dwarf::load(load)?;
    let mut units = Vec::new();
    let mut iter = dwarf.units();
    while let Some(header) = iter.next()? {
        let unit = dwarf.unit(header)?;
        let Some(name) = unit.name else { continue };
        let name = name.to_string_lossy().into_owned();
        let krate = crate_from_unit_name(&name);
        let mut ranges = Vec::new();
        let mut rs = dwarf.unit_ranges(&unit)?;
        while let Some(r) = rs.next()? {
            if r.begin < r.end {
                ranges.push((r.begin, r.end));
            }
        }
        if !ranges.is_empty() {
            units.push(CodeUnit { ranges, krate });
        }
    }
    Ok(units)
}

/// `library/core/src/lib.rs/@/core.abc-cgu.0` -> `core`; C units -> the C pseudo-crate.
pub fn crate_from_unit_name(name: &str) -> String {
    match name.rsplit_once("/@/") {
        Some((_, rest)) => rest.split(['.', '-']).next().unwrap_or(rest).to_string(),
        None => super::names::NO_CRATE.to_string(),
    }
}

/// The crate of the unit whose code covers `offset`.
pub fn crate_at(units: &[CodeUnit], offset: u64) -> Option<String> {
    units.iter().find(|u| u.ranges.iter().any(|&(b, e)| b <= offset && offset < e)).map(|u| u.krate.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_names() {
        assert_eq!(crate_from_unit_name("library/core/src/lib.rs/@/core.4a3b-cgu.0"), "core");
        assert_eq!(crate_from_unit_name("src/main.rs/@/hello_wasi.7a2c9d-cgu.0"), "hello_wasi");
        assert_eq!(crate_from_unit_name("../../src/malloc.c"), super::super::names::NO_CRATE);
    }
}
