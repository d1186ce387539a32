//! Members as a host forwards its vendor's own objects: Salt Edge connections, Tink credentials,
//! Finqware consents (the reference samples), read as canonical members, and a whole Salt Edge
//! connection with its interactive step through MX's callback contract and the flow.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use async_trait::async_trait;
use common::fixture;
use connect_widget::backend::{ApiResult, ConnectApi, ContractSettings, MxContract, Transport};
use connect_widget::dialect::{self, saltedge, Vendor};
use connect_widget::flow::{outcome_for, Answer, Attempt, ConnectOutcome, Prompter};
use connect_widget::model::{
    Challenge, ConnectedAccount, ConnectionStatus, Dialect, Fetching, FieldKind, JobType, MemberData,
};
use futures::executor::block_on;
use serde_json::{json, Value};

/// `document` read as a member whose credentials the bank refused, with `message` for the user.
fn assert_refused(document: &Value, message: &str) {
    let refused = member(document);
    assert_eq!(refused.connection_status, ConnectionStatus::Denied, "{document}");
    assert_eq!(refused.error.unwrap().user_message.as_deref(), Some(message));
}

fn member(document: &Value) -> connect_widget::model::Member {
    let provider = fixture("saltedge_provider_show_fakebank_interactive_xf.json");
    let parsed = block_on(dialect::member(document, None, &provider)).unwrap_or_else(|never| match never {});
    parsed.unwrap_or_else(|e| panic!("{document}: {e}"))
}

/// `document` with `fields` merged into its `data` (Salt Edge) or itself.
fn with(mut document: Value, pointer: &str, fields: Value) -> Value {
    let target = document.pointer_mut(pointer).unwrap().as_object_mut().unwrap();
    target.extend(fields.as_object().unwrap().clone());
    document
}

#[test]
fn each_vendor_is_told_by_its_shape() {
    let cases = [
        (fixture("saltedge_connection_show_response.json"), Some(Vendor::SaltEdge)),
        (fixture("tink_credentials_get_response.json"), Some(Vendor::Tink)),
        (json!({ "consent": { "id": "C-1", "status": "awaiting_authz" } }), Some(Vendor::Finqware)),
        (fixture("mx_member_response.json"), None),
        (fixture("mx_widget_mocks.json")["MFA_MEMBER"].clone(), None),
        (json!({ "guid": "MBR-1", "connection_status": "CREATED", "status": "active" }), None),
    ];
    for (document, vendor) in cases {
        assert_eq!(dialect::detect_member(&document), vendor, "{document}");
    }
}

#[test]
fn salt_edge_connections_by_stage_and_error_class() {
    let finished = member(&fixture("saltedge_connection_show_response.json"));
    assert_eq!(
        (finished.guid.as_str(), finished.connection_status),
        ("111111111111111111", ConnectionStatus::Connected)
    );

    let sms = member(&fixture("saltedge_connection_interactive_response_sms_stage.json"));
    assert_eq!(sms.connection_status, ConnectionStatus::Challenged);
    let challenge = sms.challenge.unwrap();
    assert_eq!(challenge.schema.dialect, Dialect::SaltEdge);
    assert_eq!(challenge.schema.fields.iter().map(|f| f.key.as_str()).collect::<Vec<_>>(), ["sms"]);

    let fetching = with(
        fixture("saltedge_connection_show_response.json"),
        "/data/last_attempt",
        json!({ "finished": false, "last_stage": { "name": "fetching_accounts" } }),
    );
    assert_eq!(member(&fetching).connection_status, ConnectionStatus::Pending);
    assert!(member(&fetching).in_progress());
    assert_eq!(member(&fetching).fetching, None, "not one of Salt Edge's stage names");
    // Salt Edge's fetching stages say what the bank fetches.
    for (stage, expected) in [
        ("fetch_holder_info", Some(Fetching::Accounts)),
        ("fetch_accounts", Some(Fetching::Accounts)),
        ("fetch_recent", Some(Fetching::Transactions)),
        ("fetch_full", Some(Fetching::Transactions)),
        ("connect", None),
    ] {
        let attempt = json!({ "finished": false, "last_stage": { "name": stage } });
        let fetching = member(&with(fixture("saltedge_connection_show_response.json"), "/data/last_attempt", attempt));
        assert_eq!((fetching.connection_status, fetching.fetching), (ConnectionStatus::Pending, expected), "{stage}");
    }

    let refused = with(
        fixture("saltedge_connection_show_response.json"),
        "/data/last_attempt",
        json!({ "fail_error_class": "InvalidCredentials", "fail_message": "Invalid credentials." }),
    );
    assert_refused(&refused, "Invalid credentials.");

    // A connection that exists already ends on its own screen, never on a retry.
    let duplicated = with(
        fixture("saltedge_connection_show_response.json"),
        "/data/last_attempt",
        json!({ "fail_error_class": "ConnectionDuplicated", "fail_message": "Already exists." }),
    );
    let outcome = outcome_for(member(&duplicated), JobType::Aggregation);
    assert_eq!(outcome, ConnectOutcome::Duplicated { member_guid: "111111111111111111".into() });
    assert!(!matches!(outcome_for(member(&refused), JobType::Aggregation), ConnectOutcome::Duplicated { .. }));
}

