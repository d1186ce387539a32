//! The sandbox's existing members, one per family of statuses, for opening the widget on a
//! member (`current_member_guid`; the demo host's picker lists them). Each belongs to a featured
//! bank; refreshing or updating it follows that bank's script.

use std::collections::HashMap;

use super::banks::{self, Bank, Stage};
use super::member::SandboxMember;
use crate::model::ConnectionStatus::{self, *};

/// Guid, bank, status, the bank's message, and whether the stored credentials are right.
type Existing = (&'static str, &'static str, ConnectionStatus, Option<&'static str>, bool);

/// The existing members.
pub const EXISTING: [Existing; 8] = [
    ("MBR-SBX-CONNECTED", "INS-SANDBOX-1", Connected, None, true),
    ("MBR-SBX-PENDING", "INS-SANDBOX-SLOW", Pending, None, true),
    ("MBR-SBX-CHALLENGED", "INS-SANDBOX-MFA", Challenged, None, true),
    (
        "MBR-SBX-DENIED",
        "INS-SANDBOX-1",
        Denied,
        Some("The password was changed at the bank. Enter the new one."),
        false,
    ),
    ("MBR-SBX-EXPIRED", "INS-SANDBOX-1", Expired, Some("The bank's session expired before the update finished."), true),
    (
        "MBR-SBX-LOCKED",
        "INS-SANDBOX-LOCKED",
        Locked,
        Some("Your account is locked. Contact the bank to unlock it."),
        true,
    ),
    ("MBR-SBX-DEGRADED", "INS-SANDBOX-1", Degraded, Some("The bank's systems are slow right now."), true),
    ("MBR-SBX-CLOSED", "INS-SANDBOX-1", Closed, Some("This account was closed at the bank."), true),
];

/// The existing members by guid: a finished one shows its status; one in progress or
/// challenged is where its bank's script has it.
pub fn members(featured: &[Bank]) -> HashMap<String, SandboxMember> {
    EXISTING
        .iter()
        .map(|&(guid, bank_guid, status, message, credentials_ok)| {
            let bank = featured.iter().find(|bank| bank.institution.guid == bank_guid).expect("a featured bank");
            let mut member = SandboxMember::new(bank_guid.into(), credentials_ok, Vec::new(), message);
            if matches!(status, Pending | Challenged) {
                let (stages, _) = banks::job_script(&bank.behaviour, true);
                let asks = |stage: &Stage| matches!(stage, Stage::Ask(_) | Stage::AskSometimes(_));
                member.position = match status {
                    Challenged => stages.iter().position(asks).unwrap_or_default(),
                    _ => 0,
                };
                member.stages = stages;
            }
            member.last = status;
            (guid.to_owned(), member)
        })
        .collect()
}

/// The existing member that can verify an account (MX's `verification_is_enabled`): the one
/// verification mode offers first.
pub const VERIFIABLE: &str = "MBR-SBX-CONNECTED";

impl super::SandboxApi {
    /// `loadMembers`' answer, in MX's shape: the existing members still there, by guid, with
    /// their bank's name; only [`VERIFIABLE`] can verify an account.
    pub(super) fn members_answer(&self) -> serde_json::Value {
        let state = self.state.borrow();
        let mut members: Vec<_> =
            state.members.iter().filter(|(guid, _)| guid.starts_with("MBR-SBX-") && !guid.contains("-FOR-")).collect();
        members.sort_by(|a, b| a.0.cmp(b.0));
        let listed = members.into_iter().map(|(guid, member)| {
            let name =
                self.with_bank(&member.institution_guid, |bank| bank.institution.name.clone()).unwrap_or_default();
            serde_json::json!({
                "guid": guid, "name": name, "institution_guid": member.institution_guid,
                "connection_status": member.last.name(), "verification_is_enabled": guid == VERIFIABLE,
                "is_managed_by_user": true,
            })
        });
        serde_json::json!({ "members": listed.collect::<Vec<_>>() })
    }
}
