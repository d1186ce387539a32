//! The sandbox's OAuth banks: the user authorizes on a fake authorization page (served by the
//! demo host, on another origin), which can approve, deny, or fail with any MX error reason. The
//! second bank sends the user to its page twice (Salt Edge's interactive redirect).

use serde_json::json;

use super::{institution, Bank, Behaviour, Expect, Prompt, Stage};
use crate::model::{Challenge, ConnectionStatus, CredentialSchema, Dialect, Institution, RetryReason};

/// Stands for the fake authorization page in a redirect challenge; the sandbox puts the page's
/// real address (with the member's `state`) in its place.
pub const SECOND_REDIRECT: &str = "https://second-redirect.sandbox.invalid/";

fn oauth_bank(institution: Institution, dialect: Dialect, behaviour: Behaviour) -> Bank {
    let institution = Institution { supports_oauth: true, ..institution };
    Bank { institution, dialect, schema: json!({ "credentials": [] }), expects: Vec::new(), behaviour }
}

/// The OAuth banks.
pub fn banks() -> Vec<Bank> {
    let plain = "Sandbox OAuth bank: you sign in on the bank's own page, in a new window. There, approve to \
                 connect, deny, or pick an error to see how each failure looks.";
    let twice = "Sandbox OAuth bank with a second redirect (Salt Edge): after you approve, the bank sends you \
                 to its page once more. Approve there too.";
    let redirect = Challenge {
        redirect_url: Some(SECOND_REDIRECT.into()),
        ..Challenge::fields(CredentialSchema::new(Dialect::SaltEdge, Vec::new()), "REDIRECT")
    };
    let second =
        Prompt::new(redirect, vec![("query_string", Expect::StartsWith("code="))], RetryReason::IncorrectAnswer);
    let stages =
        vec![Stage::Status(ConnectionStatus::Pending), Stage::Ask(second), Stage::Status(ConnectionStatus::Connected)];
    vec![
        oauth_bank(
            institution("INS-SANDBOX-OAUTH", "oauth_bank", "OAuth Bank", 28_500, plain),
            Dialect::Mx,
            Behaviour::Connects,
        ),
        oauth_bank(
            institution(
                "INS-SANDBOX-OAUTH2",
                "fakebank_oauth_twice_xf",
                "Fake Bank OAuth with Second Redirect",
                28_400,
                twice,
            ),
            Dialect::SaltEdge,
            Behaviour::Stages(stages, None),
        ),
    ]
}
