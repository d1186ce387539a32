//! A host that answers as MX's own widget's mocks do (`tests/fixtures/mx_widget_mocks.json`, ported
//! from `mxenabled/connect-widget`), through MX's contract and the connection flow: `runJob`
//! answering a member, members still in progress, `mfa: {}`, `oauth_window_uri: "test.com"`,
//! `addMember` refused with 409 `{guid}`, and `updateMFA` refused.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use async_trait::async_trait;
use common::{fixture, NoChallenges};
use connect_widget::backend::{from_rejection, ApiResult, ConnectApi, ContractSettings, MxContract, Transport};
use connect_widget::flow::{Answer, Attempt, ConnectOutcome, PollPolicy, Prompter};
use connect_widget::model::{Challenge, MemberData, RetryReason};
use futures::executor::block_on;
use serde_json::{json, Value};

fn mocks() -> Value {
    fixture("mx_widget_mocks.json")
}

/// Each callback's queued answers.
type Queues = HashMap<&'static str, VecDeque<ApiResult<Value>>>;
/// One recorded call: the callback's name and its arguments.
type Call = (&'static str, Vec<Value>);

/// Answers each callback from its own queue; the last answer of a queue repeats. Records calls.
#[derive(Clone, Default)]
struct MockHost {
    answers: Rc<RefCell<Queues>>,
    calls: Rc<RefCell<Vec<Call>>>,
}

impl MockHost {
    fn answer(self, name: &'static str, answers: Vec<ApiResult<Value>>) -> Self {
        self.answers.borrow_mut().insert(name, answers.into());
        self
    }

    fn called(&self, name: &str) -> Vec<Vec<Value>> {
        self.calls.borrow().iter().filter(|(called, _)| *called == name).map(|(_, args)| args.clone()).collect()
    }

    fn api(&self) -> MxContract {
        MxContract::new(self.clone(), ContractSettings::default())
    }
}

#[async_trait(?Send)]
impl Transport for MockHost {
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        self.calls.borrow_mut().push((name, args));
        let mut answers = self.answers.borrow_mut();
        let queue = answers.get_mut(name).unwrap_or_else(|| panic!("unexpected call {name}"));
        if queue.len() > 1 {
            queue.pop_front().unwrap()
        } else {
            queue.front().cloned().unwrap()
        }
    }
}

/// MX's `apiValue`: every callback answers its mock value.
fn mx_api_value() -> MockHost {
    let m = mocks();
    MockHost::default()
        .answer("addMember", vec![Ok(m["member"].clone())])
        .answer("runJob", vec![Ok(m["member"]["member"].clone())])
        .answer("loadJob", vec![Ok(m["JOB_DATA"].clone())])
        .answer("loadMemberByGuid", vec![Ok(m["member"]["member"].clone())])
        .answer("updateMFA", vec![Ok(m["member"]["member"].clone())])
        .answer("updateMember", vec![Ok(m["member"]["member"].clone())])
}

/// Answers challenges from a list and remembers each.
#[derive(Default)]
struct Answers {
    replies: RefCell<Vec<Answer>>,
    seen: RefCell<Vec<Challenge>>,
}

#[async_trait(?Send)]
impl Prompter for Answers {
    async fn ask(&self, _: &str, challenge: &Challenge) -> Answer {
        self.seen.borrow_mut().push(challenge.clone());
        self.replies.borrow_mut().remove(0)
    }
}

fn data() -> MemberData {
    MemberData {
        institution_guid: "INS-123".into(),
        credentials: json!([{ "guid": "CRD-123", "value": "user" }, { "guid": "CRD-345", "value": "pass" }]),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    }
}

fn connect(api: &dyn ConnectApi, prompter: &dyn Prompter) -> ApiResult<ConnectOutcome> {
    let connection = common::connection(api, prompter);
    block_on(connection.run(&Attempt::Create(data()), &mut |_| {}))
}

#[test]
fn the_mock_values_as_they_are_keep_polling_a_member_still_in_progress() {
    // MX's loadMemberByGuid mock answers a CREATED member that is being aggregated, forever:
    // the flow polls it to the ceiling instead of calling it a failure.
    let host = mx_api_value();
    assert_eq!(connect(&host.api(), &NoChallenges).unwrap(), ConnectOutcome::TimedOut);
    // runJob answered the member: its most_recent_job_guid is the job polled.
    assert_eq!(host.called("loadJob"), vec![vec![json!("JOB-123")]]);
    assert_eq!(host.called("loadMemberByGuid").len() as u32, PollPolicy::default().max_polls);
}

#[test]
fn an_mfa_refused_by_the_service_comes_back_with_its_message_then_connects() {
    let m = mocks();
    let refusal = json!({ "response": { "status": 400, "data": { "message": "That answer could not be checked." } } });
    let host = mx_api_value()
        .answer(
            "loadMemberByGuid",
            vec![Ok(m["member"].clone()), Ok(m["MFA_MEMBER"].clone()), Ok(m["CONNECTED_MEMBERS"][0].clone())],
        )
        .answer("updateMFA", vec![Err(from_rejection("updateMFA", &refusal)), Ok(m["member"]["member"].clone())]);
    let answer = || Answer::Submit(json!([{ "guid": "CRD-123", "value": "Hogsmeade" }]));
    let prompter = Answers { replies: RefCell::new(vec![answer(), answer()]), ..Default::default() };
    let outcome = connect(&host.api(), &prompter).unwrap();
    assert_eq!(outcome, ConnectOutcome::Connected { member_guid: "MBR-123".into(), accounts: Vec::new() });
    let seen = prompter.seen.borrow();
    assert_eq!(seen.len(), 2, "the same prompt, asked again");
    assert_eq!(seen[0].schema.fields[0].label, "What city were you born in?");
    assert_eq!((seen[0].retry, seen[0].message.as_deref()), (None, None));
    assert_eq!(seen[1].schema, seen[0].schema);
    assert_eq!(
        (seen[1].retry, seen[1].message.as_deref()),
        (Some(RetryReason::NotSent), Some("That answer could not be checked."))
    );
    assert_eq!(host.called("updateMFA").len(), 2);
}

