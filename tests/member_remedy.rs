//! The one decision the outcome and the error screens follow: what helps after each of MX's 22
//! connection statuses (the table of MX's widget's `getStepFromMember` / `LoginError` families).
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::dialect::{finqware, saltedge, tink};
use connect_widget::flow::{outcome_for, ConnectOutcome, Remedy};
use connect_widget::model::{ConnectionStatus, Member, MemberError, Unavailable};

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
        assert_eq!(remedy.retry_helps(), !matches!(remedy, Nothing | VisitBank | ChooseAnother), "{name}");
    }
}

#[test]
fn reopening_a_member_follows_its_status_or_asks_for_credentials() {
    for code in 0..22 {
        let status = ConnectionStatus::from_code(code).unwrap();
        let remedy = Remedy::for_status(status);
        assert_eq!(Remedy::on_reopening(status, false), remedy, "{}", status.name());
        // `update_credentials` opens the form, except on a member the bank works on or that waits for an answer.
        let updating = if remedy == Remedy::Wait { Remedy::Wait } else { Remedy::UpdateCredentials };
        assert_eq!(Remedy::on_reopening(status, true), updating, "{}", status.name());
    }
}

#[test]
fn every_vendor_status_has_its_remedy() {
    use Remedy::*;
    let salt_edge = [
        ("InvalidCredentials", UpdateCredentials),
        ("InvalidInteractiveCredentials", TryAgain),
        ("InteractiveAdapterTimeout", TryAgain),
        ("InteractiveTimeout", TryAgain),
        ("ProviderUnavailable", TryLater),
        ("ConnectionLost", TryLater),
        ("ProviderError", TryAgain),
        ("ProviderDisabled", ChooseAnother),
        ("ProviderInactive", ChooseAnother),
        ("ConnectionDisabled", ChooseAnother),
        ("ConnectionAlreadyProcessing", Wait),
        ("ConnectionFailed", TryAgain),
        ("ExecutionTimeout", TryAgain),
        ("FetchingTimeout", TryAgain),
    ];
    for (class, remedy) in salt_edge {
        assert_eq!(Remedy::for_status(saltedge::error_class_status(class)), remedy, "Salt Edge {class}");
    }
    let tink = [
        ("CREATED", Wait),
        ("AUTHENTICATING", Wait),
        ("AWAITING_MOBILE_BANKID_AUTHENTICATION", Wait),
        ("AWAITING_SUPPLEMENTAL_INFORMATION", Wait),
        ("AWAITING_THIRD_PARTY_APP_AUTHENTICATION", Wait),
        ("UPDATING", Wait),
        ("UPDATED", Nothing),
        ("AUTHENTICATION_ERROR", UpdateCredentials),
        ("TEMPORARY_ERROR", TryLater),
        ("PERMANENT_ERROR", TryAgain),
        ("DELETED", TryLater),
    ];
    for (status, remedy) in tink {
        assert_eq!(Remedy::for_status(tink::credentials_status(status).unwrap()), remedy, "Tink {status}");
    }
    let finqware = [
        ("created", Wait),
        ("started", Wait),
        ("requested", Wait),
        ("sca_url_retrieved", Wait),
        ("awaiting_authz", Wait),
        ("authorized", Wait),
        ("active", Nothing),
        ("expired", TryAgain),
        ("revoked", TryLater),
        ("failed", TryAgain),
        ("suspended", ChooseAnother),
    ];
    for (status, remedy) in finqware {
        assert_eq!(Remedy::for_status(finqware::consent_status(status).unwrap()), remedy, "Finqware {status}");
    }
}

#[test]
fn the_outcome_follows_the_remedy_with_the_banks_words() {
    let member = |code, message: &str| Member {
        guid: "MBR-1".into(),
        connection_status: ConnectionStatus::from_code(code).unwrap(),
        is_being_aggregated: false,
        error: Some(MemberError { user_message: Some(message.into()), ..MemberError::default() }),
        challenge: None,
        oauth_window_uri: None,
        institution: None,
    };
    let renew = Some("Update your password.".to_owned());
    let guid = || "MBR-1".to_owned();
    assert_eq!(
        outcome_for(member(20, "Update your password.")),
        ConnectOutcome::CredentialsRefused { member_guid: guid(), status: ConnectionStatus::Impaired, message: renew }
    );
    assert_eq!(
        outcome_for(member(5, "Call the bank.")),
        ConnectOutcome::Failed {
            member_guid: guid(),
            status: ConnectionStatus::Locked,
            message: Some("Call the bank.".into())
        }
    );
    assert_eq!(outcome_for(member(6, "")), ConnectOutcome::Connected { member_guid: "MBR-1".into() });
}

#[test]
fn an_unavailable_institution_leads_to_the_remedy_that_helps() {
    for (unavailable, remedy) in [(Unavailable::Down, Remedy::TryLater), (Unavailable::ByTheApp, Remedy::ChooseAnother)]
    {
        assert_eq!(Remedy::for_status(unavailable.status()), remedy, "{unavailable:?}");
    }
}
