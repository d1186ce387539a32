//! Finqware dialect: payment providers (with `remitter_type` a string in v1 and a list in v2),
//! the AIS consent lifecycle mapped onto the widget's connection statuses, and a consent awaiting
//! Strong Customer Authentication as a redirect challenge.

use serde_json::Value;

use super::json::{unwrap, Reader};
use super::{DialectError, Mismatch};
use crate::model::{Challenge, ConnectionStatus, CredentialSchema, Dialect, Institution, Member};

const FINQWARE: &str = "Finqware";

/// The remitter (account owner) types Finqware documents.
const REMITTER_TYPES: [&str; 2] = ["retail", "corporate"];

/// Where a consent status puts the connection: `created → started → requested →
/// sca_url_retrieved → awaiting_authz → authorized → active`, or a terminal failure.
pub fn consent_status(status: &str) -> Result<ConnectionStatus, DialectError> {
    status_of(status).ok_or_else(|| {
        Mismatch {
            dialect: FINQWARE,
            path: "status".into(),
            expected: format!(
                "a consent status (created … active, expired, revoked, failed, suspended), not \"{status}\""
            ),
            field: None,
        }
        .into()
    })
}

/// The connection status of a Finqware consent status, if it is one (what detection asks).
pub fn status_of(status: &str) -> Option<ConnectionStatus> {
    use ConnectionStatus::*;
    Some(match status {
        "created" => Created,
        "started" | "requested" | "sca_url_retrieved" | "awaiting_authz" => Pending,
        "authorized" => Resumed,
        "active" => Connected,
        "expired" => Expired,
        "revoked" => Disconnected,
        "failed" => Failed,
        "suspended" => Disabled,
        _ => return None,
    })
}

/// The SCA flow types Finqware documents; each sends the user to a page (FinqLink's or the bank's).
const FLOW_TYPES: [&str; 4] = ["link", "wrapped_sca", "direct_sca", "redirect_sca"];

/// A consent (`{"consent": {...}}` or bare) that waits for the user at the bank, as a redirect
/// challenge: status `sca_url_retrieved` or `awaiting_authz` with the page in `sca_url` (the
/// lifecycle names that URL; the references give no field name, so `sca_url` is ours). `None`
/// for a consent at any other status, or not given its page yet. `flow_type`, when present, must
/// be a documented one. The widget answers with what the page brought back (`{"query_string":
/// …}`, for the backend's `POST /ais/consents/redirect`), as for Salt Edge's redirect.
pub fn sca_challenge(document: &Value) -> Result<Option<Challenge>, DialectError> {
    let consent = Reader::object(FINQWARE, "consent".into(), unwrap(document, "consent"))?;
    let status = consent.string("status")?;
    consent_status(&status).map_err(|_| {
        consent.error("status", "a consent status (created … active, expired, revoked, failed, suspended)")
    })?;
    if let Some(flow_type) = consent.opt_string("flow_type")?.filter(|flow| !FLOW_TYPES.contains(&flow.as_str())) {
        return Err(
            consent.error("flow_type", format!("link, wrapped_sca, direct_sca or redirect_sca, not \"{flow_type}\""))
        );
    }
    let waits_for_user = matches!(status.as_str(), "sca_url_retrieved" | "awaiting_authz");
    let Some(url) = consent.opt_page_url("sca_url")?.filter(|_| waits_for_user) else { return Ok(None) };
    // Answered with an object (`{query_string}`), like the name-keyed dialects.
    let schema = CredentialSchema::new(Dialect::SaltEdge, Vec::new());
    Ok(Some(Challenge { redirect_url: Some(url), ..Challenge::fields(schema, "REDIRECT") }))
}

/// A consent (`{"consent": {...}}` or bare) as a member: its lifecycle status, and CHALLENGED
/// with the redirect challenge while it waits for the user at the bank.
pub fn consent(document: &Value) -> Result<Member, DialectError> {
    let consent = Reader::object(FINQWARE, "consent".into(), unwrap(document, "consent"))?;
    let challenge = sca_challenge(document)?;
    let status = match challenge {
        Some(_) => ConnectionStatus::Challenged,
        None => consent_status(&consent.string("status")?)?,
    };
    Ok(Member {
        guid: consent.opt_string("id")?.map_or_else(|| consent.string("consent_id"), Ok)?,
        connection_status: status,
        is_being_aggregated: false,
        error: None,
        challenge,
        fetching: None,
        oauth_window_uri: None,
        institution: None,
        accounts: Vec::new(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_consent_waiting_for_sca_is_a_redirect_challenge() {
        let waiting = json!({ "consent": { "status": "sca_url_retrieved", "flow_type": "wrapped_sca", "sca_url": "https://link.example/sca/1" } });
        let challenge = sca_challenge(&waiting).unwrap().unwrap();
        assert_eq!(
            (challenge.redirect_url.as_deref(), challenge.mfa_type),
            (Some("https://link.example/sca/1"), "REDIRECT")
        );
        let bare = json!({ "status": "awaiting_authz", "sca_url": "https://bank.example/authorize" });
        assert!(sca_challenge(&bare).unwrap().is_some());
        for not_yet in [
            json!({ "status": "requested", "sca_url": "https://bank.example/a" }),
            json!({ "status": "sca_url_retrieved" }),
        ] {
            assert_eq!(sca_challenge(&not_yet).unwrap(), None, "{not_yet}");
        }
        for (bad, path) in [
            (
                json!({ "status": "sca_url_retrieved", "flow_type": "qr", "sca_url": "https://bank.example/a" }),
                "consent.flow_type",
            ),
            (json!({ "status": "sca_url_retrieved", "sca_url": "javascript:alert(1)" }), "consent.sca_url"),
            (json!({ "status": "pending_forever" }), "consent.status"),
        ] {
            assert_eq!(sca_challenge(&bad).unwrap_err().path, path, "{bad}");
        }
    }
}
