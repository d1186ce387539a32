//! Every featured sandbox bank connects with the answers its instructions give, refuses a wrong
//! one, and receives the values in its own dialect's shape.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::NoChallenges;
use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::backend::{ApiErrorKind, ConnectApi};
use connect_widget::dialect;
use connect_widget::flow::{Attempt, ConnectOutcome};
use connect_widget::model::{ConnectionStatus, Dialect, FieldKind, FieldValues, MemberData};
use futures::executor::block_on;
use serde_json::Value;

/// A sandbox bank: its guid, its dialect and the answers by field label.
type Bank = (&'static str, Dialect, &'static [(&'static str, &'static str)]);

/// The answers a user reads in each bank's instructions, by field label.
const BANKS: [Bank; 9] = [
    ("INS-SANDBOX-1", Dialect::Mx, &[("Username", "user_good"), ("Password", "pass_good")]),
    (
        "INS-SANDBOX-MXFIELDS",
        Dialect::Mx,
        &[
            ("Username", "user_good"),
            ("Password", "pass_good"),
            ("Account type", "personal"),
            ("Your security picture", "car"),
            ("Token", "123456"),
        ],
    ),
    ("INS-SE-fakebank_simple_xf", Dialect::SaltEdge, &[("Login", "username1"), ("Password", "secret")]),
    (
        "INS-SE-fakebank_select_xf",
        Dialect::SaltEdge,
        &[("Login", "username1"), ("Password", "secret"), ("Image", "car")],
    ),
    ("INS-SE-fakebank_with_token_xf", Dialect::SaltEdge, &[("Login", "username1"), ("Token", "123456")]),
    ("INS-SE-fakebank_with_optional_fields_xf", Dialect::SaltEdge, &[("Login", "username1"), ("Password", "secret")]),
    (
        "INS-SE-fakebank_with_file_csv_xf",
        Dialect::SaltEdge,
        &[("Login", "username1"), ("Statement file", "data:text/csv;base64,YSxi")],
    ),
    ("INS-TINK-test-password", Dialect::Tink, &[("Username", "tink"), ("Password", "tink1234")]),
    (
        "INS-TINK-test-fields",
        Dialect::Tink,
        &[
            ("Social security number", "180012121212"),
            ("Branch", "Malmö"),
            ("I accept the terms of the test bank", "true"),
        ],
    ),
];

fn member_data(api: &SandboxApi, guid: &str, answers: &[(&str, &str)]) -> (Dialect, MemberData) {
    let schema = block_on(api.get_institution_credentials(guid)).unwrap();
    let mut values = FieldValues::initial(&schema);
    for (label, answer) in answers {
        let field =
            schema.fields.iter().find(|f| f.label == *label).unwrap_or_else(|| panic!("{guid}: no field {label}"));
        values.set(&field.key, (*answer).into());
    }
    assert!(
        schema.validate(&values).is_empty(),
        "{guid}: the documented answers are valid: {:?}",
        schema.validate(&values)
    );
    let data = MemberData {
        institution_guid: guid.into(),
        credentials: dialect::credentials_payload(&schema, &values),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    };
    (schema.dialect, data)
}

fn connect(api: &SandboxApi, data: &MemberData) -> ConnectOutcome {
    block_on(common::connection(api, &NoChallenges).run(&Attempt::Create(data.clone()), &mut |_| {})).unwrap()
}

#[test]
fn every_dialect_bank_connects_with_its_documented_answers() {
    let api = SandboxApi::default();
    for (guid, expected_dialect, answers) in BANKS {
        let (dialect, data) = member_data(&api, guid, answers);
        assert_eq!(dialect, expected_dialect, "{guid}");
        let ConnectOutcome::Connected { accounts, .. } = connect(&api, &data) else { panic!("{guid} connects") };
        // The Salt Edge banks list their accounts, as a host's Salt Edge backend can.
        let names: Vec<_> = accounts.iter().map(|a| (a.name.as_str(), a.number_end.as_deref())).collect();
        match dialect {
            Dialect::SaltEdge => assert_eq!(names, [("Fake account 1", Some("0000")), ("Fake card", Some("5678"))]),
            _ => assert_eq!(names, [], "{guid}"),
        }
        let received = api.received_member_data().pop().unwrap().credentials;
        match dialect {
            Dialect::Mx => {
                assert!(received.as_array().unwrap().iter().all(|c| c["guid"].is_string() && c["value"].is_string()))
            }
            Dialect::SaltEdge | Dialect::Tink => assert!(received.as_object().unwrap().values().all(Value::is_string)),
        }
    }
}

