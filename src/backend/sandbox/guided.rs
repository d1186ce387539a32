//! The sandbox's side of the guided flows, in MX's shapes: routing numbers to check, a
//! micro-deposit in every status (open one with `current_microdeposit_guid`), manual accounts and
//! support requests. Account numbers and names pick the outcome (docs/sandbox.md).

use std::collections::HashMap;

use serde_json::{json, Value};

use super::not_found;
use crate::backend::{ApiError, ApiErrorKind, ApiResult};
use crate::model::MicrodepositStatus;

/// A routing number whose bank can be connected instead (Sandbox Bank's): `IAV_PREFERRED`.
pub const CONNECTABLE_ROUTING: &str = "021000021";
/// A routing number whose bank takes no micro-deposits: `BLOCKED`.
pub const BLOCKED_ROUTING: &str = "111000025";
/// The amounts of every sandbox micro-deposit's deposits, in cents as MX sends them.
pub const DEPOSITS: [&str; 2] = ["07", "12"];
/// Wrong amounts allowed before a micro-deposit is PREVENTED.
const ATTEMPTS: u32 = 3;
/// The existing micro-deposits, `MIC-SBX-<STATUS>` (`ARRIVING` is REQUESTED until its status is
/// refreshed, then DEPOSITED), with their status codes.
const EXISTING: [(&str, u64); 10] = [
    ("REQUESTED", 1),
    ("ARRIVING", 1),
    ("DEPOSITED", 2),
    ("VERIFIED", 3),
    ("ERRORED", 4),
    ("DENIED", 5),
    ("PREVENTED", 6),
    ("CONFLICTED", 7),
    ("REJECTED", 8),
    ("PREINITIATED", 9),
];

/// What the sandbox keeps of the guided flows.
pub struct Desk {
    microdeposits: HashMap<String, (Value, u32)>,
    made: usize,
    /// The support requests received (for tests).
    pub tickets: Vec<Value>,
}

impl Default for Desk {
    fn default() -> Self {
        let mut microdeposits = HashMap::new();
        for (name, status) in EXISTING {
            let guid = format!("MIC-SBX-{name}");
            let mut details = json!({
                "account_name": "Checking ending in 6789", "account_number": "123456789", "account_type": 1,
                "routing_number": "011000015", "first_name": "Ada", "last_name": "Lovelace",
                "email": "ada@example.com", "deposit_expected_at": "2026-12-04T17:00:00Z",
            });
            if status == 9 {
                details = json!({ "first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com" });
            }
            microdeposits.insert(guid.clone(), (with_status(details, &guid, status), 0));
        }
        Self { microdeposits, made: 0, tickets: Vec::new() }
    }
}

impl Desk {
    /// Answers the guided flows' callback `name`.
    pub fn call(&mut self, name: &str, args: &[Value]) -> ApiResult<Value> {
        let arg = |index: usize| args.get(index).cloned().unwrap_or(Value::Null);
        let text = |index: usize| arg(index).as_str().unwrap_or_default().to_owned();
        match name {
            "verifyRoutingNumber" => Ok(match text(0).as_str() {
                CONNECTABLE_ROUTING => {
                    json!({ "blocked_routing_number": { "guid": null, "reason": 3, "reason_name": "IAV_PREFERRED" } })
                }
                BLOCKED_ROUTING => {
                    json!({ "blocked_routing_number": { "guid": null, "reason": 1, "reason_name": "BLOCKED" } })
                }
                _ => json!({}),
            }),
            "createMicrodeposit" => {
                self.made += 1;
                let guid = format!("MIC-SBX-{}", self.made);
                let sent = with_status(arg(0), &guid, outcome(&arg(0)));
                self.microdeposits.insert(guid, (sent.clone(), 0));
                Ok(json!({ "micro_deposit": sent }))
            }
            "updateMicrodeposit" => {
                let guid = text(0);
                let (kept, _) = self.microdeposits.get_mut(&guid).ok_or_else(|| not_found("micro-deposit", &guid))?;
                let mut details = kept.clone();
                for (key, value) in arg(1).as_object().into_iter().flatten() {
                    details[key] = value.clone();
                }
                *kept = with_status(details.clone(), &guid, outcome(&details));
                Ok(kept.clone())
            }
            "loadMicrodepositByGuid" => self.microdeposit(&text(0)).map(|(kept, _)| kept.clone()),
            "refreshMicrodepositStatus" => {
                let guid = text(0);
                let (kept, _) = self.microdeposit(&guid)?;
                if guid == "MIC-SBX-ARRIVING" {
                    *kept = with_status(kept.clone(), &guid, 2);
                }
                Ok(kept.clone())
            }
            "verifyMicrodeposit" => {
                let guid = text(0);
                let (kept, wrong) = self.microdeposit(&guid)?;
                if !matches!(kept["status"].as_u64(), Some(2 | 5)) {
                    return Err(ApiError::new(
                        ApiErrorKind::Status(409),
                        format!("sandbox: {guid} has no deposits to verify"),
                    ));
                }
                let mut typed = [arg(1)["deposit_amount_1"].clone(), arg(1)["deposit_amount_2"].clone()];
                typed.sort_by_key(|amount| amount.as_str().unwrap_or_default().to_owned());
                let right = typed == DEPOSITS.map(Value::from);
                *wrong += u32::from(!right);
                let status = match (right, *wrong >= ATTEMPTS) {
                    (true, _) => 3,
                    (false, true) => 6,
                    (false, false) => 5,
                };
                *kept = with_status(kept.clone(), &guid, status);
                Ok(kept.clone())
            }
            "createAccount" => {
                if arg(0)["user_name"].as_str().is_some_and(|name| name.contains("fail")) {
                    return Err(unavailable("accounts"));
                }
                self.made += 1;
                Ok(json!({ "guid": format!("ACC-SBX-{}", self.made), "account_type": arg(0)["account_type"] }))
            }
            "createSupportTicket" => {
                if arg(0)["email"].as_str().is_some_and(|email| email.ends_with("@fail.test")) {
                    return Err(unavailable("support"));
                }
                self.tickets.push(arg(0));
                Ok(json!({}))
            }
            _ => Err(ApiError::missing_callback(name)),
        }
    }

    fn microdeposit(&mut self, guid: &str) -> ApiResult<&mut (Value, u32)> {
        self.microdeposits.get_mut(guid).ok_or_else(|| not_found("micro-deposit", guid))
    }
}

/// The status the account number sends a new micro-deposit to: `…0000` cannot receive deposits
/// (ERRORED), `…9999` cannot be verified this way (REJECTED), any other is REQUESTED.
fn outcome(details: &Value) -> u64 {
    match details["account_number"].as_str().unwrap_or_default() {
        number if number.ends_with("0000") => 4,
        number if number.ends_with("9999") => 8,
        _ => 1,
    }
}

/// `details` as MX answers a micro-deposit with `guid` and status `code`.
fn with_status(mut details: Value, guid: &str, code: u64) -> Value {
    details["guid"] = guid.into();
    details["status"] = code.into();
    details["status_name"] = MicrodepositStatus::ALL[code as usize].name().into();
    details["can_auto_verify"] = false.into();
    details
}

fn unavailable(what: &str) -> ApiError {
    ApiError::new(ApiErrorKind::Status(503), format!("sandbox: {what} are down for this test"))
}
