//! The reference fixtures of interactive steps read as challenges.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use connect_widget::dialect::{mx, saltedge, tink};
use connect_widget::flow::Remedy;
use connect_widget::model::{DecoupledApp, FieldKind, RetryReason};
use serde_json::json;

#[test]
fn saltedge_captcha_callback() {
    let provider = json!({ "data": { "interactive_fields": [
        { "name": "image", "english_name": "Characters", "nature": "text", "position": 1, "optional": false }
    ]}});
    let challenge =
        saltedge::interactive_challenge(&fixture("saltedge_callback_interactive_captcha_image.json"), &provider)
            .unwrap();
    assert!(challenge.html.as_deref().unwrap().contains("saltedge_captcha.png"));
    assert_eq!(challenge.schema.fields[0].key, "image");
    assert_eq!(challenge.expires_at_ms, Some(1_596_529_707_000.0), "2020-08-04T08:28:27Z");
    assert_eq!(challenge.mfa_type, "IMAGE");
}

#[test]
fn saltedge_interactive_delay_of_the_provider() {
    let provider = fixture("saltedge_provider_show_fakebank_interactive_xf.json");
    let callback = json!({ "data": { "stage": "interactive", "interactive_fields_names": ["sms"] } });
    let challenge = saltedge::interactive_challenge(&callback, &provider).unwrap();
    assert_eq!((challenge.expires_at_ms, challenge.answer_within_s), (None, Some(180)));
}

#[test]
fn saltedge_dynamic_select_callback_brings_the_options() {
    let provider = fixture("saltedge_interactive_fields_dynamic_select_multiple.json");
    let challenge =
        saltedge::interactive_challenge(&fixture("saltedge_callback_interactive_dynamic_select.json"), &provider)
            .unwrap();
    let accounts = &challenge.schema.fields[0];
    assert_eq!(accounts.kind, FieldKind::MultiSelect);
    let options: Vec<_> = accounts.options.iter().map(|o| (o.label.as_str(), o.value.as_str())).collect();
    assert_eq!(options, [("My checking account", "service_acc_guid1"), ("My savings account", "service_acc_guid2")]);
}

#[test]
fn saltedge_callback_naming_an_unknown_field_is_refused() {
    let provider = json!({ "data": { "interactive_fields": [] } });
    let error =
        saltedge::interactive_challenge(&fixture("saltedge_callback_interactive_captcha_image.json"), &provider)
            .unwrap_err();
    assert_eq!((error.path.as_str(), error.field.as_deref()), ("data.interactive_fields_names", Some("image")));
}

#[test]
fn saltedge_interactive_stage_of_a_connection() {
    let provider = fixture("saltedge_provider_show_fakebank_interactive_xf.json");
    let challenge =
        saltedge::stage_challenge(&fixture("saltedge_connection_interactive_response_sms_stage.json"), &provider)
            .unwrap()
            .unwrap();
    assert_eq!(challenge.schema.fields[0].key, "sms");
    assert!(challenge.html.as_deref().unwrap().contains("name=\"sms\""));
    assert!(saltedge::stage_challenge(&fixture("saltedge_connection_show_response.json"), &provider)
        .unwrap()
        .is_none());
}

#[test]
fn tink_supplemental_and_decoupled_statuses() {
    let opt_in =
        tink::challenge(&fixture("tink_credentials_awaiting_supplemental_information_optin.json")).unwrap().unwrap();
    assert_eq!((opt_in.mfa_type, opt_in.schema.fields.len()), ("ACCOUNTS", 4));
    assert!(tink::challenge(&fixture("tink_credentials_status_authenticating.json")).unwrap().is_none());
    let bankid = tink::challenge(&json!({ "status": "AWAITING_MOBILE_BANKID_AUTHENTICATION" })).unwrap().unwrap();
    assert_eq!(bankid.decoupled.unwrap().app, DecoupledApp::MobileBankId);
    let app = tink::challenge(&json!({ "status": "AWAITING_THIRD_PARTY_APP_AUTHENTICATION" })).unwrap().unwrap();
    assert_eq!(app.decoupled.unwrap().app, DecoupledApp::ThirdPartyApp);
    assert!(tink::credentials_status("AWAITING_MOBILE_BANKID_AUTHENTICATION").unwrap().needs_user_input());
    let refused = tink::credentials_status("AUTHENTICATION_ERROR").unwrap();
    assert_eq!(Remedy::for_status(refused), Remedy::UpdateCredentials);
    assert!(tink::credentials_status("NOPE").is_err());
}

#[test]
fn mx_member_challenges_and_their_retry_reasons() {
    assert!(mx::member(&fixture("mx_member_response.json")).unwrap().challenge.is_none());
    let member = json!({ "member": { "guid": "M", "connection_status": 3,
        "error": { "error_code": 2001, "user_message": "Wrong code, a new one is on its way." },
        "mfa": { "credentials": [{ "guid": "C", "label": "Code", "field_type": 0 }] } } });
    let challenge = mx::member(&member).unwrap().challenge.unwrap();
    assert_eq!(challenge.retry, Some(RetryReason::IncorrectCode));
    assert_eq!(challenge.message.as_deref(), Some("Wrong code, a new one is on its way."));
    assert_eq!(challenge.mfa_type, "TEXT");
}

#[test]
fn saltedge_second_redirect_callback_and_its_answer() {
    let provider = json!({ "data": { "interactive_fields": [] } });
    let challenge =
        saltedge::interactive_challenge(&fixture("saltedge_callback_interactive_redirect.json"), &provider).unwrap();
    assert_eq!(
        (challenge.redirect_url.as_deref(), challenge.mfa_type),
        (Some("https://bank.com/authorize"), "REDIRECT")
    );
    assert!(challenge.schema.fields.is_empty());
    let request = fixture("saltedge_interactive_request_redirect_query_string.json");
    assert_eq!(saltedge::redirect_answer("access_token=111111111111111111"), request["data"]["credentials"]);
    assert_eq!(saltedge::redirect_answer(""), json!({}), "no parameters: an empty credentials object");
}
