//! `docs/events.md` lists every event the code can emit, with every metadata key.
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::events::WidgetEvent;
use connect_widget::flow::StepName;
use connect_widget::model::{ConnectionStatus, Fetching, Institution, Mode};

/// One of each event. The exhaustive match below stops the build when a variant is added
/// without being listed here.
fn every_event() -> Vec<WidgetEvent> {
    let institution = Institution { guid: "G".into(), code: "c".into(), name: "N".into(), ..Institution::default() };
    vec![
        WidgetEvent::Loaded { initial_step: StepName::Search, mode: Mode::Aggregation },
        WidgetEvent::StepChange { previous: StepName::Search, current: StepName::Connected },
        WidgetEvent::InstitutionSearch { query: "q".into() },
        WidgetEvent::SelectedInstitution { institution: institution.clone() },
        WidgetEvent::ConsentAccepted {
            institution: (&institution).into(),
            consent: serde_json::json!({ "scopes": ["account_details"] }),
        },
        WidgetEvent::ConsentDeclined { institution: (&institution).into() },
        WidgetEvent::EnterCredentials { institution: (&institution).into() },
        WidgetEvent::UpdateCredentials { member_guid: "M".into(), institution: (&institution).into() },
        WidgetEvent::SubmitMfa { member_guid: "M".into(), mfa_type: "TEXT" },
        WidgetEvent::MemberStatusUpdate {
            member_guid: "M".into(),
            connection_status: ConnectionStatus::Pending,
            fetching: Some(Fetching::Accounts),
        },
        WidgetEvent::MemberError { member_guid: "M".into(), connection_status: ConnectionStatus::Denied },
        WidgetEvent::InvalidData { member_guid: "M".into(), code: 1001 },
        WidgetEvent::CreateMemberError { institution: (&institution).into() },
        WidgetEvent::MemberConnected { member_guid: "M".into() },
        WidgetEvent::ConnectedPrimaryAction { member_guid: "M".into() },
        WidgetEvent::MemberDeleted { member_guid: "M".into() },
        WidgetEvent::OAuthRequested { url: "https://bank.example/authorize".into(), member_guid: "M".into() },
        WidgetEvent::OAuthPopupBlocked { member_guid: "M".into() },
        WidgetEvent::OAuthError { member_guid: "M".into(), reason: "DENIED" },
        WidgetEvent::BackToSearch,
        WidgetEvent::Exit { step: StepName::Mfa, reason: "user_closed" },
        WidgetEvent::Resize { height: 480 },
        WidgetEvent::Error { code: "x".into(), message: "m".into(), recoverable: true },
        WidgetEvent::microdeposits_loaded("verifyDeposits"),
        WidgetEvent::blocked_routing_number("021000021", "IAV_PREFERRED"),
        WidgetEvent::microdeposit("microdeposits/detailsSubmitted", "MIC-1"),
        WidgetEvent::microdeposit("microdeposits/comeBack/primaryAction", "MIC-1"),
        WidgetEvent::microdeposit("microdeposits/verified", "MIC-1"),
        WidgetEvent::microdeposit_given_up("PREVENTED", "MIC-1"),
        WidgetEvent::manual_account_added("ACC-1", 1),
        WidgetEvent::support_request_sent(),
        WidgetEvent::account_selected("MBR-1", &connect_widget::model::ConnectedAccount::new("Checking", Some("1234"))),
    ]
}

#[allow(dead_code)]
fn listed_above(event: WidgetEvent) {
    use WidgetEvent::*;
    match event {
        Loaded { .. }
        | StepChange { .. }
        | InstitutionSearch { .. }
        | SelectedInstitution { .. }
        | ConsentAccepted { .. }
        | ConsentDeclined { .. }
        | EnterCredentials { .. }
        | UpdateCredentials { .. }
        | SubmitMfa { .. }
        | MemberStatusUpdate { .. }
        | MemberError { .. }
        | InvalidData { .. }
        | CreateMemberError { .. }
        | MemberConnected { .. }
        | ConnectedPrimaryAction { .. }
        | MemberDeleted { .. }
        | OAuthRequested { .. }
        | OAuthPopupBlocked { .. }
        | OAuthError { .. }
        | BackToSearch
        | Exit { .. }
        | Resize { .. }
        | Error { .. }
        | Guided { .. } => {}
    }
}

#[test]
fn every_event_and_metadata_key_is_documented() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/events.md")).unwrap();
    for event in every_event() {
        let row = docs
            .lines()
            .find(|line| line.starts_with(&format!("| `{}` |", event.name())))
            .unwrap_or_else(|| panic!("docs/events.md has no row for `{}`", event.name()));
        for key in event.metadata().as_object().unwrap().keys() {
            assert!(row.contains(key.as_str()), "docs/events.md row `{}` does not mention `{key}`", event.name());
        }
    }
}
