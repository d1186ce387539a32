//! Finqware dialect: payment providers (with `remitter_type` a string in v1 and a list in v2)
//! and the AIS consent lifecycle mapped onto the widget's connection statuses.

use serde_json::Value;

use super::json::{unwrap, Reader};
use super::DialectError;
use crate::model::{ConnectionStatus, Institution};

const FINQWARE: &str = "Finqware";

/// The remitter (account owner) types Finqware documents.
const REMITTER_TYPES: [&str; 2] = ["retail", "corporate"];

/// Where a consent status puts the connection: `created → started → requested →
/// sca_url_retrieved → awaiting_authz → authorized → active`, or a terminal failure.
pub fn consent_status(status: &str) -> Result<ConnectionStatus, DialectError> {
    use ConnectionStatus::*;
    Ok(match status {
        "created" => Created,
        "started" | "requested" | "sca_url_retrieved" | "awaiting_authz" => Pending,
        "authorized" => Resumed,
        "active" => Connected,
        "expired" => Expired,
        "revoked" => Disconnected,
        "failed" => Failed,
        "suspended" => Disabled,
        other => {
            return Err(DialectError {
                dialect: FINQWARE,
                path: "status".into(),
                expected: format!("a consent status (created … active, expired, revoked, failed, suspended), not \"{other}\""),
                field: None,
            })
        }
    })
}

/// A payment provider (`{"provider": {...}}` or bare) as an institution. Each payment method's
/// `remitter_type` must be a known type, given as a string (v1) or a list (v2).
pub fn provider(document: &Value) -> Result<Institution, DialectError> {
    let item = Reader::object(FINQWARE, "provider".into(), unwrap(document, "provider"))?;
    let code = item.string("code")?;
    for (method, path) in item.opt_list("payment_methods")? {
        let method = item.nested(method, path)?;
        remitter_types(&method)?;
    }
    Ok(Institution {
        guid: code.clone(),
        name: item.opt_text("name")?.unwrap_or_else(|| code.clone()),
        logo_url: item.opt_text("logo_url")?,
        code,
        ..Institution::default()
    })
}

/// A payment method's remitter types, accepting both the v1 string and the v2 list.
pub fn remitter_types(method: &Reader<'_>) -> Result<Vec<String>, DialectError> {
    let expected = "\"retail\" or \"corporate\", or a list of them";
    let types: Vec<String> = match method.opt_value("remitter_type") {
        None => Vec::new(),
        Some((Value::String(one), _)) => vec![one.clone()],
        Some((Value::Array(many), _)) => many
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or_else(|| method.error("remitter_type", expected)))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(method.error("remitter_type", expected)),
    };
    match types.iter().find(|t| !REMITTER_TYPES.contains(&t.as_str())) {
        Some(_) => Err(method.error("remitter_type", expected)),
        None => Ok(types),
    }
}
