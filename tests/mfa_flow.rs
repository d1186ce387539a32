//! Every MFA path of the sandbox, natively: the flow asks a scripted prompter, answers go to
//! `updateMFA` in the challenge's dialect shape, wrong answers come back with a reason.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;

use async_trait::async_trait;
use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::backend::ConnectApi;
use connect_widget::dialect;
use connect_widget::flow::{Answer, Attempt, ConnectOutcome, Prompter};
use connect_widget::model::{
    Challenge, ConnectedAccount, DecoupledApp, FieldKind, FieldValues, MemberData, RetryReason,
};
use futures::executor::block_on;
use serde_json::{json, Value};

/// What the script does with the next challenge.
enum Reply {
    /// Answer by field label; a list value answers a multi-select.
    Fill(&'static [(&'static str, &'static str)]),
    Choose(&'static str, &'static [&'static str]),
    Wait,
    Expire,
}

/// Answers challenges from a script and remembers them.
struct Script {
    replies: RefCell<Vec<Reply>>,
    seen: RefCell<Vec<Challenge>>,
}

impl Script {
    fn new(replies: Vec<Reply>) -> Self {
        Self { replies: RefCell::new(replies), seen: RefCell::default() }
    }
}

#[async_trait(?Send)]
impl Prompter for Script {
    async fn ask(&self, _: &str, challenge: &Challenge) -> Answer {
        self.seen.borrow_mut().push(challenge.clone());
        assert!(!self.replies.borrow().is_empty(), "unexpected challenge: {challenge:?}");
        let reply = self.replies.borrow_mut().remove(0);
        let key = |label: &str| {
            challenge
                .schema
                .fields
                .iter()
                .find(|f| f.label == label)
                .unwrap_or_else(|| panic!("no field {label}"))
                .key
                .clone()
        };
        let mut values = FieldValues::initial(&challenge.schema);
        match reply {
            Reply::Fill(answers) => answers.iter().for_each(|(label, value)| values.set(&key(label), (*value).into())),
            Reply::Choose(label, chosen) => {
                values.set_many(&key(label), chosen.iter().map(|v| v.to_string()).collect())
            }
            Reply::Wait => return Answer::Wait,
            Reply::Expire => return Answer::Expired,
        }
        Answer::Submit(dialect::credentials_payload(&challenge.schema, &values))
    }
}

/// Connects to `guid` with `credentials` (by label), answering with `replies`.
fn run(
    api: &SandboxApi,
    guid: &str,
    credentials: &[(&str, &str)],
    replies: Vec<Reply>,
) -> (ConnectOutcome, Vec<Challenge>) {
    let schema = block_on(api.get_institution_credentials(guid)).unwrap();
    let mut values = FieldValues::initial(&schema);
    for (label, value) in credentials {
        let field = schema.fields.iter().find(|f| f.label == *label).unwrap();
        values.set(&field.key, (*value).into());
    }
    let data = MemberData {
        institution_guid: guid.into(),
        credentials: dialect::credentials_payload(&schema, &values),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    };
    let script = Script::new(replies);
    let connection = common::connection(api, &script);
    let outcome = block_on(connection.run(&Attempt::Create(data.clone()), &mut |_| {})).unwrap();
    assert!(script.replies.borrow().is_empty(), "{guid}: every scripted reply was used");
    (outcome, script.seen.into_inner())
}

const SALT_EDGE_LOGIN: [(&str, &str); 2] = [("Login", "username1"), ("Password", "secret")];
const MX_LOGIN: [(&str, &str); 2] = [("Username", "user_good"), ("Password", "pass_good")];

fn connected(outcome: &ConnectOutcome) -> bool {
    matches!(outcome, ConnectOutcome::Connected { .. })
}

#[test]
fn sms_code_wrong_then_right_with_a_deadline() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-SE-fakebank_interactive_xf",
        &SALT_EDGE_LOGIN,
        vec![Reply::Fill(&[("SMS code", "000000")]), Reply::Fill(&[("SMS code", "123456")])],
    );
    assert!(connected(&outcome));
    assert_eq!(seen[0].retry, None);
    assert_eq!(seen[1].retry, Some(RetryReason::IncorrectCode));
    assert_eq!(seen[0].schema.fields[0].kind, FieldKind::Number);
    let deadline = seen[0].expires_at_ms.expect("a deadline");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as f64;
    assert!((170_000.0..=181_000.0).contains(&(deadline - now)), "about three minutes: {}", deadline - now);
    assert_eq!(api.received_answers(), [json!({ "sms": "000000" }), json!({ "sms": "123456" })]);
}

#[test]
fn captcha_shows_the_banks_html() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-SE-fakebank_image_xf",
        &SALT_EDGE_LOGIN,
        vec![Reply::Fill(&[("Characters in the picture", "AB12CD")])],
    );
    assert!(connected(&outcome));
    assert!(seen[0].html.as_deref().unwrap().contains("<img src='data:image/svg+xml"));
    assert_eq!(seen[0].mfa_type, "IMAGE");
}

