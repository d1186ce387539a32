//! The MX adapter against the reference fixtures and against malformed input.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use connect_widget::dialect::mx;
use connect_widget::model::{ConnectionStatus, FieldKind, FieldValues};
use serde_json::json;

#[test]
fn parses_institution_fixtures_wrapped_or_bare() {
    let one = mx::institution(&fixture("mx_institution_response.json")).unwrap();
    assert_eq!(one.name, "Gringotts");
    assert_eq!(one.code, "gringotts");
    assert_eq!(one.popularity, Some(32685));
    assert_eq!(one.forgot_password_url.as_deref(), Some("https:/testbank.com/forgot_password"));
    assert!(!one.supports_oauth);

    let list = mx::institutions(&fixture("mx_institutions_list_response.json")).unwrap();
    assert_eq!(list, vec![one.clone()]);
    let wrapped = mx::institutions(&json!({ "institutions": [fixture("mx_institution_response.json")] }));
    assert_eq!(wrapped.unwrap(), vec![one]);
}

#[test]
fn parses_credentials_fixture() {
    let schema = mx::credentials(&fixture("mx_credentials_response.json")).unwrap();
    assert_eq!(schema.fields.len(), 1);
    let login = &schema.fields[0];
    assert_eq!((login.key.as_str(), login.label.as_str()), ("CRD-123", "Username"));
    assert_eq!(login.kind, FieldKind::Text);
    assert!(login.required);
}

#[test]
fn orders_credentials_and_builds_the_add_member_payload() {
    let schema = mx::credentials(&json!([
        { "guid": "CRD-P", "field_type": 1, "label": "Password", "display_order": 2 },
        { "guid": "CRD-L", "field_type": 3, "label": "Username", "display_order": 1, "optional": false },
    ]))
    .unwrap();
    assert_eq!(schema.fields[1].kind, FieldKind::Password);
    let mut values = FieldValues::default();
    values.set("CRD-L", "ada".into());
    values.set("CRD-P", "secret".into());
    assert_eq!(
        mx::credentials_payload(&schema, &values),
        json!([{ "guid": "CRD-L", "value": "ada" }, { "guid": "CRD-P", "value": "secret" }])
    );
}

#[test]
fn parses_members_and_jobs() {
    let member = mx::member(&fixture("mx_member_response.json")).unwrap();
    assert_eq!(member.guid, "MBR-123");
    assert_eq!(member.connection_status, ConnectionStatus::Connected);
    assert!(member.error.is_none());

    let with_error = mx::member(&fixture("mx_member_response_with_error.json")).unwrap();
    let error = with_error.error.unwrap();
    assert_eq!((error.code, error.user_message.as_deref()), (Some(1000), Some("Test user message.")));

    let job = mx::job(&fixture("mx_job_response.json")).unwrap();
    assert_eq!(
        (job.guid.as_str(), job.status, job.finished_at),
        ("JOB-1", ConnectionStatus::Connected, Some(1682356863))
    );
    assert!(!job.is_running());
    assert_eq!(mx::job_ref(&fixture("mx_run_job_response.json")).unwrap().job_guid.as_deref(), Some("MBR-1"));
}

#[test]
fn malformed_input_names_the_place_and_the_expectation() {
    let cases = [
        (mx::credentials(&json!({ "credentials": "nope" })).unwrap_err(), "credentials", "a list"),
        (
            mx::credentials(&json!([{ "guid": "CRD-1", "field_type": "x" }])).unwrap_err(),
            "credentials[0].field_type",
            "field type code",
        ),
        (
            mx::credentials(&json!([{ "guid": "C", "field_type": 16, "label": "Bank login" }])).unwrap_err(),
            "credentials[0].field_type",
            "not 16 (OAUTH2_URL)",
        ),
        (
            mx::credentials(&json!([{ "guid": "C", "field_type": 14, "label": "Pick" }])).unwrap_err(),
            "credentials[0].options",
            "non-empty list of choices for this IMAGE_OPTIONS field",
        ),
        (mx::institutions(&json!([{ "guid": 5 }])).unwrap_err(), "institutions[0].name", "a string"),
        (
            mx::member(&json!({ "member": { "guid": "M", "connection_status": 99 } })).unwrap_err(),
            "member.connection_status",
            "connection status",
        ),
        (mx::job(&json!(null)).unwrap_err(), "job", "an object"),
    ];
    for (error, path, expected) in cases {
        assert_eq!(error.dialect, "MX");
        assert_eq!(error.path, path);
        assert!(error.expected.contains(expected), "{error}");
    }
}
