//! Tink sandbox banks that ask for more: `test-multi-supplemental` (two codes in a row), an
//! account opt-in, and Mobile BankID approvals that succeed or fail. Statuses are Tink's,
//! read by the Tink adapter.

use serde_json::{json, Map, Value};

use super::{institution, Bank, Behaviour, Expect, Prompt, Stage};
use crate::dialect::tink;
use crate::model::{Challenge, ConnectedAccount, DecoupledApp, Dialect, RetryReason};

/// A stage reporting Tink credentials status `status`.
fn status(status: &str) -> Stage {
    Stage::Status(tink::credentials_status(status).expect("a documented Tink status"))
}

/// A supplemental-information question with `fields`, read as Tink sends it (a JSON string).
fn supplemental(fields: Value, expects: Vec<(&str, Expect)>, when_wrong: RetryReason) -> Prompt {
    let credentials =
        json!({ "status": "AWAITING_SUPPLEMENTAL_INFORMATION", "supplementalInformation": fields.to_string() });
    let challenge =
        tink::challenge(&credentials).expect("the sandbox's own credentials are valid").expect("awaiting input");
    Prompt::new(challenge, expects, when_wrong)
}

/// The accounts the user opted in to, answering `challenge` (an account opt-in) with `values`:
/// what a Tink backend lists once the credentials are updated.
pub fn opted_in(challenge: &Challenge, values: &Map<String, Value>) -> Vec<ConnectedAccount> {
    if challenge.mfa_type != "ACCOUNTS" {
        return Vec::new();
    }
    let chosen = challenge.schema.fields.iter().filter(|field| values.get(&field.key) == Some(&json!("true")));
    chosen
        .map(|field| {
            let name = field.extra.as_ref().and_then(|extra| extra.get("accountName")).and_then(Value::as_str);
            let account = ConnectedAccount::new(name.unwrap_or(&field.label), Some(&field.key));
            ConnectedAccount { id: Some(field.key.clone()), ..account }
        })
        .collect()
}

fn code(name: &str, description: &str, expected: &'static str) -> Prompt {
    let fields = json!([{ "name": name, "description": description, "numeric": true, "minLength": 4, "maxLength": 4,
                          "helpText": "The code has four digits." }]);
    supplemental(fields, vec![(name, Expect::Exactly(expected))], RetryReason::IncorrectCode)
}

fn account(number: &str, name: &str, kind: &str, balance: f64) -> Value {
    let info =
        json!({ "accountName": name, "accountType": kind, "balance": balance, "holderName": null, "iban": null });
    json!({ "name": number, "description": format!("{number} {name}"), "checkbox": true, "pattern": "true/false",
            "value": "false", "optional": false, "additionalInfo": info.to_string() })
}

fn bank(
    code: &str,
    name: &str,
    popularity: u64,
    help: &str,
    username: (&str, &'static str),
    stages: Vec<Stage>,
    message: Option<&'static str>,
) -> Bank {
    let (description, expected) = username;
    let mut all = vec![status("AUTHENTICATING")];
    all.extend(stages);
    Bank {
        institution: institution(&format!("INS-TINK-{code}"), code, name, popularity, ""),
        dialect: Dialect::Tink,
        schema: json!({ "name": code, "displayName": name, "type": "TEST", "market": "SE", "status": "ENABLED",
                        "passwordHelpText": help,
                        "fields": [{ "name": "username", "description": description, "optional": false }] }),
        expects: vec![("username".into(), Expect::Exactly(expected))],
        behaviour: Behaviour::Stages(all, message),
    }
}

/// The Tink banks that ask for more.
pub fn banks() -> Vec<Bank> {
    let done = || [status("UPDATING"), status("UPDATED")];
    let mut two_codes = vec![
        Stage::Ask(code("code1", "First code", "1234")),
        status("AUTHENTICATING"),
        Stage::Ask(code("code2", "Second code", "4321")),
    ];
    two_codes.extend(done());
    let opt_in = supplemental(
        json!([
            account("9999-444444444444", "ISK", "INVESTMENT", 123456.0),
            account("9999-222222222222", "Sparkonto", "SAVINGS", 385245.33),
            account("9999-111111111111", "Transaktionskonto", "CHECKING", 26245.33),
        ]),
        vec![
            ("9999-444444444444", Expect::Present),
            ("9999-222222222222", Expect::Present),
            ("9999-111111111111", Expect::Present),
        ],
        RetryReason::IncorrectAnswer,
    );
    let mut accounts = vec![Stage::Ask(opt_in)];
    accounts.extend(done());
    let bankid = |approves: bool| {
        let mut stages = vec![Stage::AwaitApp(
            DecoupledApp::MobileBankId,
            3,
            Some("bankid:///?autostarttoken=sandbox&redirect=null"),
        )];
        if approves {
            stages.extend(done())
        } else {
            stages.push(status("AUTHENTICATION_ERROR"))
        }
        stages
    };
    let personal_number = ("Personal number", "180012121212");
    vec![
        bank("test-multi-supplemental", "Tink Test Multi Supplemental", 18_900,
             "Test provider: username “tink-test”, then the codes “1234” and “4321”.", ("Username", "tink-test"), two_codes, None),
        bank("test-account-opt-in", "Tink Test Account Opt-in", 18_800,
             "Test provider: username “tink-test”, then choose the accounts to share.", ("Username", "tink-test"), accounts, None),
        bank("test-bankid-successful", "Tink Test BankID", 18_700,
             "Test provider: personal number “180012121212”, then approve in Mobile BankID (the sandbox approves after a few seconds).",
             personal_number, bankid(true), None),
        bank("test-bankid-failing", "Tink Test BankID Failing", 18_600,
             "Test provider: personal number “180012121212”; the BankID approval always fails.",
             personal_number, bankid(false), Some("Mobile BankID could not confirm your identity.")),
    ]
}
