//! The consent the user gives before connecting, when the host asks for one (Salt Edge's consent
//! object: what data, from when, for how long; and who receives it).

use serde_json::Value;

/// What the user is asked to share, in Salt Edge's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The accounts: names, numbers, balances (`account_details`).
    AccountDetails,
    /// The account holder's name and contact details (`holder_information`).
    HolderInformation,
    /// The transactions (`transactions_details`).
    TransactionsDetails,
}

impl Scope {
    /// The scope of Salt Edge's `name`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "account_details" => Some(Self::AccountDetails),
            "holder_information" => Some(Self::HolderInformation),
            "transactions_details" => Some(Self::TransactionsDetails),
            _ => None,
        }
    }

    /// Salt Edge's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::AccountDetails => "account_details",
            Self::HolderInformation => "holder_information",
            Self::TransactionsDetails => "transactions_details",
        }
    }
}

/// A consent to ask for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Consent {
    /// What is shared, in the order given (at least one).
    pub scopes: Vec<Scope>,
    /// The first day of the transactions shared (`YYYY-MM-DD`).
    pub from_date: Option<String>,
    /// How many days the consent lasts (`None`: until withdrawn).
    pub period_days: Option<u64>,
    /// When the consent ends (starting `YYYY-MM-DD`), when the host knows it instead.
    pub expires_at: Option<String>,
    /// Who receives the data (the host's name), when the host says.
    pub recipient: Option<String>,
    /// The consent object as the host gave it (unwrapped from `data`): what the backend is told
    /// the user agreed to (in `addMember`'s data) and the host hears (`consentAccepted`).
    pub given: Value,
}

/// What a consent's value must be (for the configuration problem).
pub const CONSENT_EXPECTED: &str = "a JSON object with scopes (account_details, holder_information, transactions_details) and optionally from_date (YYYY-MM-DD), period_days, expires_at, recipient";

impl Consent {
    /// Reads Salt Edge's consent object (bare, or as its API answers it: `{"data": {...}}`).
    /// `None` when it is not one: no known scope, an unknown one, or a field of the wrong kind.
    pub fn parse(value: &Value) -> Option<Self> {
        let given = value.get("data").unwrap_or(value);
        let text = |key| match given.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(text)) if !text.trim().is_empty() => Some(Some(text.clone())),
            _ => None,
        };
        let mut scopes = Vec::new();
        for scope in given.get("scopes")?.as_array()? {
            scopes.push(Scope::parse(scope.as_str()?)?);
        }
        let from_date = text("from_date")?;
        if scopes.is_empty() || from_date.as_deref().is_some_and(|date| !is_date(date)) {
            return None;
        }
        let period_days = match given.get("period_days") {
            None | Some(Value::Null) => None,
            Some(days) => Some(days.as_u64().filter(|days| *days > 0)?),
        };
        let expires_at = text("expires_at")?.filter(|at| is_date(at.get(..10).unwrap_or_default()));
        let recipient = text("recipient")?;
        Some(Self { scopes, from_date, period_days, expires_at, recipient, given: given.clone() })
    }
}

/// Whether `text` is written as a date, `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}