#[test]
fn salt_edge_error_classes() {
    use ConnectionStatus::*;
    let table = [
        ("InvalidCredentials", Denied),
        ("InvalidInteractiveCredentials", Rejected),
        ("InteractiveAdapterTimeout", Expired),
        ("InteractiveTimeout", Expired),
        ("ProviderUnavailable", Degraded),
        ("ConnectionLost", Degraded),
        ("ProviderDisabled", Disabled),
        ("ProviderInactive", Disabled),
        ("ConnectionDisabled", Disabled),
        ("ConnectionAlreadyProcessing", Pending),
        ("ProviderError", Failed),
        ("ConnectionDuplicated", Failed),
        ("ProviderAccessNotGranted", Failed),
        ("ConnectionFetchingStopped", Failed),
        ("SomethingNew", Failed),
    ];
    for (class, status) in table {
        assert_eq!(saltedge::error_class_status(class), status, "{class}");
    }
}

#[test]
fn tink_credentials_by_status() {
    let updated = member(&fixture("tink_credentials_get_response.json"));
    assert_eq!(updated.connection_status, ConnectionStatus::Connected);
    assert_eq!(updated.error, None, "statusPayload is progress text, not an error, when connected");

    let optin = member(&fixture("tink_credentials_awaiting_supplemental_information_optin.json"));
    assert_eq!(optin.connection_status, ConnectionStatus::Challenged);
    assert!(optin.challenge.unwrap().schema.fields.iter().all(|f| f.kind == FieldKind::Checkbox));

    let authenticating = with(fixture("tink_credentials_status_authenticating.json"), "", json!({ "id": "CR-1" }));
    assert!(member(&authenticating).in_progress());

    let wrong = with(
        fixture("tink_credentials_get_response.json"),
        "",
        json!({ "status": "AUTHENTICATION_ERROR", "statusPayload": "Wrong personal code." }),
    );
    assert_refused(&wrong, "Wrong personal code.");

    let bank_id = with(
        fixture("tink_credentials_get_response.json"),
        "",
        json!({ "status": "AWAITING_MOBILE_BANKID_AUTHENTICATION" }),
    );
    assert!(member(&bank_id).challenge.unwrap().decoupled.is_some());
}

#[test]
fn finqware_consents_by_lifecycle() {
    let waiting = member(
        &json!({ "consent": { "id": "C-1", "status": "awaiting_authz", "sca_url": "https://bank.example/sca" } }),
    );
    assert_eq!(waiting.connection_status, ConnectionStatus::Challenged);
    assert_eq!(waiting.challenge.unwrap().redirect_url.as_deref(), Some("https://bank.example/sca"));
    assert_eq!(member(&json!({ "id": "C-1", "status": "requested" })).connection_status, ConnectionStatus::Pending);
    assert_eq!(
        member(&json!({ "consent_id": "C-1", "status": "active" })).connection_status,
        ConnectionStatus::Connected
    );
    assert_eq!(member(&json!({ "id": "C-1", "status": "revoked" })).connection_status, ConnectionStatus::Disconnected);
}