#[test]
fn two_steps_in_a_row() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-SE-fakebank_two_step_interactive_xf",
        &SALT_EDGE_LOGIN,
        vec![Reply::Fill(&[("SMS code", "123456")]), Reply::Fill(&[("Token from your card reader", "654321")])],
    );
    assert!(connected(&outcome));
    assert_eq!(seen.len(), 2);
}

#[test]
fn the_occasional_question_comes_every_other_time() {
    let api = SandboxApi::default();
    let guid = "INS-SE-fakebank_semi_interactive_xf";
    assert!(connected(&run(&api, guid, &SALT_EDGE_LOGIN, vec![Reply::Fill(&[("SMS code", "123456")])]).0));
    assert!(connected(&run(&api, guid, &SALT_EDGE_LOGIN, vec![]).0));
    assert!(connected(&run(&api, guid, &SALT_EDGE_LOGIN, vec![Reply::Fill(&[("SMS code", "123456")])]).0));
}

#[test]
fn optional_interactive_fields_are_left_out_when_empty() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-SE-fakebank_interactive_optional_xf",
        &SALT_EDGE_LOGIN,
        vec![Reply::Fill(&[("SMS code", "123456")])],
    );
    assert!(connected(&outcome));
    assert!(!seen[0].schema.fields[1].required);
    assert_eq!(api.received_answers(), [json!({ "sms": "123456" })]);
}

#[test]
fn dynamic_selects_send_a_string_or_a_list() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-SE-fakebank_language_select_xf",
        &SALT_EDGE_LOGIN,
        vec![Reply::Fill(&[("Language", "english")])],
    );
    assert!(connected(&outcome));
    assert_eq!(seen[0].schema.fields[0].kind, FieldKind::Select);
    let (outcome, seen) = run(
        &api,
        "INS-SE-fakebank_accounts_select_xf",
        &SALT_EDGE_LOGIN,
        vec![Reply::Choose("Accounts", &["service_acc_guid1", "service_acc_guid3"])],
    );
    assert!(connected(&outcome));
    assert_eq!(seen[0].schema.fields[0].options.len(), 3);
    assert_eq!(
        api.received_answers(),
        [json!({ "language": "english" }), json!({ "accounts": ["service_acc_guid1", "service_acc_guid3"] })]
    );
}

#[test]
fn a_question_with_nothing_to_fill_submits_an_empty_object() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(&api, "INS-SE-fakebank_confirmation_xf", &SALT_EDGE_LOGIN, vec![Reply::Fill(&[])]);
    assert!(connected(&outcome));
    assert!(seen[0].schema.fields.is_empty());
    assert_eq!(api.received_answers(), [json!({})]);
}

#[test]
fn an_expired_question_ends_the_attempt() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(&api, "INS-SE-fakebank_quick_expiry_xf", &SALT_EDGE_LOGIN, vec![Reply::Expire]);
    assert_eq!(outcome, ConnectOutcome::Expired);
    assert!(seen[0].expires_at_ms.is_some());
}

