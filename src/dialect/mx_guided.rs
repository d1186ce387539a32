//! MX's shapes of the guided flows' answers: a micro-deposit (bare, or wrapped as
//! `{"micro_deposit": {…}}` the way `createMicrodeposit` answers) and a blocked routing number.

use serde_json::Value;

use super::json::{unwrap, Reader};
use super::mx::MX;
use super::DialectError;
use crate::model::{BlockedRouting, Microdeposit, MicrodepositStatus};

/// The micro-deposit in an answer of `createMicrodeposit`, `loadMicrodepositByGuid`,
/// `updateMicrodeposit`, `refreshMicrodepositStatus` or `verifyMicrodeposit`.
pub fn microdeposit(document: &Value) -> Result<Microdeposit, DialectError> {
    let item = Reader::object(MX, "micro_deposit".into(), unwrap(unwrap(document, "micro_deposit"), "microdeposit"))?;
    let status = ["status", "status_name"].iter().find_map(|key| item.opt_value(key));
    let Some(status) = status.and_then(|(value, _)| MicrodepositStatus::parse(value)) else {
        return Err(item.error("status", "a micro-deposit status (0–9, or its name such as DEPOSITED)"));
    };
    Ok(Microdeposit {
        guid: item.string("guid")?,
        status,
        account_name: item.opt_text("account_name")?,
        account_number: item.opt_text("account_number")?,
        account_type: item.opt_u64("account_type")?,
        routing_number: item.opt_text("routing_number")?,
        first_name: item.opt_text("first_name")?,
        last_name: item.opt_text("last_name")?,
        email: item.opt_text("email")?,
        deposit_expected_at: item.opt_text("deposit_expected_at")?,
    })
}

/// Why `verifyRoutingNumber`'s answer refuses the number, or `None` when it may be used (an
/// empty answer, or no `blocked_routing_number` in it).
pub fn blocked_routing(document: &Value) -> Option<BlockedRouting> {
    let blocked = document.get("blocked_routing_number").filter(|value| value.is_object())?;
    let reason = blocked.get("reason").and_then(Value::as_u64);
    let name = blocked.get("reason_name").and_then(Value::as_str).unwrap_or_default();
    Some(match (reason, name) {
        (Some(0), _) | (_, "INVALID") => BlockedRouting::Invalid,
        (Some(3), _) | (_, "IAV_PREFERRED") => BlockedRouting::ConnectInstead,
        _ => BlockedRouting::Blocked,
    })
}

/// The guid of the account `createAccount` answered (`{"guid": "ACC-123", …}`, bare or under
/// `account`); empty when it sent none.
pub fn account_guid(document: &Value) -> String {
    let guid = unwrap(document, "account").get("guid").and_then(Value::as_str);
    guid.unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn micro_deposits_are_read_bare_or_wrapped_with_a_code_or_a_name() {
        let bare = json!({
            "guid": "MIC-123", "status": 2, "status_name": "DEPOSITED", "account_name": "Checking (...1234)",
            "account_number": "123456781234", "account_type": 1, "routing_number": "091000019",
            "can_auto_verify": false, "deposit_expected_at": "2026-12-04T00:00:00+00:00",
            "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace"
        });
        let read = microdeposit(&bare).unwrap();
        assert_eq!((read.guid.as_str(), read.status), ("MIC-123", MicrodepositStatus::Deposited));
        assert_eq!(read.account_type, Some(1));
        assert_eq!(read.deposit_expected_at.as_deref(), Some("2026-12-04T00:00:00+00:00"));
        let wrapped = microdeposit(&json!({ "micro_deposit": { "guid": "MIC-1", "status_name": "DENIED" } })).unwrap();
        assert_eq!(wrapped.status, MicrodepositStatus::Denied);
        let error = microdeposit(&json!({ "guid": "MIC-1", "status": 42 })).unwrap_err();
        assert!(error.to_string().contains("micro_deposit.status"), "{error}");
        assert!(microdeposit(&json!({ "status": 1 })).unwrap_err().to_string().contains("guid"));
        assert!(microdeposit(&json!("MIC-1")).is_err());
    }

    #[test]
    fn a_manual_account_is_named_by_its_guid() {
        assert_eq!(account_guid(&json!({ "guid": "ACC-123", "account_type": "CHECKING" })), "ACC-123");
        assert_eq!(account_guid(&json!({ "account": { "guid": "ACC-1" } })), "ACC-1");
        assert_eq!(account_guid(&json!(null)), "");
    }

    #[test]
    fn a_routing_number_is_blocked_only_when_the_answer_says_so() {
        let blocked = |reason: Value, name| json!({ "blocked_routing_number": { "guid": null, "reason": reason, "reason_name": name } });
        assert_eq!(blocked_routing(&json!({})), None);
        assert_eq!(blocked_routing(&Value::Null), None);
        assert_eq!(blocked_routing(&json!({ "blocked_routing_number": null })), None);
        assert_eq!(blocked_routing(&blocked(json!(3), "IAV_PREFERRED")), Some(BlockedRouting::ConnectInstead));
        assert_eq!(blocked_routing(&blocked(json!(0), "INVALID")), Some(BlockedRouting::Invalid));
        assert_eq!(blocked_routing(&blocked(json!(1), "BLOCKED")), Some(BlockedRouting::Blocked));
        assert_eq!(blocked_routing(&blocked(json!(2), "CLIENT_BLOCKED")), Some(BlockedRouting::Blocked));
        assert_eq!(blocked_routing(&blocked(Value::Null, "IAV_PREFERRED")), Some(BlockedRouting::ConnectInstead));
    }
}
