//! The sandbox's OAuth bank: the user authorizes on a fake authorization page (served by the
//! demo host, on another origin), which can approve, deny, or fail with any MX error reason.

use serde_json::json;

use super::{institution, Bank, Behaviour};
use crate::model::Dialect;

/// The bank that authenticates on its own page.
pub fn bank() -> Bank {
    let instructions = "Sandbox OAuth bank: you sign in on the bank's own page, in a new window. There, approve to \
                        connect, deny, or pick an error to see how each failure looks.";
    let mut institution = institution("INS-SANDBOX-OAUTH", "oauth_bank", "OAuth Bank", 28_500, instructions);
    institution.supports_oauth = true;
    Bank { institution, dialect: Dialect::Mx, schema: json!({ "credentials": [] }), expects: Vec::new(), behaviour: Behaviour::Connects }
}
