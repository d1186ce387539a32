//! Salt Edge sandbox banks with an interactive stage, modelled on the fake banks with SMS,
//! image (CAPTCHA), two steps, occasional SMS, optional interactive fields, dynamic selects and a
//! confirmation that asks for nothing. Each question is an interactive callback read by the
//! Salt Edge adapter.

use serde_json::{json, Value};

use super::{institution, Bank, Behaviour, Expect, Prompt, Stage};
use crate::dialect::saltedge;
use crate::model::{ConnectionStatus, Dialect, RetryReason};

const LOGIN_RULE: &str = "login - any string which starts with \"username\",\npassword - \"secret\"";

/// The picture of the CAPTCHA: the characters “AB12CD” on a light background.
const CAPTCHA: &str = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHdpZHRoPScxNjAnIGhlaWdodD0nNDgnPjxyZWN0IHdpZHRoPScxNjAnIGhlaWdodD0nNDgnIGZpbGw9JyNmNWYwZTYnLz48dGV4dCB4PScxNicgeT0nMzInIGZvbnQtZmFtaWx5PSdtb25vc3BhY2UnIGZvbnQtc2l6ZT0nMjYnIGZpbGw9JyMxYjFmMjQnPkFCMTJDRDwvdGV4dD48L3N2Zz4=";

fn field(name: &str, english: &str, nature: &str, position: u32, optional: bool) -> Value {
    json!({ "name": name, "english_name": english, "localized_name": english, "nature": nature,
            "position": position, "optional": optional, "extra": {} })
}

fn dynamic_select(name: &str, english: &str, multiple: bool) -> Value {
    json!({ "name": name, "english_name": english, "localized_name": english, "nature": "dynamic_select",
            "position": 1, "optional": false, "extra": { "multiple": multiple } })
}

fn option(name: &str, english: &str, value: &str) -> Value {
    json!({ "name": name, "english_name": english, "localized_name": english, "option_value": value, "selected": false })
}

/// A question: the callback's `html`, the fields it names, their options, the accepted answers.
fn ask(
    interactive: &[Value],
    html: &str,
    options: Value,
    expects: Vec<(&str, Expect)>,
    when_wrong: RetryReason,
) -> Prompt {
    let names: Vec<&str> = interactive.iter().filter_map(|f| f["name"].as_str()).collect();
    let callback = json!({ "data": { "stage": "interactive", "html": html, "interactive_fields_names": names,
                                     "interactive_fields_options": options } });
    let provider = json!({ "data": { "interactive_fields": interactive } });
    let challenge = saltedge::interactive_challenge(&callback, &provider).expect("the sandbox's own callback is valid");
    Prompt::new(challenge, expects, when_wrong)
}

fn sms(code: &'static str) -> Prompt {
    ask(
        &[field("sms", "SMS code", "number", 1, false)],
        "<p>Enter the code we sent to your phone by SMS.</p>",
        json!({}),
        vec![("sms", Expect::Exactly(code))],
        RetryReason::IncorrectCode,
    )
}

fn bank(code: &str, name: &str, popularity: u64, instruction: String, stages: Vec<Stage>) -> Bank {
    use ConnectionStatus::{Connected, Pending};
    let schema = json!({ "data": {
        "code": code, "name": name, "mode": "web", "country_code": "XF", "interactive": true, "instruction": instruction,
        "required_fields": [field("login", "Login", "text", 1, false), field("password", "Password", "password", 2, false)],
    }});
    let mut all = vec![Stage::Status(Pending)];
    all.extend(stages);
    all.extend([Stage::Status(Pending), Stage::Status(Connected)]);
    Bank {
        institution: institution(&format!("INS-SE-{code}"), code, name, popularity, ""),
        dialect: Dialect::SaltEdge,
        schema,
        expects: vec![("login".into(), Expect::StartsWith("username")), ("password".into(), Expect::Exactly("secret"))],
        behaviour: Behaviour::Stages(all, None),
    }
}