/// A wrong (but well-formed) answer for each bank, by field label.
const WRONG: [(&str, &str); 9] = [
    ("Password", "pass_bad"),
    ("Your security picture", "house"),
    ("Password", "not-secret"),
    ("Image", "home"),
    ("Token", "654321"),
    ("Login", "someone"),
    ("Login", "someone"),
    ("Password", "tink"),
    ("I accept the terms of the test bank", "false"),
];

#[test]
fn a_wrong_answer_is_refused() {
    let api = SandboxApi::default();
    for ((guid, _, answers), (label, wrong_value)) in BANKS.iter().zip(WRONG) {
        let wrong: Vec<(&str, &str)> =
            answers.iter().map(|&(l, v)| if l == label { (l, wrong_value) } else { (l, v) }).collect();
        assert_ne!(wrong, answers.to_vec(), "{guid}: {label} is one of its fields");
        let (_, data) = member_data(&api, guid, &wrong);
        assert!(matches!(connect(&api, &data), ConnectOutcome::CredentialsRefused { .. }), "{guid} refuses");
    }
}

#[test]
fn the_optional_fields_bank_shows_optional_fields_and_omits_them_when_empty() {
    let api = SandboxApi::default();
    let schema = block_on(api.get_institution_credentials("INS-SE-fakebank_with_optional_fields_xf")).unwrap();
    let optional: Vec<_> = schema.fields.iter().filter(|f| !f.required).map(|f| (f.label.as_str(), f.kind)).collect();
    assert_eq!(optional, [("Secret word", FieldKind::Text), ("Branch number", FieldKind::Number)]);
    let (_, data) = member_data(&api, "INS-SE-fakebank_with_optional_fields_xf", BANKS[5].2);
    assert_eq!(data.credentials.as_object().unwrap().keys().collect::<Vec<_>>(), ["login", "password"]);
}

#[test]
fn the_finqware_bank_walks_the_consent_lifecycle() {
    let api = SandboxApi::default();
    let answers = [("Username", "testbt"), ("Password", "testbt"), ("PIN", "1234567")];
    let (_, data) = member_data(&api, "INS-FQ-bt_ro", &answers);
    let mut statuses = Vec::new();
    let outcome = block_on(common::connection(&api, &NoChallenges).run(&Attempt::Create(data.clone()), &mut |p| {
        if let connect_widget::flow::ConnectProgress::Status { status, .. } = p {
            statuses.push(status);
        }
    }))
    .unwrap();
    assert!(matches!(outcome, ConnectOutcome::Connected { .. }));
    use ConnectionStatus::*;
    assert_eq!(statuses, [Created, Pending, Resumed, Connected]);
}

#[test]
fn a_forced_dialect_that_does_not_fit_is_a_clear_error() {
    let api = SandboxApi::new(Some(Dialect::Tink));
    let error = block_on(api.get_institution_credentials("INS-SANDBOX-1")).unwrap_err();
    assert!(error.message.starts_with("Tink response:"), "{}", error.message);
    let api = SandboxApi::new(Some(Dialect::SaltEdge));
    assert!(block_on(api.get_institution_credentials("INS-SE-fakebank_simple_xf")).is_ok());
}

#[test]
fn the_already_connected_bank_refuses_valid_credentials_as_a_duplicate() {
    let api = SandboxApi::default();
    let guid = "INS-SE-fakebank_duplicated_xf";
    let (_, data) = member_data(&api, guid, &[("Login", "username1"), ("Password", "secret")]);
    let error = block_on(common::connection(&api, &NoChallenges).run(&Attempt::Create(data), &mut |_| {})).unwrap_err();
    assert_eq!((error.kind.clone(), error.code()), (ApiErrorKind::Duplicated, "member_duplicated".to_owned()));
    let (_, wrong) = member_data(&api, guid, &[("Login", "username1"), ("Password", "nope")]);
    assert!(matches!(connect(&api, &wrong), ConnectOutcome::CredentialsRefused { .. }), "wrong ones are refused");
}