/// One recorded call: the callback's name and its arguments.
type Call = (&'static str, Vec<Value>);

/// A Salt Edge host: each callback forwards Salt Edge's objects; loadMemberByGuid answers in turn.
#[derive(Clone, Default)]
struct SaltEdgeHost {
    polls: Rc<RefCell<Vec<Value>>>,
    calls: Rc<RefCell<Vec<Call>>>,
}

#[async_trait(?Send)]
impl Transport for SaltEdgeHost {
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        self.calls.borrow_mut().push((name, args));
        Ok(match name {
            "getInstitutionCredentials" => fixture("saltedge_provider_show_fakebank_interactive_xf.json"),
            "addMember" | "updateMFA" | "runJob" => with(
                fixture("saltedge_connection_show_response.json"),
                "/data/last_attempt",
                json!({ "finished": false, "last_stage": { "name": "start" } }),
            ),
            "loadMemberByGuid" => {
                let mut polls = self.polls.borrow_mut();
                if polls.len() > 1 {
                    polls.remove(0)
                } else {
                    polls[0].clone()
                }
            }
            other => panic!("unexpected call {other}"),
        })
    }
}

struct TypesTheCode(RefCell<Vec<Challenge>>);

#[async_trait(?Send)]
impl Prompter for TypesTheCode {
    async fn ask(&self, _: &str, challenge: &Challenge) -> Answer {
        self.0.borrow_mut().push(challenge.clone());
        let mut values = connect_widget::model::FieldValues::initial(&challenge.schema);
        values.set("sms", "123456".into());
        Answer::Submit(dialect::credentials_payload(&challenge.schema, &values))
    }
}

#[test]
fn a_salt_edge_host_forwarding_its_objects_connects_through_its_interactive_step() {
    let host = SaltEdgeHost::default();
    // The host attaches the connection's accounts (Salt Edge's accounts list) to the connection.
    let mut connected = fixture("saltedge_connection_show_response.json");
    connected["data"]["accounts"] = fixture("saltedge_accounts_list_response.json");
    *host.polls.borrow_mut() = vec![fixture("saltedge_connection_interactive_response_sms_stage.json"), connected];
    let api = MxContract::new(host.clone(), ContractSettings::default());
    let schema = block_on(api.get_institution_credentials("fakebank_interactive_xf")).unwrap();
    assert_eq!(schema.dialect, Dialect::SaltEdge);
    let prompter = TypesTheCode(RefCell::default());
    let connection = common::connection(&api, &prompter);
    let data = MemberData {
        institution_guid: "fakebank_interactive_xf".into(),
        credentials: json!({ "login": "username", "password": "secret" }),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    };
    let outcome = block_on(connection.run(&Attempt::Create(data.clone()), &mut |_| {})).unwrap();
    let accounts = vec![
        ConnectedAccount { id: Some("333333333333333333".into()), ..ConnectedAccount::new("Fake account 1", None) },
        ConnectedAccount {
            id: Some("333333333333333334".into()),
            ..ConnectedAccount::new("Fake account 2", Some("5678"))
        },
    ];
    assert_eq!(outcome, ConnectOutcome::Connected { member_guid: "111111111111111111".into(), accounts });
    assert_eq!(prompter.0.borrow().len(), 1);
    let calls = host.calls.borrow();
    let answer = calls.iter().find(|(name, _)| *name == "updateMFA").unwrap();
    assert_eq!(answer.1[0], json!({ "guid": "111111111111111111", "credentials": { "sms": "123456" } }));
    assert!(!calls.iter().any(|(name, _)| *name == "loadJob"), "the connection itself is polled");
}
