//! A Finqware sandbox bank: described by a Finqware provider, its connection job walks through
//! Finqware's AIS consent lifecycle.

use serde_json::json;

use super::{Bank, Behaviour, Expect, Stage};
use crate::dialect::finqware;
use crate::model::Dialect;

/// The consent statuses the sandbox consent goes through.
const LIFECYCLE: [&str; 4] = ["created", "requested", "authorized", "active"];

/// The Finqware bank (`bt_ro` with its documented sandbox credentials).
pub fn banks() -> Vec<Bank> {
    let provider = json!({ "provider": {
        "code": "bt_ro", "name": "Banca Transilvania (Finqware sandbox)",
        "payment_methods": [{ "remitter_type": ["retail", "corporate"] }],
    }});
    let mut institution = finqware::provider(&provider).expect("the sandbox's own Finqware provider is valid");
    institution.guid = "INS-FQ-bt_ro".into();
    institution.popularity = Some(20_000);
    institution.instructions = Some("Finqware sandbox: username “testbt”, password “testbt”, PIN “1234567”.".into());
    let stages = LIFECYCLE.iter().map(|s| Stage::Status(finqware::consent_status(s).expect("documented status"))).collect();
    let schema = json!({ "credentials": [
        { "guid": "CRD-BT-USER", "field_type": 3, "label": "Username", "display_order": 1 },
        { "guid": "CRD-BT-PASSWORD", "field_type": 1, "label": "Password", "display_order": 2 },
        { "guid": "CRD-BT-PIN", "field_type": 1, "label": "PIN", "display_order": 3 },
    ]});
    vec![Bank {
        institution,
        dialect: Dialect::Mx,
        schema,
        expects: vec![
            ("CRD-BT-USER".into(), Expect::Exactly("testbt")),
            ("CRD-BT-PASSWORD".into(), Expect::Exactly("testbt")),
            ("CRD-BT-PIN".into(), Expect::Exactly("1234567")),
        ],
        behaviour: Behaviour::Stages(stages, None),
    }]
}
