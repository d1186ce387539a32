//! Tink-dialect sandbox banks, modelled on Tink's test providers.

use serde_json::{json, Value};

use super::{institution, Bank, Behaviour, Expect};
use crate::model::Dialect;

/// A Tink TEST provider named `code` with `fields`, accepting `expects`.
fn bank(code: &str, name: &str, popularity: u64, help: &str, fields: Value, expects: Vec<(&str, Expect)>) -> Bank {
    Bank {
        institution: institution(&format!("INS-TINK-{code}"), code, name, popularity, ""),
        dialect: Dialect::Tink,
        schema: json!({
            "name": code, "displayName": name, "credentialsType": "PASSWORD", "type": "TEST", "market": "SE",
            "status": "ENABLED", "passwordHelpText": help, "fields": fields,
        }),
        expects: expects.into_iter().map(|(k, e)| (k.to_owned(), e)).collect(),
        behaviour: Behaviour::Connects,
    }
}

/// The Tink banks.
pub fn banks() -> Vec<Bank> {
    vec![
        bank(
            "test-password",
            "Tink Test Password",
            22_000,
            "Test provider: username “tink”, password “tink1234”.",
            json!([
                { "name": "username", "description": "Username", "optional": false, "masked": false, "numeric": false },
                { "name": "password", "description": "Password", "optional": false, "masked": true, "numeric": false,
                  "sensitive": true, "helpText": "The password you use in the bank's app." },
            ]),
            vec![("username", Expect::Exactly("tink")), ("password", Expect::Exactly("tink1234"))],
        ),
        bank(
            "test-fields",
            "Tink Test Personal Number",
            21_000,
            "Test provider: personal number “180012121212”, any branch, and accept the terms.",
            json!([
                { "name": "username", "description": "Social security number", "hint": "YYYYMMDDNNNN", "numeric": true,
                  "minLength": 12, "maxLength": 12, "pattern": "(19|20|18)[0-9]{10}", "immutable": true,
                  "patternError": "Please enter a valid social security number.", "optional": false },
                { "name": "branch", "description": "Branch", "options": ["Stockholm", "Göteborg", "Malmö"], "optional": false },
                { "name": "terms", "description": "I accept the terms of the test bank", "checkbox": true,
                  "pattern": "true/false", "value": "false", "optional": false },
            ]),
            vec![
                ("username", Expect::Exactly("180012121212")),
                ("branch", Expect::Present),
                ("terms", Expect::Exactly("true")),
            ],
        ),
    ]
}
