//! Tink-dialect sandbox banks, modelled on Tink's test providers.

use serde_json::json;

use super::{institution, Bank, Behaviour, Expect};
use crate::model::Dialect;

/// The Tink banks.
pub fn banks() -> Vec<Bank> {
    let password = Bank {
        institution: institution("INS-TINK-test-password", "test-password", "Tink Test Password", 22_000, ""),
        dialect: Dialect::Tink,
        schema: json!({
            "name": "test-password", "displayName": "Tink Test Password", "credentialsType": "PASSWORD", "type": "TEST",
            "market": "SE", "status": "ENABLED",
            "passwordHelpText": "Test provider: username “tink”, password “tink1234”.",
            "fields": [
                { "name": "username", "description": "Username", "optional": false, "masked": false, "numeric": false },
                { "name": "password", "description": "Password", "optional": false, "masked": true, "numeric": false,
                  "sensitive": true, "helpText": "The password you use in the bank's app." },
            ],
        }),
        expects: vec![("username".into(), Expect::Exactly("tink")), ("password".into(), Expect::Exactly("tink1234"))],
        behaviour: Behaviour::Connects,
    };
    let fields = Bank {
        institution: institution("INS-TINK-test-fields", "test-fields", "Tink Test Personal Number", 21_000, ""),
        dialect: Dialect::Tink,
        schema: json!({
            "name": "test-fields", "displayName": "Tink Test Personal Number", "credentialsType": "PASSWORD", "type": "TEST",
            "market": "SE", "status": "ENABLED",
            "passwordHelpText": "Test provider: personal number “180012121212”, any branch, and accept the terms.",
            "fields": [
                { "name": "username", "description": "Social security number", "hint": "YYYYMMDDNNNN", "numeric": true,
                  "minLength": 12, "maxLength": 12, "pattern": "(19|20|18)[0-9]{10}", "immutable": true,
                  "patternError": "Please enter a valid social security number.", "optional": false },
                { "name": "branch", "description": "Branch", "options": ["Stockholm", "Göteborg", "Malmö"], "optional": false },
                { "name": "terms", "description": "I accept the terms of the test bank", "checkbox": true,
                  "pattern": "true/false", "value": "false", "optional": false },
            ],
        }),
        expects: vec![
            ("username".into(), Expect::Exactly("180012121212")),
            ("branch".into(), Expect::Present),
            ("terms".into(), Expect::Exactly("true")),
        ],
        behaviour: Behaviour::Connects,
    };
    vec![password, fields]
}
