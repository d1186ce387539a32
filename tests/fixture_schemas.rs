//! Every reference fixture that describes fields parses into the canonical model, and every
//! fixture that shows submitted values is what our payloads produce.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use connect_widget::dialect::{self, saltedge, tink};
use connect_widget::model::{CredentialSchema, Dialect, FieldError, FieldKind, FieldValue, FieldValues};
use serde_json::json;

fn parse(name: &str) -> CredentialSchema {
    dialect::credential_schema(&fixture(name), None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// (key, label, kind, required) of each field, in display order.
fn shape(schema: &CredentialSchema) -> Vec<(&str, &str, FieldKind, bool)> {
    schema.fields.iter().map(|f| (f.key.as_str(), f.label.as_str(), f.kind, f.required)).collect()
}

#[test]
fn mx_credentials() {
    let schema = parse("mx_credentials_response.json");
    assert_eq!(schema.dialect, Dialect::Mx);
    assert_eq!(shape(&schema), [("CRD-123", "Username", FieldKind::Text, true)]);
}

#[test]
fn saltedge_field_and_option_objects() {
    let schema = dialect::credential_schema(&json!([fixture("saltedge_field_object_example.json")]), None).unwrap();
    assert_eq!(schema.dialect, Dialect::SaltEdge);
    assert_eq!(shape(&schema), [("login", "Username", FieldKind::Text, true)]);
    assert_eq!(schema.fields[0].localized_label.as_deref(), Some("Utilizator"));

    let select = json!([{ "name": "where", "nature": "select", "position": 1,
                          "field_options": [fixture("saltedge_field_option_object_example.json")] }]);
    let option = &dialect::credential_schema(&select, None).unwrap().fields[0].options[0];
    assert_eq!((option.label.as_str(), option.value.as_str(), option.selected), ("Home", "home", true));
}

#[test]
fn saltedge_providers() {
    let bigbank = parse("saltedge_provider_bigbank_us_required_fields.json");
    assert_eq!(shape(&bigbank), [("code", "Pass Code", FieldKind::Text, true)]);

    let another = parse("saltedge_provider_anotherbank_us_select_field.json");
    assert_eq!(
        shape(&another),
        [("password", "Password", FieldKind::Password, true), ("image", "Image", FieldKind::Select, true)]
    );
    let options: Vec<_> = another.fields[1].options.iter().map(|o| (o.label.as_str(), o.value.as_str())).collect();
    assert_eq!(options, [("Home", "home"), ("Car", "car")]);
    assert_eq!(another.fields[1].localized_label.as_deref(), Some("Imagine"));

    let fakebank = parse("saltedge_provider_show_fakebank_interactive_xf.json");
    assert_eq!(
        shape(&fakebank),
        [("login", "Login", FieldKind::Text, true), ("password", "Password", FieldKind::Password, true)]
    );
    assert!(fakebank.instructions.as_deref().unwrap().contains("sms - \"123456\""));
    let interactive =
        saltedge::interactive_fields(&fixture("saltedge_provider_show_fakebank_interactive_xf.json")).unwrap();
    assert_eq!(shape(&interactive), [("sms", "SMS code", FieldKind::Number, true)]);
}

#[test]
fn saltedge_dynamic_selects() {
    let single = parse("saltedge_interactive_fields_dynamic_select_single.json");
    assert_eq!(shape(&single), [("language", "Language", FieldKind::Select, true)]);
    let multiple = parse("saltedge_interactive_fields_dynamic_select_multiple.json");
    assert_eq!(shape(&multiple), [("accounts", "Accounts", FieldKind::MultiSelect, true)]);
}

#[test]
fn tink_providers() {
    let handelsbanken = parse("tink_provider_handelsbanken_bankid_with_fields.json");
    assert_eq!(handelsbanken.dialect, Dialect::Tink);
    assert_eq!(shape(&handelsbanken), [("username", "Personnummer", FieldKind::Text, true)]);
    assert_eq!((handelsbanken.fields[0].min_length, handelsbanken.fields[0].max_length), (Some(12), Some(12)));

    let test_bankid = parse("tink_test_provider_test_successful_bankid.json");
    let ssn = &test_bankid.fields[0];
    assert_eq!((ssn.kind, ssn.hint.as_deref()), (FieldKind::Number, Some("YYYYMMDDNNNN")));
    assert!(!ssn.read_only, "immutable without a value is still editable on creation");
    assert!(test_bankid.instructions.as_deref().unwrap().contains("Mobile BankID"));
    let one = |s: &str| FieldValue::One(s.into());
    assert_eq!(ssn.validate(Some(&one("200012121212"))), Ok(()));
    assert_eq!(ssn.validate(Some(&one("300012121212"))), Err(FieldError::PatternMismatch));
    assert_eq!(ssn.pattern.as_ref().unwrap().error.as_deref(), Some("Please enter a valid social security number."));

    let listed = parse("tink_providers_list_response.json");
    let field = &listed.fields[0];
    assert_eq!(
        (field.kind, field.help.as_deref(), field.hint.as_deref()),
        (FieldKind::Select, Some("Enter your username"), Some("YYYYMMDD-NNNN"))
    );
    assert_eq!((field.min_length, field.max_length), (None, None), "0 means no limit");
}

#[test]
fn tink_supplemental_information_is_decoded_twice() {
    for name in [
        "tink_credentials_awaiting_supplemental_information_optin.json",
        "tink_supplemental_information_optin_fields_decoded.json",
    ] {
        let schema = parse(name);
        assert_eq!(schema.fields.len(), 4, "{name}");
        assert!(schema.fields.iter().all(|f| f.kind == FieldKind::Checkbox && f.pattern.is_none()));
        let isk = &schema.fields[0];
        assert_eq!((isk.key.as_str(), isk.label.as_str()), ("9999-444444444444", "9999-444444444444 ISK"));
        let extra = isk.extra.as_ref().unwrap();
        assert_eq!((extra["accountName"].as_str(), extra["accountType"].as_str()), (Some("ISK"), Some("INVESTMENT")));
        assert_eq!(extra["balance"].as_f64(), Some(123456.0));
        assert_eq!(FieldValues::initial(&schema).get("9999-444444444444"), "false");
    }
}

#[test]
fn an_elided_fixture_is_refused_clearly() {
    let error =
        dialect::credential_schema(&fixture("tink_provider_handelsbanken_capabilities.json"), None).unwrap_err();
    assert_eq!((error.dialect, error.path.as_str(), error.expected.as_str()), ("Tink", "fields[0]", "an object"));
    let error = dialect::credential_schema(&fixture("tink_credentials_get_response.json"), None).unwrap_err();
    assert_eq!(error.path, "fields");
}

/// Values for `schema`: each key set to the given JSON string or list.
fn values(entries: &[(&str, serde_json::Value)]) -> FieldValues {
    let mut values = FieldValues::default();
    for (key, value) in entries {
        match value {
            serde_json::Value::Array(items) => {
                values.set_many(key, items.iter().map(|v| v.as_str().unwrap().to_owned()).collect())
            }
            other => values.set(key, other.as_str().unwrap().to_owned()),
        }
    }
    values
}

#[test]
fn payloads_match_the_reference_requests() {
    let cases = [
        ("saltedge_provider_show_fakebank_interactive_xf.json", None, "saltedge_connection_create_request.json"),
        ("saltedge_provider_bigbank_us_required_fields.json", None, "saltedge_credentials_bigbank_us.json"),
        ("saltedge_provider_anotherbank_us_select_field.json", None, "saltedge_credentials_anotherbank_us.json"),
        (
            "saltedge_interactive_fields_dynamic_select_multiple.json",
            None,
            "saltedge_interactive_request_dynamic_select_multiple.json",
        ),
        (
            "saltedge_interactive_fields_dynamic_select_single.json",
            None,
            "saltedge_interactive_request_dynamic_select_single.json",
        ),
        (
            "saltedge_provider_show_fakebank_interactive_xf.json",
            Some("interactive"),
            "saltedge_interactive_request_sms.json",
        ),
        ("tink_provider_handelsbanken_bankid_with_fields.json", None, "tink_credentials_create_request.json"),
    ];
    for (schema_file, part, request_file) in cases {
        let schema = match part {
            Some(_) => saltedge::interactive_fields(&fixture(schema_file)).unwrap(),
            None => parse(schema_file),
        };
        let request = fixture(request_file);
        let expected = request.pointer("/data/credentials").or(request.get("fields")).unwrap_or(&request).clone();
        let entries: Vec<_> = expected.as_object().unwrap().iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        assert_eq!(
            dialect::credentials_payload(&schema, &values(&entries)),
            expected,
            "{schema_file} → {request_file}"
        );
    }
    let empty = CredentialSchema::new(Dialect::SaltEdge, vec![]);
    let expected = fixture("saltedge_interactive_request_empty_credentials.json")["data"]["credentials"].clone();
    assert_eq!(dialect::credentials_payload(&empty, &FieldValues::default()), expected);

    let mx = parse("mx_credentials_response.json");
    assert_eq!(
        dialect::credentials_payload(&mx, &values(&[("CRD-123", json!("ada"))])),
        json!([{ "guid": "CRD-123", "value": "ada" }])
    );
    let tink = tink::fields(&fixture("tink_supplemental_information_optin_fields_decoded.json")).unwrap();
    let payload = dialect::credentials_payload(&tink, &FieldValues::initial(&tink));
    assert_eq!(payload["9999-222222222222"], "false", "checkboxes are submitted as \"true\"/\"false\"");
}

#[test]
fn a_form_nobody_can_fill_in_is_refused_with_what_is_wrong() {
    let hidden = json!({ "guid": "CRD-H", "label": "Token", "field_type": 7, "value": "x" });
    let cases = [
        (json!({ "credentials": [] }), "at least one field", None),
        (json!([hidden]), "at least one field", None),
        (json!({ "data": { "required_fields": [] } }), "at least one field", None),
        (json!({ "fields": [] }), "at least one field", None),
        (json!([{ "guid": "CRD-1", "field_type": 3 }]), "a label or a name", Some("CRD-1")),
        (
            json!([{ "guid": "CRD-1", "label": "  ", "field_name": "", "field_type": 1 }]),
            "a label or a name",
            Some("CRD-1"),
        ),
    ];
    for (document, expected, field) in cases {
        let error = dialect::credential_schema(&document, None).unwrap_err();
        assert!(error.to_string().contains(expected), "{document}: {error}");
        assert_eq!(error.field.as_deref(), field, "{document}");
    }
    // A label from the field's name is enough.
    let named = dialect::credential_schema(&json!([{ "guid": "CRD-1", "field_name": "LOGIN", "field_type": 3 }]), None);
    assert_eq!(named.unwrap().fields[0].label, "LOGIN");
}
