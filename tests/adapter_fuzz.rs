//! Property tests: arbitrary JSON, and the reference fixtures with random damage, go through
//! every adapter without a panic; every refusal names its vendor and place; whatever parses can
//! be validated and submitted.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use connect_widget::dialect::{self, finqware, mx, saltedge, tink, DialectError};
use connect_widget::model::{CredentialSchema, FieldValues};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Any JSON value, up to a few levels deep, with keys the adapters look for.
fn any_json() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "guid",
        "name",
        "label",
        "field_type",
        "nature",
        "options",
        "field_options",
        "extra",
        "multiple",
        "credentials",
        "required_fields",
        "interactive_fields",
        "fields",
        "data",
        "member",
        "job",
        "connection_status",
        "status",
        "optional",
        "position",
        "display_order",
        "pattern",
        "minLength",
        "maxLength",
        "checkbox",
        "masked",
        "numeric",
        "children",
        "supplementalInformation",
        "additionalInfo",
        "option_value",
        "code",
        "payment_methods",
        "remitter_type",
        "providers",
        "meta_data",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[a-z(|)\\[\\]{}0-9 \"\\\\]{0,12}".prop_map(Value::String),
        (0u64..20).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|pairs| Value::Object(
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>()
            )),
        ]
    })
}

const FIXTURES: [&str; 15] = [
    "saltedge_callback_interactive_captcha_image.json",
    "saltedge_callback_interactive_dynamic_select.json",
    "mx_member_response.json",
    "mx_credentials_response.json",
    "mx_member_response_with_error.json",
    "mx_job_response.json",
    "mx_institutions_list_response.json",
    "saltedge_provider_show_fakebank_interactive_xf.json",
    "saltedge_provider_anotherbank_us_select_field.json",
    "saltedge_interactive_fields_dynamic_select_multiple.json",
    "tink_test_provider_test_successful_bankid.json",
    "tink_providers_list_response.json",
    "tink_credentials_awaiting_supplemental_information_optin.json",
    "tink_supplemental_information_optin_fields_decoded.json",
    "finqware_providers_remitter_type_v2.json",
];

/// Replacements for damaged nodes: strings go to odd strings, numbers to odd numbers, anything
/// else to arbitrary JSON.
#[derive(Debug, Clone)]
struct Damage {
    strings: Vec<String>,
    numbers: Vec<Value>,
    values: Vec<Value>,
}

fn damage_kit() -> impl Strategy<Value = Damage> {
    let odd_string = "[a|\"\\\\{}()ä€😀 .*0-]{0,10}";
    let odd_number = prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e20f64..1e20).prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ];
    (
        prop::collection::vec(odd_string, 1..4),
        prop::collection::vec(odd_number, 1..4),
        prop::collection::vec(any_json(), 1..4),
    )
        .prop_map(|(strings, numbers, values)| Damage { strings, numbers, values })
}

/// Damages `value` everywhere: each node, by the next decision byte, is kept (and walked into),
/// replaced by something of its own type or of another, or (in an object) loses a key.
fn damage(value: &mut Value, decisions: &mut impl Iterator<Item = u8>, kit: &Damage) {
    let decision = decisions.next().unwrap_or(255);
    let pick = |pool: &[Value]| pool[decision as usize % pool.len()].clone();
    match value {
        Value::String(_) if decision < 24 => {
            *value = Value::String(kit.strings[decision as usize % kit.strings.len()].clone())
        }
        Value::Number(_) if decision < 24 => *value = pick(&kit.numbers),
        _ if decision >= 240 => *value = pick(&kit.values),
        Value::Object(object) => {
            if decision < 12 && !object.is_empty() {
                let key = object.keys().nth(decision as usize % object.len()).unwrap().clone();
                object.remove(&key);
            }
            object.values_mut().for_each(|child| damage(child, decisions, kit));
        }
        Value::Array(items) => items.iter_mut().for_each(|child| damage(child, decisions, kit)),
        _ => {}
    }
}

fn check_error(error: &DialectError) {
    assert!(["MX", "Salt Edge", "Tink", "Finqware", "unknown"].contains(&error.dialect), "{error:?}");
    assert!(!error.expected.is_empty());
    assert!(!error.to_string().is_empty());
}

fn check_schema(schema: &CredentialSchema) {
    let values = FieldValues::initial(schema);
    let _ = schema.validate(&values);
    let _ = dialect::credentials_payload(schema, &values);
}

/// Runs every adapter on `document`.
fn run_all(document: &Value) {
    for parsed in [
        mx::credentials(document),
        saltedge::required_fields(document),
        saltedge::interactive_fields(document),
        tink::provider_fields(document),
        tink::supplemental_fields(document),
        tink::fields(document),
        dialect::credential_schema(document, None),
    ] {
        match parsed {
            Ok(schema) => check_schema(&schema),
            Err(error) => check_error(&error),
        }
    }
    let _ = saltedge::interactive_challenge(document, document);
    let _ = saltedge::interactive_challenge(
        document,
        &common::fixture("saltedge_provider_show_fakebank_interactive_xf.json"),
    );
    let _ = tink::challenge(document);
    for error in [
        mx::institutions(document).err(),
        mx::institution(document).err(),
        mx::member(document).err(),
        mx::job(document).err(),
        mx::job_ref(document).err(),
        finqware::provider(document).err(),
    ]
    .into_iter()
    .flatten()
    {
        check_error(&error);
    }
    if let Some(status) = document.as_str() {
        let _ = finqware::consent_status(status);
        let _ = tink::credentials_status(status);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics(document in any_json()) {
        run_all(&document);
    }

    #[test]
    fn damaged_fixtures_never_panic(
        fixture in prop::sample::select(FIXTURES.to_vec()),
        decisions in prop::collection::vec(any::<u8>(), 64..256),
        kit in damage_kit(),
    ) {
        let mut document = common::fixture(fixture);
        damage(&mut document, &mut decisions.into_iter().cycle(), &kit);
        run_all(&document);
    }
}