#[test]
fn tink_two_supplemental_codes() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-TINK-test-multi-supplemental",
        &[("Username", "tink-test")],
        vec![Reply::Fill(&[("First code", "1234")]), Reply::Fill(&[("Second code", "4321")])],
    );
    assert!(connected(&outcome));
    assert_eq!(seen[0].schema.fields[0].help.as_deref(), Some("The code has four digits."));
    assert_eq!(api.received_answers(), [json!({ "code1": "1234" }), json!({ "code2": "4321" })]);
}

#[test]
fn tink_account_opt_in_sends_the_full_new_state() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-TINK-test-account-opt-in",
        &[("Username", "tink-test")],
        vec![Reply::Fill(&[("9999-222222222222 Sparkonto", "true")])],
    );
    let account = ConnectedAccount::new("Sparkonto", Some("9999-222222222222"));
    let accounts = vec![ConnectedAccount { id: Some("9999-222222222222".into()), ..account }];
    assert!(matches!(outcome, ConnectOutcome::Connected { accounts: ref listed, .. } if *listed == accounts));
    assert_eq!(accounts[0].number_end.as_deref(), Some("2222"), "only the end of the number");
    assert_eq!(seen[0].mfa_type, "ACCOUNTS");
    assert_eq!(seen[0].schema.fields[1].extra.as_ref().unwrap()["accountType"], "SAVINGS");
    assert_eq!(
        api.received_answers(),
        [json!({ "9999-444444444444": "false", "9999-222222222222": "true", "9999-111111111111": "false" })]
    );
}

#[test]
fn bankid_is_waited_for_and_may_fail() {
    let api = SandboxApi::default();
    let (outcome, seen) =
        run(&api, "INS-TINK-test-bankid-successful", &[("Personal number", "180012121212")], vec![Reply::Wait]);
    assert!(connected(&outcome));
    let decoupled = seen[0].decoupled.clone().unwrap();
    assert_eq!(decoupled.app, DecoupledApp::MobileBankId);
    assert!(decoupled.open_url.unwrap().starts_with("bankid:///"));
    assert!(api.received_answers().is_empty(), "nothing is submitted for an app approval");

    let (outcome, _) =
        run(&api, "INS-TINK-test-bankid-failing", &[("Personal number", "180012121212")], vec![Reply::Wait]);
    let ConnectOutcome::CredentialsRefused { message, .. } = outcome else { panic!("expected refused: {outcome:?}") };
    assert_eq!(message.as_deref(), Some("Mobile BankID could not confirm your identity."));
}

#[test]
fn mx_code_options_and_pictures_with_retries() {
    let api = SandboxApi::default();
    let (outcome, seen) = run(
        &api,
        "INS-SANDBOX-MFA",
        &MX_LOGIN,
        vec![
            Reply::Fill(&[("Enter the code we sent to your phone", "123456")]),
            Reply::Fill(&[("In which city were you born?", "paris")]),
            Reply::Fill(&[("In which city were you born?", "london")]),
            Reply::Fill(&[("Which picture did you choose when you opened the account?", "car")]),
        ],
    );
    assert!(connected(&outcome));
    let types: Vec<_> = seen.iter().map(|c| c.mfa_type).collect();
    assert_eq!(types, ["TEXT", "OPTIONS", "OPTIONS", "IMAGE_OPTIONS"]);
    assert_eq!(seen[2].retry, Some(RetryReason::IncorrectAnswer));
    assert!(seen[3].schema.fields[0]
        .options
        .iter()
        .all(|o| o.image.as_deref().is_some_and(|i| i.starts_with("data:image/svg+xml"))));
    assert_eq!(api.received_answers()[0], json!([{ "guid": "MFA-CODE", "value": "123456" }]));
}

#[test]
fn answers_in_the_wrong_shape_are_refused_by_the_backend() {
    let api = SandboxApi::default();
    let (_, _) = run(&api, "INS-SE-fakebank_confirmation_xf", &SALT_EDGE_LOGIN, vec![Reply::Fill(&[])]);
    let error = block_on(api.update_mfa("MBR-SBX-1", &Value::Array(vec![]))).unwrap_err();
    assert!(error.message.contains("not challenged"), "{}", error.message);
}
