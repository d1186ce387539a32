//! The connect-and-poll flow, natively, against the sandbox and against scripted failures.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::{Cell, RefCell};

use async_trait::async_trait;
use common::NoChallenges;
use connect_widget::backend::sandbox::{SandboxApi, GOOD_PASSWORD, GOOD_USERNAME};
use connect_widget::backend::{ApiError, ApiErrorKind, ApiResult, ConnectApi};
use connect_widget::dialect::mx;
use connect_widget::flow::{Attempt, Cancelled, Clock, ConnectOutcome, ConnectProgress, Connection, PollPolicy};
use connect_widget::model::{
    ConnectionStatus, CredentialSchema, FieldValues, Institution, InstitutionQuery, Job, JobRef, JobType, Member,
    MemberData,
};
use futures::executor::block_on;

/// A clock that records the waits instead of waiting; can cancel after `cancel_after` sleeps.
#[derive(Default)]
struct RecordingClock {
    waits: RefCell<Vec<u32>>,
    cancel_after: Option<usize>,
}

#[async_trait(?Send)]
impl Clock for RecordingClock {
    async fn sleep(&self, ms: u32) -> Result<(), Cancelled> {
        let mut waits = self.waits.borrow_mut();
        if self.cancel_after == Some(waits.len()) {
            return Err(Cancelled);
        }
        waits.push(ms);
        Ok(())
    }
}

fn member_data(api: &SandboxApi, institution_guid: &str, username: &str, password: &str) -> MemberData {
    let schema = block_on(api.get_institution_credentials(institution_guid)).unwrap();
    let mut values = FieldValues::default();
    values.set(&schema.fields[0].key, username.into());
    values.set(&schema.fields[1].key, password.into());
    MemberData {
        institution_guid: institution_guid.into(),
        credentials: mx::credentials_payload(&schema, &values),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    }
}

fn run(
    api: &dyn ConnectApi,
    clock: &RecordingClock,
    data: &MemberData,
) -> (ApiResult<ConnectOutcome>, Vec<ConnectProgress>) {
    let mut progress = Vec::new();
    let connection = Connection {
        api,
        clock,
        prompter: &NoChallenges,
        policy: PollPolicy::default(),
        job_type: JobType::Aggregation,
    };
    let outcome = block_on(connection.run(&Attempt::Create(data.clone()), &mut |p| progress.push(p)));
    (outcome, progress)
}

#[test]
fn good_credentials_connect_and_report_each_new_status_once() {
    let api = SandboxApi::default();
    let clock = RecordingClock::default();
    let data = member_data(&api, "INS-SANDBOX-SLOW", GOOD_USERNAME, GOOD_PASSWORD);
    let (outcome, progress) = run(&api, &clock, &data);
    let ConnectOutcome::Connected { member_guid, .. } = outcome.unwrap() else { panic!("not connected") };
    let statuses: Vec<_> = progress
        .iter()
        .filter_map(|p| match p {
            ConnectProgress::Status { status, .. } => Some(status.name()),
            ConnectProgress::MemberCreated { member_guid: guid } => {
                assert_eq!(guid, &member_guid);
                None
            }
            ConnectProgress::Answered { .. } | ConnectProgress::Authorized { .. } => panic!("no challenge here"),
        })
        .collect();
    assert_eq!(statuses, ["PENDING", "RESUMED", "UPDATED", "CONNECTED"]);
    assert_eq!(*clock.waits.borrow(), [1000, 1500, 2250, 3375, 5062, 7593, 8000]);
}

#[test]
fn the_backend_receives_mx_shaped_credentials() {
    let api = SandboxApi::default();
    let data = member_data(&api, "INS-SANDBOX-1", GOOD_USERNAME, GOOD_PASSWORD);
    run(&api, &RecordingClock::default(), &data).0.unwrap();
    let received = api.received_member_data();
    assert_eq!(received[0].credentials[0]["guid"], "CRD-INS-SANDBOX-1-LOGIN");
    assert_eq!(received[0].credentials[0]["value"], GOOD_USERNAME);
    assert_eq!(received[0].credentials[1]["value"], GOOD_PASSWORD);
}

#[test]
fn a_wrong_password_is_refused_with_the_banks_message() {
    let api = SandboxApi::default();
    let data = member_data(&api, "INS-SANDBOX-1", GOOD_USERNAME, "wrong");
    let ConnectOutcome::CredentialsRefused { member_guid, status, message } =
        run(&api, &RecordingClock::default(), &data).0.unwrap()
    else {
        panic!("expected refused credentials");
    };
    assert!(member_guid.starts_with("MBR-"), "{member_guid}");
    assert_eq!(status, ConnectionStatus::Denied);
    assert_eq!(message.as_deref(), Some("The username or password you entered is incorrect."));
}

