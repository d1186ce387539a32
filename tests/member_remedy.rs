//! The one decision the outcome and the error screens follow: what helps after each of MX's 22
//! connection statuses (the table of MX's widget's `getStepFromMember` / `LoginError` families).
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::flow::{outcome_for, ConnectOutcome, Remedy};
use connect_widget::model::{ConnectionStatus, Member, MemberError};

#[test]
fn every_status_has_its_remedy() {
    use Remedy::*;
    let table = [
        (0, "CREATED", Wait),
        (1, "PREVENTED", UpdateCredentials),
        (2, "DENIED", UpdateCredentials),
        (3, "CHALLENGED", Wait),
        (4, "REJECTED", TryAgain),
        (5, "LOCKED", VisitBank),
        (6, "CONNECTED", Nothing),
        (7, "IMPEDED", VisitBank),
        (8, "RECONNECTED", Wait),
        (9, "DEGRADED", TryLater),
        (10, "DISCONNECTED", TryLater),
        (11, "DISCONTINUED", ChooseAnother),
        (12, "CLOSED", ChooseAnother),
        (13, "DELAYED", TryLater),
        (14, "FAILED", TryAgain),
        (15, "UPDATED", Wait),
        (16, "DISABLED", ChooseAnother),
        (17, "IMPORTED", UpdateCredentials),
        (18, "RESUMED", Wait),
        (19, "EXPIRED", TryAgain),
        (20, "IMPAIRED", UpdateCredentials),
        (21, "PENDING", Wait),
    ];
    for (code, name, remedy) in table {
        let status = ConnectionStatus::from_code(code).unwrap();
        assert_eq!(status.name(), name);
        assert_eq!(Remedy::for_status(status), remedy, "{name}");
        assert_eq!(remedy.retry_helps(), !matches!(remedy, VisitBank | ChooseAnother), "{name}");
    }
}

#[test]
fn the_outcome_follows_the_remedy_with_the_banks_words() {
    let member = |code, message: &str| Member {
        guid: "MBR-1".into(),
        connection_status: ConnectionStatus::from_code(code).unwrap(),
        is_being_aggregated: false,
        error: Some(MemberError { code: None, user_message: Some(message.into()) }),
        challenge: None,
        oauth_window_uri: None,
    };
    let renew = Some("Update your password.".to_owned());
    assert_eq!(outcome_for(member(20, "Update your password.")), ConnectOutcome::CredentialsRefused { message: renew });
    assert_eq!(
        outcome_for(member(5, "Call the bank.")),
        ConnectOutcome::Failed { status: ConnectionStatus::Locked, message: Some("Call the bank.".into()) }
    );
    assert_eq!(outcome_for(member(6, "")), ConnectOutcome::Connected { member_guid: "MBR-1".into() });
}
