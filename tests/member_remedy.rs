//! The one decision the outcome and the error screens follow: what helps after each of MX's 22
//! connection statuses (the table of MX's widget's `getStepFromMember` / `LoginError` families).
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::dialect::{finqware, saltedge, tink};
use connect_widget::flow::{outcome_for, ConnectOutcome, Remedy, Reopening};
use connect_widget::model::{ConnectionStatus, JobType, Member, MemberError, Unavailable};

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
fn reopening_a_member_follows_its_status_asks_for_credentials_or_refreshes_it() {
    use Remedy::*;
    for code in 0..22 {
        let status = ConnectionStatus::from_code(code).unwrap();
        let remedy = Remedy::for_status(status);
        assert_eq!(Remedy::on_reopening(status, None, Reopening::AsStatus), remedy, "{}", status.name());
        // `update_credentials` opens the form, except on a member the bank works on or that waits for an answer.
        let updating = if remedy == Wait { Wait } else { UpdateCredentials };
        assert_eq!(Remedy::on_reopening(status, None, Reopening::UpdateCredentials), updating, "{}", status.name());
        // `refresh` runs a new job where one can help: a working member, or a failure a new job may fix.
        let refreshing = match remedy {
            Nothing | TryAgain | TryLater => Refresh,
            other => other,
        };
        assert_eq!(Remedy::on_reopening(status, None, Reopening::Refresh), refreshing, "{}", status.name());
    }
    assert_eq!(Reopening::asked(true, true), Reopening::UpdateCredentials, "updating the credentials wins");
    assert_eq!(Reopening::asked(false, true), Reopening::Refresh);
    assert_eq!(Reopening::asked(false, false), Reopening::AsStatus);
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

/// A member in MX status `status` with the bank's `message` and job error `code`.
fn member(status: u64, message: &str, code: Option<u64>) -> Member {
    Member {
        guid: "MBR-1".into(),
        connection_status: ConnectionStatus::from_code(status).unwrap(),
        is_being_aggregated: false,
        error: Some(MemberError { code, user_message: Some(message.into()), ..MemberError::default() }),
        challenge: None,
        fetching: None,
        oauth_window_uri: None,
        institution: None,
        accounts: Vec::new(),
    }
}

#[test]
fn the_outcome_follows_the_remedy_with_the_banks_words() {
    let renew = Some("Update your password.".to_owned());
    let guid = || "MBR-1".to_owned();
    let outcome = |status, message| outcome_for(member(status, message, None), JobType::Aggregation);
    assert_eq!(
        outcome(20, "Update your password."),
        ConnectOutcome::CredentialsRefused { member_guid: guid(), status: ConnectionStatus::Impaired, message: renew }
    );
    assert_eq!(
        outcome(5, "Call the bank."),
        ConnectOutcome::Failed {
            member_guid: guid(),
            status: ConnectionStatus::Locked,
            message: Some("Call the bank.".into()),
            code: None,
        }
    );
    assert_eq!(outcome(6, ""), ConnectOutcome::Connected { member_guid: "MBR-1".into(), accounts: Vec::new() });
}

/// MX's widget's `ACTIONABLE_ERROR_CODES`: each code's remedy wins over the member's status
/// (`getStepFromMember`); the MFA codes leave it to the status; NO_ELIGIBLE_ACCOUNTS counts only
/// in verification.
#[test]
fn every_actionable_job_error_has_its_remedy_whatever_the_status() {
    use Remedy::*;
    let table = [
        (1000, "NO_ELIGIBLE_ACCOUNTS", Some(NoAccounts)),
        (1001, "NO_ACCOUNTS", Some(NoAccounts)),
        (1002, "ACCESS_DENIED", Some(UpdateCredentials)),
        (2001, "INCORRECT_OTP", None),
        (2002, "INCORRECT_MFA", None),
        (2003, "MFA_TIMEOUT", None),
        (2004, "REAUTHORIZATION_REQUIRED", Some(UpdateCredentials)),
        (2005, "INVALID_CREDENTIALS", Some(UpdateCredentials)),
        (3000, "INSTITUTION_DOWN", Some(TryLater)),
        (3001, "INSTITUTION_MAINTENANCE", Some(TryLater)),
        (3002, "INSTITUTION_UNAVAILABLE", Some(TryLater)),
        (4000, "(not MX's)", None),
    ];
    for (code, name, remedy) in table {
        assert_eq!(Remedy::for_code(code), remedy, "{name}");
        for status in (0..22).map(|status| ConnectionStatus::from_code(status).unwrap()) {
            let expected = remedy.unwrap_or(Remedy::for_status(status));
            assert_eq!(Remedy::for_member(status, Some(code)), expected, "{name} on {}", status.name());
            assert_eq!(
                Remedy::on_reopening(status, Some(code), Reopening::AsStatus),
                expected,
                "{name} on {}",
                status.name()
            );
        }
    }
    assert!(!NoAccounts.retry_helps());
}

#[test]
fn a_job_error_decides_the_outcome_and_is_reported() {
    let guid = || "MBR-1".to_owned();
    let connected = ConnectionStatus::Connected;
    // Connected, but no accounts: not a success (MX: the actionable error screen).
    assert_eq!(
        outcome_for(member(6, "No accounts.", Some(1001)), JobType::Aggregation),
        ConnectOutcome::Failed {
            member_guid: guid(),
            status: connected,
            message: Some("No accounts.".into()),
            code: Some(1001)
        }
    );
    // No eligible accounts is a verification job's error; an aggregation keeps its status.
    assert_eq!(
        outcome_for(member(6, "", Some(1000)), JobType::Aggregation),
        ConnectOutcome::Connected { member_guid: guid(), accounts: Vec::new() }
    );
    assert!(matches!(
        outcome_for(member(6, "", Some(1000)), JobType::Verification),
        ConnectOutcome::Failed { code: Some(1000), .. }
    ));
    // Credentials to renew go back to the form, whatever the status.
    assert!(matches!(
        outcome_for(member(14, "Sign in again.", Some(2004)), JobType::Aggregation),
        ConnectOutcome::CredentialsRefused { status: ConnectionStatus::Failed, .. }
    ));
    // The MFA codes leave it to the status: a failed member is failed, with no code to report.
    assert!(matches!(
        outcome_for(member(14, "Wrong code.", Some(2002)), JobType::Aggregation),
        ConnectOutcome::Failed { code: None, .. }
    ));
}

#[test]
fn an_unavailable_institution_leads_to_the_remedy_that_helps() {
    for (unavailable, remedy) in [(Unavailable::Down, Remedy::TryLater), (Unavailable::ByTheApp, Remedy::ChooseAnother)]
    {
        assert_eq!(Remedy::for_status(unavailable.status()), remedy, "{unavailable:?}");
    }
}

#[test]
fn the_credentials_strategy_says_what_the_backend_is_told_about_storing() {
    use connect_widget::model::CredentialsStrategy::{self, *};
    for (name, strategy, chosen, unchosen) in [
        ("store", Store, None, None),
        ("do_not_store", DoNotStore, Some(false), Some(false)),
        ("ask", Ask, Some(true), Some(false)),
    ] {
        assert_eq!(CredentialsStrategy::parse(name), Some(strategy));
        assert_eq!((strategy.store_credentials(true), strategy.store_credentials(false)), (chosen, unchosen), "{name}");
    }
    assert_eq!(CredentialsStrategy::parse("always"), None);
}
