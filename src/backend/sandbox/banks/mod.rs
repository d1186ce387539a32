//! The featured sandbox banks: each has an institution, a credential schema in its vendor's
//! JSON, the answers it accepts (stated in its instructions), and a script for its jobs.

mod finqware;
mod mx;
mod saltedge;
mod tink;

use serde_json::Value;

use crate::model::{ConnectionStatus, Dialect, Institution};

/// The username every plain MX sandbox bank accepts.
pub const GOOD_USERNAME: &str = "user_good";
/// The password every plain MX sandbox bank accepts; any other is refused.
pub const GOOD_PASSWORD: &str = "pass_good";

/// What a bank accepts for one field.
#[derive(Clone, Debug)]
pub enum Expect {
    /// Exactly this text.
    Exactly(&'static str),
    /// Text starting with this.
    StartsWith(&'static str),
    /// Anything not empty (e.g. a file).
    Present,
}

impl Expect {
    fn accepts(&self, value: Option<&Value>) -> bool {
        let text = value.and_then(Value::as_str).unwrap_or("");
        match self {
            Expect::Exactly(expected) => text == *expected,
            Expect::StartsWith(prefix) => text.starts_with(prefix),
            Expect::Present => !text.is_empty(),
        }
    }
}

/// How a bank's connection job behaves once the credentials are accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum Behaviour {
    /// Connects after two polls.
    Connects,
    /// Connects after several polls, moving through visible statuses.
    ConnectsSlowly,
    /// The bank fails the job with the given status and message.
    Fails(ConnectionStatus, &'static str),
    /// The job walks through these statuses (the last one final).
    Script(Vec<ConnectionStatus>),
}

/// A featured bank.
pub struct Bank {
    pub institution: Institution,
    pub dialect: Dialect,
    /// The credential schema as the vendor would send it.
    pub schema: Value,
    /// What it accepts, by submitted key (MX guid, or field name).
    pub expects: Vec<(String, Expect)>,
    pub behaviour: Behaviour,
}

impl Bank {
    /// Whether submitted values (by key) are the ones this bank accepts.
    pub fn accepts(&self, submitted: &serde_json::Map<String, Value>) -> bool {
        self.expects.iter().all(|(key, expect)| expect.accepts(submitted.get(key)))
    }
}

/// An institution for a sandbox bank, with its instructions.
pub(super) fn institution(guid: &str, code: &str, name: &str, popularity: u64, instructions: &str) -> Institution {
    let host = format!("{}.example", code.replace('_', "-"));
    Institution {
        guid: guid.into(),
        code: code.into(),
        name: name.into(),
        url: Some(format!("https://{host}")),
        popularity: Some(popularity),
        forgot_password_url: Some(format!("https://{host}/forgot-password")),
        instructions: Some(instructions.into()).filter(|text: &String| !text.is_empty()),
        ..Institution::default()
    }
}

/// Every featured bank, most popular first.
pub fn featured() -> Vec<Bank> {
    let mut banks = mx::banks();
    banks.extend(saltedge::banks());
    banks.extend(tink::banks());
    banks.extend(finqware::banks());
    banks.sort_by_key(|bank| std::cmp::Reverse(bank.institution.popularity));
    banks
}

/// The plain MX username/password bank used for the generated catalogue.
pub fn generated_bank(institution: Institution) -> Bank {
    mx::password_bank(institution, Behaviour::Connects)
}

/// The statuses successive polls report, the last one final, and the bank's message for it.
pub fn job_script(behaviour: &Behaviour, credentials_ok: bool) -> (Vec<ConnectionStatus>, Option<&'static str>) {
    use ConnectionStatus::*;
    if !credentials_ok {
        return (vec![Pending, Denied], Some("The username or password you entered is incorrect."));
    }
    match behaviour {
        Behaviour::Connects => (vec![Pending, Connected], None),
        Behaviour::ConnectsSlowly => (vec![Pending, Pending, Resumed, Resumed, Updated, Updated, Connected], None),
        Behaviour::Fails(status, message) => (vec![Pending, *status], Some(message)),
        Behaviour::Script(statuses) => (statuses.clone(), None),
    }
}
