//! MX-dialect sandbox banks: plain username/password banks and one with every field type.

use serde_json::json;

use super::{institution, Bank, Behaviour, Expect, GOOD_PASSWORD, GOOD_USERNAME};
use crate::model::{ConnectionStatus, Dialect, Institution};

fn password_instructions(note: &str) -> String {
    format!(
        "Sandbox bank. Sign in with username “{GOOD_USERNAME}” and password “{GOOD_PASSWORD}”; \
         any other password is refused as wrong.{note}"
    )
}

/// A bank asking for an MX username and password.
pub(super) fn password_bank(institution: Institution, behaviour: Behaviour) -> Bank {
    let guid = institution.guid.clone();
    let login = format!("CRD-{guid}-LOGIN");
    let password = format!("CRD-{guid}-PASSWORD");
    let schema = json!({ "credentials": [
        { "guid": login, "field_name": "LOGIN", "field_type": 3, "label": "Username", "display_order": 1,
          "optional": false, "meta_data": null, "options": null },
        { "guid": password, "field_name": "PASSWORD", "field_type": 1, "label": "Password", "display_order": 2,
          "optional": false, "meta_data": null, "options": null },
    ]});
    Bank {
        institution,
        dialect: Dialect::Mx,
        schema,
        expects: vec![(login, Expect::StartsWith("")), (password, Expect::Exactly(GOOD_PASSWORD))],
        behaviour,
    }
}

fn plain(guid: &str, code: &str, name: &str, popularity: u64, behaviour: Behaviour, note: &str) -> Bank {
    password_bank(institution(guid, code, name, popularity, &password_instructions(note)), behaviour)
}

/// `bank`, saying that it cannot verify accounts (`account_verification_is_enabled: false`).
fn unverifiable(mut bank: Bank) -> Bank {
    bank.institution.verifiable = Some(false);
    bank
}

/// The MX banks.
pub fn banks() -> Vec<Bank> {
    vec![
        plain("INS-SANDBOX-1", "sandbox_bank", "Sandbox Bank", 99_000, Behaviour::Connects, ""),
        plain("INS-f1a3285d-e855-b68f-6aa7-8ae775c0e0e9", "gringotts", "Gringotts", 32_685, Behaviour::Connects, ""),
        // It cannot verify accounts: not pickable in verification mode.
        unverifiable(plain(
            "INS-SANDBOX-SLOW",
            "slow_savings",
            "Slow Savings",
            31_000,
            Behaviour::ConnectsSlowly,
            " Connecting takes about half a minute.",
        )),
        plain(
            "INS-SANDBOX-DOWN",
            "offline_cu",
            "Offline Credit Union",
            30_000,
            Behaviour::Fails(ConnectionStatus::Failed, "The bank is not responding right now."),
            " With the right password the bank fails to respond.",
        ),
        plain(
            "INS-SANDBOX-LOCKED",
            "locked_bank",
            "Locked Bank",
            29_000,
            Behaviour::Fails(ConnectionStatus::Locked, "Your account is locked. Contact the bank to unlock it."),
            " With the right password the bank reports the account locked.",
        ),
        plain(
            "INS-SANDBOX-EMPTY",
            "empty_bank",
            "Empty Bank",
            1_000,
            Behaviour::JobError(1001),
            " With the right password the bank connects but finds no accounts (MX job error 1001).",
        ),
        all_field_types(),
    ]
}

/// An MX bank whose form uses every field type the widget renders from MX.
fn all_field_types() -> Bank {
    let guid = "INS-SANDBOX-MXFIELDS";
    let instructions = "MX test bank with every field type. Username “user_good”, password “pass_good”, \
                        account type Personal, security picture Car, token “123456”.";
    let car = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHZpZXdCb3g9JzAgMCA0MCAyNCc+PHJlY3Qgd2lkdGg9JzQwJyBoZWlnaHQ9JzEyJyB5PSc1JyByeD0nMycgZmlsbD0nI2IzMjYxZScvPjxjaXJjbGUgY3g9JzEwJyBjeT0nMTknIHI9JzQnLz48Y2lyY2xlIGN4PSczMCcgY3k9JzE5JyByPSc0Jy8+PC9zdmc+";
    let house = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHZpZXdCb3g9JzAgMCAyNCAyNCc+PHBhdGggZD0nTTIgMTJMMTIgMmwxMCAxMHYxMEgyeicgZmlsbD0nIzBiNTdkMCcvPjwvc3ZnPg==";
    let schema = json!({ "credentials": [
        { "guid": "CRD-MXF-LOGIN", "field_name": "LOGIN", "field_type": 3, "label": "Username", "display_order": 1, "optional": false },
        { "guid": "CRD-MXF-PASSWORD", "field_name": "PASSWORD", "field_type": 1, "label": "Password", "display_order": 2, "optional": false },
        { "guid": "CRD-MXF-TYPE", "field_name": "ACCOUNT_TYPE", "field_type": 2, "label": "Account type", "display_order": 3, "optional": false,
          "options": [ { "guid": "OPT-P", "label": "Personal", "value": "personal" }, { "guid": "OPT-B", "label": "Business", "value": "business" } ] },
        { "guid": "CRD-MXF-PICTURE", "field_name": "SECURITY_PICTURE", "field_type": 14, "label": "Your security picture", "display_order": 4, "optional": false,
          "options": [ { "label": "Car", "value": "car", "data_uri": car }, { "label": "House", "value": "house", "data_uri": house } ] },
        { "guid": "CRD-MXF-TOKEN", "field_name": "TOKEN", "field_type": 12, "label": "Token", "display_order": 5, "optional": false },
        { "guid": "CRD-MXF-REMEMBER", "field_name": "REMEMBER", "field_type": 4, "label": "Remember this device", "display_order": 6, "optional": true },
        { "guid": "CRD-MXF-DEVICE", "field_name": "DEVICE", "field_type": 7, "label": "Device", "display_order": 7, "optional": false, "value": "sandbox-device-1" },
    ]});
    let expects = [
        ("CRD-MXF-LOGIN", Expect::Exactly(GOOD_USERNAME)),
        ("CRD-MXF-PASSWORD", Expect::Exactly(GOOD_PASSWORD)),
        ("CRD-MXF-TYPE", Expect::Exactly("personal")),
        ("CRD-MXF-PICTURE", Expect::Exactly("car")),
        ("CRD-MXF-TOKEN", Expect::Exactly("123456")),
        ("CRD-MXF-DEVICE", Expect::Exactly("sandbox-device-1")),
    ];
    Bank {
        institution: institution(guid, "mx_all_fields", "MX Test Bank (all field types)", 28_000, instructions),
        dialect: Dialect::Mx,
        schema,
        expects: expects.into_iter().map(|(k, e)| (k.to_owned(), e)).collect(),
        behaviour: Behaviour::Connects,
    }
}
