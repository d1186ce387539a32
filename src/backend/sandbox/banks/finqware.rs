//! The Finqware sandbox banks: described by a Finqware provider, their connection jobs walk
//! through Finqware's AIS consent lifecycle; the SCA bank's consent stops at `sca_url_retrieved`
//! and sends the user to the bank's page (a `redirect_sca` flow).

use serde_json::json;

use super::oauth::SECOND_REDIRECT;
use super::{Bank, Behaviour, Expect, Prompt, Stage};
use crate::dialect::finqware;
use crate::model::{Dialect, RetryReason};

/// The consent statuses the sandbox consent goes through.
const LIFECYCLE: [&str; 4] = ["created", "requested", "authorized", "active"];

/// The Finqware banks: `bt_ro` with its documented sandbox credentials, and an SCA bank with
/// the same credentials whose consent waits for the user on the bank's page.
pub fn banks() -> Vec<Bank> {
    let status = |name: &str| Stage::Status(finqware::consent_status(name).expect("documented status"));
    let plain = LIFECYCLE.iter().map(|name| status(name)).collect();
    let sca =
        vec![status("created"), status("requested"), Stage::Ask(sca_prompt()), status("authorized"), status("active")];
    vec![
        bank("bt_ro", "Banca Transilvania (Finqware sandbox)", 20_000, plain, ""),
        bank(
            "bt_ro_sca",
            "Finqware SCA Bank (redirect_sca)",
            19_900,
            sca,
            " Then approve on the bank's own page (SCA).",
        ),
    ]
}

/// The SCA bank's consent at `sca_url_retrieved`, as the Finqware adapter reads it (the sandbox
/// puts its fake page's address in place of the URL).
fn sca_prompt() -> Prompt {
    let consent = json!({ "consent": { "status": "sca_url_retrieved", "flow_type": "redirect_sca", "sca_url": SECOND_REDIRECT } });
    let challenge =
        finqware::sca_challenge(&consent).expect("a valid consent").expect("a consent waiting for the user");
    Prompt::new(challenge, vec![("query_string", Expect::StartsWith("code="))], RetryReason::IncorrectAnswer)
}

/// A Finqware bank with the sandbox's credentials and the job `stages`.
fn bank(code: &str, name: &str, popularity: u64, stages: Vec<Stage>, more_instructions: &str) -> Bank {
    let provider = json!({ "provider": {
        "code": code, "name": name,
        "payment_methods": [{ "remitter_type": ["retail", "corporate"] }],
    }});
    let mut institution = finqware::provider(&provider).expect("the sandbox's own Finqware provider is valid");
    institution.guid = format!("INS-FQ-{code}");
    institution.popularity = Some(popularity);
    institution.instructions =
        Some(format!("Finqware sandbox: username “testbt”, password “testbt”, PIN “1234567”.{more_instructions}"));
    let schema = json!({ "credentials": [
        { "guid": "CRD-BT-USER", "field_type": 3, "label": "Username", "display_order": 1 },
        { "guid": "CRD-BT-PASSWORD", "field_type": 1, "label": "Password", "display_order": 2 },
        { "guid": "CRD-BT-PIN", "field_type": 1, "label": "PIN", "display_order": 3 },
    ]});
    Bank {
        institution,
        dialect: Dialect::Mx,
        schema,
        expects: vec![
            ("CRD-BT-USER".into(), Expect::Exactly("testbt")),
            ("CRD-BT-PASSWORD".into(), Expect::Exactly("testbt")),
            ("CRD-BT-PIN".into(), Expect::Exactly("1234567")),
        ],
        behaviour: Behaviour::Stages(stages, None),
    }
}
