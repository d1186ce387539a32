//! Institutions as a host forwards its vendor's own providers (the reference samples): Salt Edge's
//! and Tink's, read with their names, codes, logos, home pages and instructions.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use connect_widget::dialect::mx;
use connect_widget::model::{Institution, Unavailable};
use serde_json::json;

/// (guid, code, name, logo, url, supports OAuth) of an institution.
fn summary(institution: &Institution) -> (&str, &str, &str, Option<&str>, Option<&str>, bool) {
    (
        &institution.guid,
        &institution.code,
        &institution.name,
        institution.logo_url.as_deref(),
        institution.url.as_deref(),
        institution.supports_oauth,
    )
}

#[test]
fn salt_edge_providers_are_known_by_their_code_with_their_logo() {
    let list = mx::institutions(&fixture("saltedge_providers_list_response.json")).unwrap();
    assert_eq!(
        list.iter().map(summary).collect::<Vec<_>>(),
        [(
            "fakebank_image_xf",
            "fakebank_image_xf",
            "Fake Bank with Image",
            Some("https://cdn.com/logos/providers/xf/fake.svg"),
            Some("http://example.com"),
            false
        )]
    );
    assert_eq!(list[0].instructions.as_deref(), Some("Please fill in all the fields."));
    let shown = mx::institution(&fixture("saltedge_provider_show_fakebank_interactive_xf.json")).unwrap();
    assert_eq!(shown.guid, "fakebank_interactive_xf");
    assert!(shown.logo_url.unwrap().ends_with("/fakebank_interactive_xf.svg"));
    assert!(shown.instructions.unwrap().starts_with("Valid credentials for this provider are:"));
    assert_eq!(shown.unavailable, None, "status active");
    let oauth = mx::institution(&json!({ "data": { "code": "bank_oauth_xf", "name": "OAuth Bank", "mode": "oauth" } }));
    assert!(oauth.unwrap().supports_oauth, "Salt Edge mode oauth");
}

#[test]
fn tink_providers_are_named_by_display_name_with_their_icon() {
    let list = mx::institutions(&fixture("tink_providers_list_response.json")).unwrap();
    assert_eq!(
        list.iter().map(summary).collect::<Vec<_>>(),
        [("string", "string", "Handelsbanken", Some("string"), None, false)]
    );
    let one = mx::institution(&fixture("tink_provider_handelsbanken_bankid_with_fields.json")).unwrap();
    assert_eq!((one.guid.as_str(), one.name.as_str()), ("handelsbanken-bankid", "Handelsbanken"));
    let status = |status: &str| {
        mx::institution(&json!({ "name": "x-bankid", "displayName": "X", "status": status })).unwrap().unavailable
    };
    assert_eq!(status("ENABLED"), None);
    for down in ["DISABLED", "TEMPORARY_DISABLED", "OBSOLETE"] {
        assert_eq!(status(down), Some(Unavailable::Down), "{down}");
    }
}

#[test]
fn an_institution_without_guid_or_code_is_refused_by_name() {
    let error = mx::institutions(&json!({ "data": [{ "name": "Nameless" }] })).unwrap_err();
    assert_eq!(error.path, "institutions[0].guid");
}