/// The interactive Salt Edge banks.
pub fn banks() -> Vec<Bank> {
    let rule = |extra: &str| format!("Valid credentials for this provider are:\n{LOGIN_RULE},\n{extra}");
    vec![
        bank("fakebank_interactive_xf", "Fake Bank with SMS", 19_900, rule("sms - \"123456\" (within 3 minutes)"), vec![Stage::Ask(sms("123456").within(180))]),
        bank(
            "fakebank_image_xf", "Fake Bank with Image", 19_800, rule("image - the characters in the picture (\"AB12CD\")"),
            vec![Stage::Ask(ask(
                &[field("image", "Characters in the picture", "text", 1, false)],
                &format!("<div id='interactive'><p>Type the characters you see.</p><img src='{CAPTCHA}' alt='Security characters' onerror='alert(1)'></div>"),
                json!({}),
                vec![("image", Expect::Exactly("AB12CD"))],
                RetryReason::IncorrectAnswer,
            ))],
        ),
        bank(
            "fakebank_two_step_interactive_xf", "Fake Bank with Two Steps", 19_700,
            rule("sms - \"123456\", then token - \"654321\""),
            vec![
                Stage::Ask(sms("123456")),
                Stage::Status(ConnectionStatus::Pending),
                Stage::Ask(ask(
                    &[field("token", "Token from your card reader", "number", 1, false)],
                    "<p>One more check: enter the token from your card reader.</p>",
                    json!({}),
                    vec![("token", Expect::Exactly("654321"))],
                    RetryReason::IncorrectCode,
                )),
            ],
        ),
        bank(
            "fakebank_semi_interactive_xf", "Fake Bank with Occasional SMS", 19_600,
            rule("sms - \"123456\" (asked on the first, third, … connection only)"),
            vec![Stage::AskSometimes(sms("123456"))],
        ),
        bank(
            "fakebank_interactive_optional_xf", "Fake Bank with Optional Interactive Fields", 19_500,
            rule("sms - \"123456\"; the memorable word is optional"),
            vec![Stage::Ask(ask(
                &[field("sms", "SMS code", "number", 1, false), field("memorable_word", "Memorable word", "text", 2, true)],
                "<p>Enter the code we sent you. Adding your memorable word is optional.</p>",
                json!({}),
                vec![("sms", Expect::Exactly("123456"))],
                RetryReason::IncorrectCode,
            ))],
        ),
        bank(
            "fakebank_language_select_xf", "Fake Bank with Language Choice", 19_400, rule("language - English"),
            vec![Stage::Ask(ask(
                &[dynamic_select("language", "Language", false)],
                "<p>Choose the language of your statements.</p>",
                json!({ "language": [option("en", "English", "english"), option("ro", "Romanian", "romanian")] }),
                vec![("language", Expect::Exactly("english"))],
                RetryReason::IncorrectAnswer,
            ))],
        ),
        bank(
            "fakebank_accounts_select_xf", "Fake Bank with Account Choice", 19_300, rule("accounts - any of them"),
            vec![Stage::Ask(ask(
                &[dynamic_select("accounts", "Accounts", true)],
                "<p>Please select accounts from the list:</p>",
                json!({ "accounts": [
                    option("account1", "My checking account", "service_acc_guid1"),
                    option("account2", "My savings account", "service_acc_guid2"),
                    option("account3", "My credit card", "service_acc_guid3"),
                ] }),
                vec![("accounts", Expect::Chosen)],
                RetryReason::IncorrectAnswer,
            ))],
        ),
        bank(
            "fakebank_confirmation_xf", "Fake Bank with Confirmation", 19_200, rule("then confirm (nothing to type)"),
            vec![Stage::Ask(ask(&[], "<p>Confirm that you want to share your accounts.</p>", json!({}), vec![], RetryReason::IncorrectAnswer))],
        ),
        bank(
            "fakebank_quick_expiry_xf", "Fake Bank with Quick Expiry", 19_100,
            rule("sms - \"123456\", within 8 seconds"),
            vec![Stage::Ask(sms("123456").within(8))],
        ),
    ]
}
