//! The consent the host asks the user for: Salt Edge's consent object read, refused when it is
//! not one, and kept as given to be sent on.
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::model::{Consent, Scope};
use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn salt_edges_consent_objects_are_read() {
    // The consent as Salt Edge's API shows it (`{"data": …}`, with its own extra fields).
    let shown = Consent::parse(&fixture("saltedge_consent_show_response.json")).unwrap();
    assert_eq!(shown.scopes, [Scope::AccountDetails, Scope::TransactionsDetails]);
    assert_eq!((shown.from_date.as_deref(), shown.period_days), (Some("2020-07-05"), Some(60)));
    assert_eq!(shown.expires_at.as_deref(), Some("2020-10-04T04:28:28Z"));
    // The consent of a connect session's request.
    let request = fixture("saltedge_connect_session_create_request.json");
    let asked = Consent::parse(&request["data"]["consent"]).unwrap();
    assert_eq!(asked.given, request["data"]["consent"], "sent on as given");
    assert_eq!((asked.from_date.as_deref(), asked.period_days), (Some("2020-05-08"), Some(90)));
    assert_eq!(shown.given["id"], "555555555555555555", "unwrapped from `data`");
    let named = Consent::parse(&json!({ "scopes": ["holder_information"], "recipient": "Acme Budget" })).unwrap();
    assert_eq!((named.recipient.as_deref(), named.period_days, named.from_date), (Some("Acme Budget"), None, None));
}

#[test]
fn what_is_not_a_consent_is_refused() {
    let table = [
        json!({}),
        json!({ "scopes": [] }),
        json!({ "scopes": "account_details" }),
        json!({ "scopes": ["account_details", "everything"] }),
        json!({ "scopes": ["account_details"], "period_days": 0 }),
        json!({ "scopes": ["account_details"], "period_days": "90" }),
        json!({ "scopes": ["account_details"], "from_date": "05/08/2020" }),
        json!({ "scopes": ["account_details"], "from_date": "2020-7-5" }),
        json!({ "scopes": ["account_details"], "recipient": 7 }),
        json!(["account_details"]),
    ];
    for value in table {
        assert_eq!(Consent::parse(&value), None, "{value}");
    }
    let odd_expiry = Consent::parse(&json!({ "scopes": ["account_details"], "expires_at": "soon" })).unwrap();
    assert_eq!(odd_expiry.expires_at, None, "an end that is not a date is not shown");
}
