//! The featured sandbox banks: each has an institution, a credential schema in its vendor's
//! JSON, the answers it accepts (stated in its instructions), and a script for its jobs.

mod finqware;
mod mx;
mod mx_mfa;
pub mod oauth;
pub mod saltedge;
mod saltedge_interactive;
mod tink;
pub mod tink_mfa;

use serde_json::Value;

use crate::model::{Challenge, ConnectionStatus, DecoupledApp, Dialect, Institution, RetryReason};

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
    /// A list with at least one entry (a multiple select).
    Chosen,
}

impl Expect {
    fn accepts(&self, value: Option<&Value>) -> bool {
        let text = value.and_then(Value::as_str).unwrap_or("");
        match self {
            Expect::Chosen => value.and_then(Value::as_array).is_some_and(|items| !items.is_empty()),
            Expect::Exactly(expected) => text == *expected,
            Expect::StartsWith(prefix) => text.starts_with(prefix),
            Expect::Present => !text.is_empty(),
        }
    }
}

/// A question the bank puts to the user, and the answers it accepts.
#[derive(Clone, Debug)]
pub struct Prompt {
    pub challenge: Challenge,
    /// What it accepts, by submitted key.
    pub expects: Vec<(String, Expect)>,
    /// Why it asks again after a wrong answer.
    pub when_wrong: RetryReason,
    /// Seconds the user has to answer, counted from when the question first shows.
    pub expires_in_s: Option<u32>,
}

impl Prompt {
    pub fn new(challenge: Challenge, expects: Vec<(&str, Expect)>, when_wrong: RetryReason) -> Self {
        let expects = expects.into_iter().map(|(k, e)| (k.to_owned(), e)).collect();
        Self { challenge, expects, when_wrong, expires_in_s: None }
    }

    /// The same question, to be answered within `seconds`.
    pub fn within(self, seconds: u32) -> Self {
        Self { expires_in_s: Some(seconds), ..self }
    }

    /// Whether submitted values (by key) answer it.
    pub fn accepts(&self, submitted: &serde_json::Map<String, Value>) -> bool {
        self.expects.iter().all(|(key, expect)| expect.accepts(submitted.get(key)))
    }
}

/// One step of a connection job.
#[derive(Clone, Debug)]
pub enum Stage {
    /// One poll reports this status.
    Status(ConnectionStatus),
    /// The job waits, challenged, until the prompt is answered right.
    Ask(Prompt),
    /// Like `Ask`, but only on every second connection to the bank.
    AskSometimes(Prompt),
    /// The job waits, challenged, for this many polls while the user approves in the app (which
    /// the link, if any, opens).
    AwaitApp(DecoupledApp, usize, Option<&'static str>),
}

/// How a bank's connection job behaves once the credentials are accepted.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// Connects after two polls.
    Connects,
    /// Connects after several polls, moving through visible statuses.
    ConnectsSlowly,
    /// The bank fails the job with the given status and message.
    Fails(ConnectionStatus, &'static str),
    /// The job walks through these stages; the last status is final, with this message.
    Stages(Vec<Stage>, Option<&'static str>),
    /// The connection exists already: accepted credentials are refused as a duplicate (Salt
    /// Edge's `ConnectionDuplicated`).
    Duplicated,
    /// Connects, but the finished job reports this MX job error code (1001: no accounts).
    JobError(u64),
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
    banks.push(mx_mfa::bank());
    banks.extend(oauth::banks());
    banks.extend(saltedge::banks());
    banks.extend(saltedge_interactive::banks());
    banks.extend(tink::banks());
    banks.extend(tink_mfa::banks());
    banks.extend(finqware::banks());
    banks.sort_by_key(|bank| std::cmp::Reverse(bank.institution.popularity));
    banks
}

/// The plain MX username/password bank used for the generated catalogue.
pub fn generated_bank(institution: Institution) -> Bank {
    mx::password_bank(institution, Behaviour::Connects)
}

/// The stages a connection goes through, and the bank's message for the final status.
pub fn job_script(behaviour: &Behaviour, credentials_ok: bool) -> (Vec<Stage>, Option<&'static str>) {
    use ConnectionStatus::*;
    let statuses = |list: &[ConnectionStatus]| list.iter().copied().map(Stage::Status).collect();
    if !credentials_ok {
        return (statuses(&[Pending, Denied]), Some("The username or password you entered is incorrect."));
    }
    match behaviour {
        Behaviour::Connects | Behaviour::Duplicated | Behaviour::JobError(_) => (statuses(&[Pending, Connected]), None),
        Behaviour::ConnectsSlowly => {
            (statuses(&[Pending, Pending, Resumed, Resumed, Updated, Updated, Connected]), None)
        }
        Behaviour::Fails(status, message) => (statuses(&[Pending, *status]), Some(message)),
        Behaviour::Stages(stages, message) => (stages.clone(), *message),
    }
}
