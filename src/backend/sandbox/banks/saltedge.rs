//! Salt Edge-dialect sandbox banks, modelled on Salt Edge's fake banks (country XF).

use serde_json::{json, Value};

use super::{institution, Bank, Behaviour, Expect};
use crate::model::{ConnectedAccount, Dialect};

/// The accounts a Salt Edge fake bank reports once connected (a current account by its IBAN, a card
/// by its masked number, as Salt Edge's `extra` gives them).
pub fn accounts() -> Vec<ConnectedAccount> {
    let account =
        |id: &str, name, number| ConnectedAccount { id: Some(id.into()), ..ConnectedAccount::new(name, number) };
    vec![
        account("ACC-SBX-1", "Fake account 1", Some("XF49 FAKE 1B31 0075 9384 0000")),
        account("ACC-SBX-2", "Fake card", Some("1234....5678")),
    ]
}

fn text(name: &str, english: &str, localized: &str, nature: &str, position: u32, optional: bool) -> Value {
    json!({ "name": name, "english_name": english, "localized_name": localized, "nature": nature,
            "position": position, "optional": optional, "extra": {} })
}

fn bank(
    code: &str,
    name: &str,
    popularity: u64,
    instruction: &str,
    fields: Vec<Value>,
    expects: Vec<(&str, Expect)>,
) -> Bank {
    let schema = json!({ "data": {
        "code": code, "name": name, "mode": "web", "country_code": "XF", "instruction": instruction,
        "required_fields": fields, "interactive_fields": [],
    }});
    Bank {
        institution: institution(&format!("INS-SE-{code}"), code, name, popularity, ""),
        dialect: Dialect::SaltEdge,
        schema,
        expects: expects.into_iter().map(|(k, e)| (k.to_owned(), e)).collect(),
        behaviour: Behaviour::Connects,
    }
}

fn login_and_password() -> Vec<Value> {
    vec![
        text("login", "Login", "Login", "text", 1, false),
        text("password", "Password", "Parolă", "password", 2, false),
    ]
}

/// The Salt Edge banks.
pub fn banks() -> Vec<Bank> {
    let select = json!({ "name": "image", "english_name": "Image", "localized_name": "Imagine", "nature": "select",
    "position": 3, "optional": false, "extra": {}, "field_options": [
        { "name": "1", "english_name": "Home", "localized_name": "Casa", "option_value": "home", "selected": false },
        { "name": "2", "english_name": "Car", "localized_name": "Automobil", "option_value": "car", "selected": false },
    ]});
    let mut with_select = login_and_password();
    with_select.push(select);
    let mut with_optional = login_and_password();
    with_optional.push(text("secret_word", "Secret word", "Cuvânt secret", "text", 3, true));
    with_optional.push(text("branch", "Branch number", "Număr filială", "number", 4, true));
    vec![
        bank(
            "fakebank_simple_xf", "Fake Bank Simple", 27_000,
            "Valid credentials for this provider are:\nlogin - any string which starts with \"username\",\npassword - \"secret\"",
            login_and_password(),
            vec![("login", Expect::StartsWith("username")), ("password", Expect::Exactly("secret"))],
        ),
        bank(
            "fakebank_select_xf", "Fake Bank with Select", 26_000,
            "Valid credentials for this provider are:\nlogin - any string which starts with \"username\",\npassword - \"secret\",\nimage - \"Car\"",
            with_select,
            vec![("login", Expect::StartsWith("username")), ("password", Expect::Exactly("secret")), ("image", Expect::Exactly("car"))],
        ),
        bank(
            "fakebank_with_token_xf", "Fake Bank with Token", 25_000,
            "Valid credentials for this provider are:\nlogin - any string which starts with \"username\",\ntoken - \"123456\"",
            vec![text("login", "Login", "Login", "text", 1, false), text("token", "Token", "Token", "number", 2, false)],
            vec![("login", Expect::StartsWith("username")), ("token", Expect::Exactly("123456"))],
        ),
        bank(
            "fakebank_with_optional_fields_xf", "Fake Bank with Optional Fields", 24_000,
            "Valid credentials for this provider are:\nlogin - any string which starts with \"username\",\npassword - \"secret\"\nThe secret word and branch number are optional.",
            with_optional,
            vec![("login", Expect::StartsWith("username")), ("password", Expect::Exactly("secret"))],
        ),
        bank(
            "fakebank_with_file_csv_xf", "Fake Bank with File", 23_000,
            "Valid credentials for this provider are:\nlogin - any string which starts with \"username\",\nfile - any CSV statement file",
            vec![text("login", "Login", "Login", "text", 1, false), text("file", "Statement file", "Fișier extras", "file", 2, false)],
            vec![("login", Expect::StartsWith("username")), ("file", Expect::Present)],
        ),
        Bank {
            behaviour: Behaviour::Duplicated,
            ..bank(
                "fakebank_duplicated_xf", "Fake Bank Already Connected", 22_000,
                "This provider already has your connection: valid credentials (login - any string which starts with \"username\", password - \"secret\") are refused as a duplicated connection.",
                login_and_password(),
                vec![("login", Expect::StartsWith("username")), ("password", Expect::Exactly("secret"))],
            )
        },
    ]
}
