//! Searching the sandbox catalogue: ranking, paging, countries, the flaky case, a preselected
//! institution.
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::backend::sandbox::{SandboxApi, FLAKY_SEARCH};
use connect_widget::backend::{ApiErrorKind, ConnectApi};
use connect_widget::model::{InstitutionKey, InstitutionQuery};
use futures::executor::block_on;

fn query(search_name: &str, page: u32, per_page: u32) -> InstitutionQuery {
    InstitutionQuery { search_name: search_name.into(), page, per_page, ..InstitutionQuery::default() }
}

#[test]
fn popular_list_starts_with_the_featured_banks() {
    let popular = block_on(SandboxApi::default().load_popular_institutions(10)).unwrap();
    assert_eq!(popular.len(), 10);
    assert_eq!(popular[0].name, "Sandbox Bank");
    assert_eq!(popular[1].name, "Gringotts");
}

#[test]
fn search_is_case_insensitive_paged_and_prefix_first() {
    let api = SandboxApi::default();
    let first = block_on(api.load_institutions(&query("MAPLE", 1, 25))).unwrap();
    assert_eq!(first.len(), 25);
    assert!(first.iter().all(|i| i.name.starts_with("Maple")));
    let second = block_on(api.load_institutions(&query("maple", 2, 25))).unwrap();
    assert_ne!(first[0], second[0]);
    // 400 Maple institutions: 16 full pages, nothing on the 17th.
    assert_eq!(block_on(api.load_institutions(&query("maple", 16, 25))).unwrap().len(), 25);
    assert!(block_on(api.load_institutions(&query("maple", 17, 25))).unwrap().is_empty());

    let places = block_on(api.load_institutions(&query("of denver", 1, 500))).unwrap();
    assert_eq!(places.len(), 400);
    assert!(block_on(api.load_institutions(&query("zzzz", 1, 25))).unwrap().is_empty());
}

#[test]
fn a_country_narrows_the_search_to_its_banks() {
    let api = SandboxApi::default();
    let in_country = |country: Option<&str>| {
        let query = InstitutionQuery { iso_country_code: country.map(Into::into), ..query("fake bank", 1, 50) };
        block_on(api.load_institutions(&query)).unwrap().into_iter().map(|i| i.name).collect::<Vec<_>>()
    };
    let everywhere = in_country(None);
    let fake_country = in_country(Some("XF"));
    assert!(fake_country.contains(&"Fake Bank Simple".to_owned()), "{fake_country:?}");
    assert!(fake_country.len() <= everywhere.len());
    assert!(in_country(Some("US")).iter().all(|name| !fake_country.contains(name)));
    assert!(in_country(Some("GB")).is_empty(), "no sandbox bank in the UK");
}

#[test]
fn the_flaky_search_fails_once_then_works() {
    let api = SandboxApi::default();
    let error = block_on(api.load_institutions(&query(FLAKY_SEARCH, 1, 25))).unwrap_err();
    assert_eq!(error.kind, ApiErrorKind::Status(503));
    assert!(block_on(api.load_institutions(&query(FLAKY_SEARCH, 1, 25))).is_ok());
}

#[test]
fn a_preselected_institution_is_found_by_guid_or_code() {
    let api = SandboxApi::default();
    let by_code = block_on(api.load_institution(&InstitutionKey::Code("gringotts".into()))).unwrap();
    assert_eq!(by_code.name, "Gringotts");
    assert_eq!(block_on(api.load_institution(&InstitutionKey::Guid(by_code.guid.clone()))).unwrap(), by_code);
    let generated = block_on(api.load_institutions(&query("maple", 1, 1))).unwrap().remove(0);
    assert_eq!(
        block_on(api.load_institution(&InstitutionKey::Guid(generated.guid.clone()))).unwrap().name,
        generated.name
    );
    let missing = block_on(api.load_institution(&InstitutionKey::Code("nobody".into()))).unwrap_err();
    assert_eq!(missing.kind, ApiErrorKind::Status(404));
}
