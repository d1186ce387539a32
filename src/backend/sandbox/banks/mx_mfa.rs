//! An MX sandbox bank with three challenges in a row: a code (text), a question (options) and
//! a picture (image options). Each is an MX member's `mfa`, read by the MX adapter.

use serde_json::{json, Value};

use super::{institution, mx::password_bank, Bank, Behaviour, Expect, Prompt, Stage};
use crate::dialect::mx;
use crate::model::{ConnectionStatus, RetryReason};

/// A challenge as MX reports it on the member.
fn challenge(credentials: Value, expects: Vec<(&str, Expect)>, when_wrong: RetryReason) -> Prompt {
    let member = json!({ "member": { "guid": "MBR-MFA", "connection_status": "CHALLENGED", "mfa": { "credentials": credentials } } });
    let parsed = mx::member(&member).expect("the sandbox's own member is valid");
    Prompt::new(parsed.challenge.expect("the member has an mfa"), expects, when_wrong)
}

fn picture(color: &str, shape: &str) -> String {
    let svg =
        format!("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>{}</svg>", shape.replace("COLOR", color));
    format!(
        "data:image/svg+xml,{}",
        svg.replace('<', "%3C").replace('>', "%3E").replace('#', "%23").replace(' ', "%20")
    )
}

/// The MX bank with MFA.
pub fn bank() -> Bank {
    use ConnectionStatus::{Connected, Pending};
    let code = challenge(
        json!([{ "guid": "MFA-CODE", "label": "Enter the code we sent to your phone", "field_type": 0, "display_order": 1 }]),
        vec![("MFA-CODE", Expect::Exactly("123456"))],
        RetryReason::IncorrectCode,
    );
    let question = challenge(
        json!([{ "guid": "MFA-CITY", "label": "In which city were you born?", "field_type": 5, "display_order": 1,
                  "options": [{ "label": "Paris", "value": "paris" }, { "label": "London", "value": "london" }, { "label": "Rome", "value": "rome" }] }]),
        vec![("MFA-CITY", Expect::Exactly("london"))],
        RetryReason::IncorrectAnswer,
    );
    let car = picture("#b3261e", "<rect x='2' y='8' width='20' height='8' rx='2' fill='COLOR'/><circle cx='7' cy='18' r='2'/><circle cx='17' cy='18' r='2'/>");
    let house = picture("#0b57d0", "<path d='M2 12L12 2l10 10v10H2z' fill='COLOR'/>");
    let tree =
        picture("#1a7f37", "<circle cx='12' cy='9' r='7' fill='COLOR'/><rect x='11' y='15' width='2' height='8'/>");
    let image = challenge(
        json!([{ "guid": "MFA-PICTURE", "label": "Which picture did you choose when you opened the account?", "field_type": 14,
                  "display_order": 1, "options": [
                      { "label": "Car", "value": "car", "data_uri": car },
                      { "label": "House", "value": "house", "data_uri": house },
                      { "label": "Tree", "value": "tree", "data_uri": tree } ] }]),
        vec![("MFA-PICTURE", Expect::Exactly("car"))],
        RetryReason::IncorrectAnswer,
    );
    let instructions = "Sandbox bank with security questions. Username “user_good”, password “pass_good”; \
                        then the code “123456”, the city London and the picture of the car.";
    let stages = vec![
        Stage::Status(Pending),
        Stage::Ask(code),
        Stage::Status(Pending),
        Stage::Ask(question),
        Stage::Status(Pending),
        Stage::Ask(image),
        Stage::Status(Pending),
        Stage::Status(Connected),
    ];
    let institution =
        institution("INS-SANDBOX-MFA", "mx_mfa_bank", "MX Bank with Security Questions", 19_950, instructions);
    password_bank(institution, Behaviour::Stages(stages, None))
}
