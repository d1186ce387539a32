//! The guided flows' events (micro-deposits, manual accounts, support, the account to verify),
//! named as MX's widget
//! names its `connect/microdeposits/*` messages. Built only by the lazily loaded module `guided`.

use serde_json::Value;

use super::WidgetEvent;
use crate::json::object;
use crate::model::ConnectedAccount;

impl WidgetEvent {
    /// `microdeposits/loaded {initial_step}`: the widget opened on a micro-deposit
    /// (`routingNumber`, `comeBack`, `verifyDeposits`, `verified` or `errors`).
    pub fn microdeposits_loaded(initial_step: &'static str) -> Self {
        guided("microdeposits/loaded", vec![("initial_step", initial_step.into())])
    }

    /// `microdeposits/blockedRoutingNumber {routing_number, reason}`: `verifyRoutingNumber` refused
    /// the number (`INVALID`, `BLOCKED`, `IAV_PREFERRED`).
    pub fn blocked_routing_number(routing_number: &str, reason: &'static str) -> Self {
        let entries = vec![("routing_number", routing_number.into()), ("reason", reason.into())];
        guided("microdeposits/blockedRoutingNumber", entries)
    }

    /// `microdeposits/<what> {microdeposit_guid}`: `detailsSubmitted` (the deposits were
    /// requested), `comeBack/primaryAction` ("Done" on "Check back soon") or `verified`.
    pub fn microdeposit(what: &'static str, microdeposit_guid: &str) -> Self {
        guided(what, vec![("microdeposit_guid", microdeposit_guid.into())])
    }

    /// `microdeposits/error/primaryAction {status, guid}`: "Done" on the screen of a
    /// micro-deposit that cannot be verified (PREVENTED, REJECTED).
    pub fn microdeposit_given_up(status: &'static str, guid: &str) -> Self {
        guided("microdeposits/error/primaryAction", vec![("status", status.into()), ("guid", guid.into())])
    }

    /// `manualAccount/added {account_guid, account_type}`: `createAccount` succeeded.
    pub fn manual_account_added(account_guid: &str, account_type: u64) -> Self {
        let entries = vec![("account_guid", account_guid.into()), ("account_type", account_type.into())];
        guided("manualAccount/added", entries)
    }

    /// `verification/accountSelected {member_guid, account_guid, account_name}`: in verification
    /// mode, the user chose which of the connection's accounts to verify (`account_guid`: the
    /// backend's id of it, or null).
    pub fn account_selected(member_guid: &str, account: &ConnectedAccount) -> Self {
        let id = account.id.as_deref().map_or(Value::Null, Value::from);
        let entries = vec![
            ("member_guid", member_guid.into()),
            ("account_guid", id),
            ("account_name", account.name.as_str().into()),
        ];
        guided("verification/accountSelected", entries)
    }

    /// `support/requestSent {}`: `createSupportTicket` succeeded (what the user wrote is not in it).
    pub fn support_request_sent() -> Self {
        guided("support/requestSent", Vec::new())
    }
}

fn guided(name: &'static str, entries: Vec<(&str, Value)>) -> WidgetEvent {
    WidgetEvent::Guided { name, metadata: object(entries) }
}
