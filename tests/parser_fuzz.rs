//! Property tests of every parser of untrusted input (see `fuzz/targets.rs`). CI runs
//! `FUZZ_CASES` cases per target (500 by default); `scripts/fuzz.sh` runs a long campaign and
//! prints cases, cases per second and findings per target.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod fuzz;

use fuzz::json::Damage;

#[test]
fn every_parser_survives_untrusted_input() {
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(500);
    let only = std::env::var("FUZZ_TARGET").unwrap_or_default();
    let reports: Vec<_> =
        fuzz::targets::all().iter().filter(|t| t.name.contains(&only)).map(|target| target.run(cases)).collect();
    let table = fuzz::table(&reports);
    println!("{table}");
    assert!(reports.iter().all(|report| report.finding.is_none()), "{table}");
}

/// A damaged Salt Edge provider that once panicked the adapters (found by this fuzzing).
#[test]
fn saved_finding_damaged_saltedge_provider() {
    let mut decisions = vec![0; 64];
    decisions[0] = 12;
    let mut document = common::fixture("saltedge_provider_show_fakebank_interactive_xf.json");
    Damage::saved(decisions).apply(&mut document);
    assert_eq!(fuzz::vendor::schemas(&document), Ok(()));
}
