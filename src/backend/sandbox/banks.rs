//! The featured sandbox banks: each documents its test credentials and scripts what its jobs do.

use serde_json::{json, Value};

use crate::model::{ConnectionStatus, Institution};

/// The username every password-based sandbox bank accepts.
pub const GOOD_USERNAME: &str = "user_good";
/// The password every password-based sandbox bank accepts; any other is refused.
pub const GOOD_PASSWORD: &str = "pass_good";

/// How a bank's connection job behaves once the credentials are accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Behaviour {
    /// Connects after two polls.
    Connects,
    /// Connects after several polls, moving through visible statuses.
    ConnectsSlowly,
    /// The bank fails the job with the given status.
    Fails(ConnectionStatus),
}

/// A featured bank.
pub struct Bank {
    pub institution: Institution,
    pub behaviour: Behaviour,
}

fn bank(guid: &str, code: &str, name: &str, popularity: u64, behaviour: Behaviour, note: &str) -> Bank {
    let instructions = format!(
        "Sandbox bank. Sign in with username “{GOOD_USERNAME}” and password “{GOOD_PASSWORD}”; \
         any other password is refused as wrong.{note}"
    );
    let host = format!("{}.example", code.replace('_', "-"));
    Bank {
        institution: Institution {
            guid: guid.into(),
            code: code.into(),
            name: name.into(),
            url: Some(format!("https://{host}")),
            popularity: Some(popularity),
            forgot_password_url: Some(format!("https://{host}/forgot-password")),
            instructions: Some(instructions),
            ..Institution::default()
        },
        behaviour,
    }
}

/// The featured banks, most popular first.
pub fn featured() -> Vec<Bank> {
    vec![
        bank("INS-SANDBOX-1", "sandbox_bank", "Sandbox Bank", 99_000, Behaviour::Connects, ""),
        bank(
            "INS-f1a3285d-e855-b68f-6aa7-8ae775c0e0e9", "gringotts", "Gringotts", 32_685,
            Behaviour::Connects, "",
        ),
        bank(
            "INS-SANDBOX-SLOW", "slow_savings", "Slow Savings", 31_000, Behaviour::ConnectsSlowly,
            " Connecting takes about half a minute.",
        ),
        bank(
            "INS-SANDBOX-DOWN", "offline_cu", "Offline Credit Union", 30_000,
            Behaviour::Fails(ConnectionStatus::Failed),
            " With the right password the bank fails to respond.",
        ),
        bank(
            "INS-SANDBOX-LOCKED", "locked_bank", "Locked Bank", 29_000,
            Behaviour::Fails(ConnectionStatus::Locked),
            " With the right password the bank reports the account locked.",
        ),
    ]
}

/// The MX credential schema every sandbox bank uses: username then password.
pub fn credentials_document(institution_guid: &str) -> Value {
    json!({ "credentials": [
        { "guid": format!("CRD-{institution_guid}-LOGIN"), "field_name": "LOGIN", "field_type": 3,
          "label": "Username", "display_order": 1, "optional": false, "meta_data": null, "options": null },
        { "guid": format!("CRD-{institution_guid}-PASSWORD"), "field_name": "PASSWORD", "field_type": 1,
          "label": "Password", "display_order": 2, "optional": false, "meta_data": null, "options": null },
    ]})
}

/// The statuses successive polls report, the last one final, and the bank's message for it.
pub fn job_script(behaviour: Behaviour, credentials_ok: bool) -> (Vec<ConnectionStatus>, Option<&'static str>) {
    use ConnectionStatus::*;
    if !credentials_ok {
        return (vec![Pending, Denied], Some("The username or password you entered is incorrect."));
    }
    match behaviour {
        Behaviour::Connects => (vec![Pending, Connected], None),
        Behaviour::ConnectsSlowly => (vec![Pending, Pending, Resumed, Resumed, Updated, Updated, Connected], None),
        Behaviour::Fails(Locked) => {
            (vec![Pending, Locked], Some("Your account is locked. Contact the bank to unlock it."))
        }
        Behaviour::Fails(status) => (vec![Pending, status], Some("The bank is not responding right now.")),
    }
}
