//! Helpers shared by the native test files.
#![allow(dead_code)] // each test binary uses its own subset

use serde_json::Value;

/// Reads a JSON sample from `../shared/fixtures/`.
pub fn fixture(name: &str) -> Value {
    let path = format!("{}/../shared/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