#[test]
fn bank_failures_carry_status_and_message() {
    let api = SandboxApi::default();
    let data = member_data(&api, "INS-SANDBOX-LOCKED", GOOD_USERNAME, GOOD_PASSWORD);
    let ConnectOutcome::Failed { status, message, .. } = run(&api, &RecordingClock::default(), &data).0.unwrap() else {
        panic!("expected failure");
    };
    assert_eq!(status, ConnectionStatus::Locked);
    assert!(message.unwrap().contains("locked"));
}

#[test]
fn a_connected_member_without_accounts_fails_with_its_job_error() {
    let api = SandboxApi::default();
    let data = member_data(&api, "INS-SANDBOX-EMPTY", GOOD_USERNAME, GOOD_PASSWORD);
    let outcome = run(&api, &RecordingClock::default(), &data).0.unwrap();
    let ConnectOutcome::Failed { status, message: None, code: Some(1001), .. } = outcome else {
        panic!("expected the no-accounts failure, got {outcome:?}");
    };
    assert_eq!(status, ConnectionStatus::Connected);
}

#[test]
fn cancelling_stops_polling() {
    let api = SandboxApi::default();
    let clock = RecordingClock { cancel_after: Some(1), ..Default::default() };
    let data = member_data(&api, "INS-SANDBOX-SLOW", GOOD_USERNAME, GOOD_PASSWORD);
    assert_eq!(run(&api, &clock, &data).0.unwrap(), ConnectOutcome::Cancelled);
    assert_eq!(clock.waits.borrow().len(), 1);
}

/// A backend whose job never finishes and whose polls fail as scripted.
struct StuckBackend {
    failing_polls: Cell<u32>,
    polls: Cell<u32>,
}

#[async_trait(?Send)]
impl ConnectApi for StuckBackend {
    async fn load_popular_institutions(&self, _: u32) -> ApiResult<Vec<Institution>> {
        unreachable!()
    }
    async fn load_institutions(&self, _: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        unreachable!()
    }
    async fn get_institution_credentials(&self, _: &str) -> ApiResult<CredentialSchema> {
        unreachable!()
    }
    async fn add_member(&self, _: &MemberData) -> ApiResult<Member> {
        Ok(Member {
            guid: "M".into(),
            connection_status: ConnectionStatus::Created,
            is_being_aggregated: true,
            error: None,
            challenge: None,
            fetching: None,
            oauth_window_uri: None,
            institution: None,
            accounts: Vec::new(),
        })
    }
    async fn run_job(&self, _: JobType, _: &str) -> ApiResult<JobRef> {
        Ok(JobRef { job_guid: Some("J".into()) })
    }
    async fn load_job(&self, _: &str) -> ApiResult<Job> {
        self.polls.set(self.polls.get() + 1);
        if self.failing_polls.get() > 0 {
            self.failing_polls.set(self.failing_polls.get() - 1);
            return Err(ApiError::new(ApiErrorKind::Network, "offline"));
        }
        Ok(Job { guid: "J".into(), status: ConnectionStatus::Pending, finished_at: None })
    }
    async fn update_mfa(&self, _: &str, _: &serde_json::Value) -> ApiResult<Member> {
        unreachable!()
    }
    async fn load_member_by_guid(&self, _: &str) -> ApiResult<Member> {
        unreachable!()
    }
}

fn stuck_data() -> MemberData {
    MemberData {
        institution_guid: "I".into(),
        credentials: serde_json::json!([]),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    }
}

#[test]
fn polling_has_a_ceiling() {
    let api = StuckBackend { failing_polls: Cell::new(0), polls: Cell::new(0) };
    let outcome = run(&api, &RecordingClock::default(), &stuck_data()).0.unwrap();
    assert_eq!(outcome, ConnectOutcome::TimedOut);
    assert_eq!(api.polls.get(), PollPolicy::default().max_polls);
}

#[test]
fn two_network_blips_are_tolerated_three_are_not() {
    let api = StuckBackend { failing_polls: Cell::new(2), polls: Cell::new(0) };
    assert_eq!(run(&api, &RecordingClock::default(), &stuck_data()).0.unwrap(), ConnectOutcome::TimedOut);
    let api = StuckBackend { failing_polls: Cell::new(3), polls: Cell::new(0) };
    let error = run(&api, &RecordingClock::default(), &stuck_data()).0.unwrap_err();
    assert_eq!(error.kind, ApiErrorKind::Network);
    assert_eq!(api.polls.get(), 3);
}