#[test]
fn a_member_that_exists_is_updated_with_the_new_credentials() {
    let m = mocks();
    let conflict = fixture("mx_error_response_409_conflict_member_guid.json");
    let host = mx_api_value()
        .answer("addMember", vec![Err(from_rejection("addMember", &conflict))])
        .answer("loadMemberByGuid", vec![Ok(m["CONNECTED_MEMBERS"][0].clone())]);
    let outcome = connect(&host.api(), &NoChallenges).unwrap();
    assert_eq!(outcome, ConnectOutcome::Connected { member_guid: "MBR-123".into(), accounts: Vec::new() });
    let update = &host.called("updateMember")[0];
    assert_eq!((update[0]["guid"].clone(), update[0]["credentials"].clone()), (json!("MBR-123"), data().credentials));
    assert_eq!(host.called("runJob")[0][1], json!("MBR-123"));
}

#[test]
fn a_member_that_exists_and_is_challenged_goes_to_its_challenge() {
    let m = mocks();
    let conflict = fixture("mx_error_response_409_conflict_member_guid.json");
    let host = mx_api_value().answer("addMember", vec![Err(from_rejection("addMember", &conflict))]).answer(
        "loadMemberByGuid",
        vec![Ok(m["MFA_MEMBER"].clone()), Ok(m["MFA_MEMBER"].clone()), Ok(m["CONNECTED_MEMBERS"][0].clone())],
    );
    let prompter = Answers { replies: RefCell::new(vec![Answer::Submit(json!([]))]), ..Default::default() };
    let outcome = connect(&host.api(), &prompter).unwrap();
    assert_eq!(outcome, ConnectOutcome::Connected { member_guid: "MBR-123".into(), accounts: Vec::new() });
    assert!(host.called("updateMember").is_empty() && host.called("runJob").is_empty());
    assert_eq!(prompter.seen.borrow().len(), 1);
}

#[test]
fn run_job_answering_a_member_without_a_job_polls_the_member() {
    let m = mocks();
    let host = mx_api_value()
        .answer("runJob", vec![Ok(json!({ "member": m["NEW_MEMBER"].clone() }))])
        .answer("loadMemberByGuid", vec![Ok(m["member"]["member"].clone()), Ok(m["NEW_MEMBER"].clone())]);
    let outcome = connect(&host.api(), &NoChallenges).unwrap();
    assert_eq!(outcome, ConnectOutcome::Connected { member_guid: "MBR-123".into(), accounts: Vec::new() });
    assert!(host.called("loadJob").is_empty());
    assert_eq!(host.called("loadMemberByGuid").len(), 2);
}

#[test]
fn the_job_detail_text_is_the_message_when_the_error_has_none() {
    let member = json!({ "guid": "MBR-1", "connection_status": "DENIED", "most_recent_job_detail_text": "Check your password." });
    let parsed = connect_widget::dialect::mx::member(&member).unwrap();
    assert_eq!(parsed.error.unwrap().user_message.as_deref(), Some("Check your password."));
    let with_error = fixture("mx_member_response_with_error.json");
    let parsed = connect_widget::dialect::mx::member(&with_error).unwrap();
    assert_eq!(parsed.error.unwrap().user_message.as_deref(), Some("Test user message."));
}

#[test]
fn institutions_the_backend_marks_unavailable_say_why() {
    use connect_widget::model::Unavailable;
    let cases = [
        (json!({ "is_disabled_by_client": true }), Some(Unavailable::ByTheApp)),
        (json!({ "status": 3 }), Some(Unavailable::Down)),
        (json!({ "status": "UNAVAILABLE" }), Some(Unavailable::Down)),
        (json!({ "status": "disabled" }), Some(Unavailable::Down)),
        (json!({ "status": "inactive" }), Some(Unavailable::Down)),
        (json!({ "status": "TEMPORARY_DISABLED" }), Some(Unavailable::Down)),
        (json!({ "status": 0 }), None),
        (json!({ "status": "active" }), None),
        (json!({ "status": { "unexpected": true } }), None),
        (json!({ "is_disabled_by_client": false, "status": 1 }), None),
    ];
    for (fields, expected) in cases {
        let mut institution = mocks()["FAVORITE_INSTITUTIONS"][0].clone();
        institution.as_object_mut().unwrap().extend(fields.as_object().unwrap().clone());
        let parsed = connect_widget::dialect::mx::institution(&institution).unwrap();
        assert_eq!(parsed.unavailable, expected, "{fields}");
    }
    for institution in mocks()["SEARCHED_INSTITUTIONS"].as_array().unwrap() {
        assert_eq!(connect_widget::dialect::mx::institution(institution).unwrap().unavailable, None);
    }
}
