//! Opening the widget on an existing member (`current_member_guid`), natively: the sandbox's
//! member of each family, and the attempt its status leads to (resume, update, refresh).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;

use async_trait::async_trait;
use common::NoChallenges;
use connect_widget::backend::sandbox::{SandboxApi, GOOD_PASSWORD, GOOD_USERNAME};
use connect_widget::backend::{calls, ApiErrorKind, ConnectApi};
use connect_widget::dialect;
use connect_widget::flow::{Answer, Attempt, ConnectOutcome, Prompter, Remedy, Reopening};
use connect_widget::model::{Challenge, ConnectionStatus, FieldValues, InstitutionKey, MemberData};
use futures::executor::block_on;

/// Answers each challenge's first field with the next of its values.
struct FirstFieldAnswers(RefCell<Vec<&'static str>>);

#[async_trait(?Send)]
impl Prompter for FirstFieldAnswers {
    async fn ask(&self, _: &str, challenge: &Challenge) -> Answer {
        let mut values = FieldValues::initial(&challenge.schema);
        values.set(&challenge.schema.fields[0].key, self.0.borrow_mut().remove(0).into());
        Answer::Submit(dialect::credentials_payload(&challenge.schema, &values))
    }
}

fn attempt(api: &SandboxApi, prompter: &dyn Prompter, attempt: Attempt) -> ConnectOutcome {
    let connection = common::connection(api, prompter);
    block_on(connection.run(&attempt, &mut |_| {})).unwrap()
}

/// New credentials for the sandbox's plain bank.
fn credentials(api: &SandboxApi, password: &str) -> MemberData {
    let schema = block_on(api.get_institution_credentials("INS-SANDBOX-1")).unwrap();
    let mut values = FieldValues::default();
    values.set(&schema.fields[0].key, GOOD_USERNAME.into());
    values.set(&schema.fields[1].key, password.into());
    MemberData {
        institution_guid: "INS-SANDBOX-1".into(),
        credentials: dialect::credentials_payload(&schema, &values),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    }
}

#[test]
fn each_existing_member_opens_where_its_status_leads() {
    let api = SandboxApi::default();
    let table = [
        ("MBR-SBX-CONNECTED", "INS-SANDBOX-1", Remedy::Nothing),
        ("MBR-SBX-PENDING", "INS-SANDBOX-SLOW", Remedy::Wait),
        ("MBR-SBX-CHALLENGED", "INS-SANDBOX-MFA", Remedy::Wait),
        ("MBR-SBX-DENIED", "INS-SANDBOX-1", Remedy::UpdateCredentials),
        ("MBR-SBX-EXPIRED", "INS-SANDBOX-1", Remedy::TryAgain),
        ("MBR-SBX-LOCKED", "INS-SANDBOX-LOCKED", Remedy::VisitBank),
        ("MBR-SBX-DEGRADED", "INS-SANDBOX-1", Remedy::TryLater),
        ("MBR-SBX-CLOSED", "INS-SANDBOX-1", Remedy::ChooseAnother),
    ];
    for (guid, bank, remedy) in table {
        let member = block_on(api.load_member_by_guid(guid)).unwrap();
        assert_eq!(member.institution, Some(InstitutionKey::Guid(bank.into())), "{guid}");
        assert_eq!(Remedy::on_reopening(member.connection_status, None, Reopening::AsStatus), remedy, "{guid}");
        let institution = block_on(api.load_institution(member.institution.as_ref().unwrap())).unwrap();
        assert_eq!(institution.guid, bank);
        let has_message = !matches!(remedy, Remedy::Nothing | Remedy::Wait);
        assert_eq!(member.error.is_some(), has_message, "{guid}: the bank's words with a failure");
    }
    let missing = block_on(api.load_member_by_guid("MBR-NOPE")).unwrap_err();
    assert_eq!(missing.kind, ApiErrorKind::Status(404));
}

#[test]
fn a_member_in_progress_or_challenged_is_followed_to_its_end() {
    let api = SandboxApi::default();
    let resume = |guid: &str| Attempt::Resume { member_guid: guid.into() };
    assert!(matches!(attempt(&api, &NoChallenges, resume("MBR-SBX-PENDING")), ConnectOutcome::Connected { .. }));
    let answers = FirstFieldAnswers(RefCell::new(vec!["123456", "london", "car"]));
    assert!(matches!(attempt(&api, &answers, resume("MBR-SBX-CHALLENGED")), ConnectOutcome::Connected { .. }));
    assert!(answers.0.borrow().is_empty(), "all three questions were asked");
}

#[test]
fn refused_credentials_are_updated_and_the_member_connects() {
    let api = SandboxApi::default();
    let refresh = Attempt::Refresh { member_guid: "MBR-SBX-DENIED".into() };
    assert!(
        matches!(attempt(&api, &NoChallenges, refresh), ConnectOutcome::CredentialsRefused { .. }),
        "a refresh with the old password is refused again"
    );
    let update = |password| Attempt::Update { member_guid: "MBR-SBX-DENIED".into(), data: credentials(&api, password) };
    assert!(matches!(attempt(&api, &NoChallenges, update("wrong")), ConnectOutcome::CredentialsRefused { .. }));
    let outcome = attempt(&api, &NoChallenges, update(GOOD_PASSWORD));
    assert_eq!(outcome, ConnectOutcome::Connected { member_guid: "MBR-SBX-DENIED".into(), accounts: Vec::new() });
    let member = block_on(api.load_member_by_guid("MBR-SBX-DENIED")).unwrap();
    assert_eq!(member.connection_status, ConnectionStatus::Connected);
}

#[test]
fn a_refresh_runs_a_new_job_with_the_stored_credentials() {
    let api = SandboxApi::default();
    for guid in ["MBR-SBX-EXPIRED", "MBR-SBX-DEGRADED", "MBR-SBX-CONNECTED"] {
        let outcome = attempt(&api, &NoChallenges, Attempt::Refresh { member_guid: guid.into() });
        assert_eq!(outcome, ConnectOutcome::Connected { member_guid: guid.into(), accounts: Vec::new() }, "{guid}");
    }
    let locked = attempt(&api, &NoChallenges, Attempt::Refresh { member_guid: "MBR-SBX-LOCKED".into() });
    assert!(matches!(locked, ConnectOutcome::Failed { status: ConnectionStatus::Locked, .. }));
}

#[test]
fn a_disconnected_member_is_gone() {
    let api = SandboxApi::default();
    block_on(calls::delete_member(&api, "MBR-SBX-CONNECTED")).unwrap();
    let gone = block_on(api.load_member_by_guid("MBR-SBX-CONNECTED")).unwrap_err();
    assert_eq!(gone.kind, ApiErrorKind::Status(404));
    let again = block_on(calls::delete_member(&api, "MBR-SBX-CONNECTED")).unwrap_err();
    assert_eq!(again.kind, ApiErrorKind::Status(404), "deleting twice is refused");
}

#[test]
fn a_member_has_its_banks_form() {
    let api = SandboxApi::default();
    let form = block_on(calls::get_member_credentials(&api, "MBR-SBX-DENIED")).unwrap();
    let bank = block_on(api.get_institution_credentials("INS-SANDBOX-1")).unwrap();
    assert_eq!(form, bank);
    assert_eq!(block_on(calls::get_member_credentials(&api, "MBR-NOPE")).unwrap_err().kind, ApiErrorKind::Status(404));
}
