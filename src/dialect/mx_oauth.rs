//! MX dialect, OAuth: the authorization page `getOAuthWindowURI` names and the states
//! `loadOAuthStates` answers (statuses and error reasons as codes or names).

use serde_json::Value;

use super::json::{list, unwrap, Reader};
use super::mx::MX;
use super::DialectError;
use crate::model::{OAuthErrorReason, OAuthState, OAuthStatus};

/// Parses `getOAuthWindowURI`'s answer `{guid, oauth_window_uri}` (or `{member: {…}}`).
pub fn oauth_window_uri(document: &Value) -> Result<String, DialectError> {
    let member = Reader::object(MX, "member".into(), unwrap(document, "member"))?;
    member.opt_page_url("oauth_window_uri")?.ok_or_else(|| member.error("oauth_window_uri", "an http(s) URL"))
}

/// Parses `loadOAuthStates`' answer (`[…]` or `{"oauth_states": […]}`).
pub fn oauth_states(document: &Value) -> Result<Vec<OAuthState>, DialectError> {
    list(MX, document, "oauth_states", |item| oauth_state_from(&item))
}

/// An OAuth state: `auth_status` 0 UNKNOWN, 1 PENDING, 2 SUCCESS, 3 ERRORED (or those names),
/// with `error_reason` 0–6 (or its name) when errored.
fn oauth_state_from(item: &Reader<'_>) -> Result<OAuthState, DialectError> {
    let status = match code_or_name(item, "auth_status") {
        Some((Some(0 | 1), _)) => OAuthStatus::Pending,
        Some((Some(2), _)) => OAuthStatus::Success,
        Some((Some(3), _)) => OAuthStatus::Errored(oauth_error_reason(item)?),
        Some((None, Some(name))) if name == "UNKNOWN" || name == "PENDING" => OAuthStatus::Pending,
        Some((None, Some(name))) if name == "SUCCESS" => OAuthStatus::Success,
        Some((None, Some(name))) if name == "ERRORED" => OAuthStatus::Errored(oauth_error_reason(item)?),
        _ => return Err(item.error("auth_status", "an OAuth status (0–3, or UNKNOWN, PENDING, SUCCESS, ERRORED)")),
    };
    Ok(OAuthState {
        guid: item.string("guid")?,
        status,
        outbound_member_guid: item.opt_string("outbound_member_guid")?,
    })
}

/// Why an errored OAuth state failed; a missing reason is `UNKNOWN_ERROR`.
fn oauth_error_reason(item: &Reader<'_>) -> Result<OAuthErrorReason, DialectError> {
    match code_or_name(item, "error_reason") {
        Some((None, None)) => Some(OAuthErrorReason::Unknown),
        Some((Some(code), _)) => OAuthErrorReason::from_code(code),
        Some((None, Some(name))) => OAuthErrorReason::from_name(&name),
        None => None,
    }
    .ok_or_else(|| item.error("error_reason", "an OAuth error reason (0–6, or a name such as DENIED)"))
}

/// A value given as a code or as a name (upper-cased); `(None, None)` when absent or null,
/// `None` when it is neither.
fn code_or_name(item: &Reader<'_>, key: &str) -> Option<(Option<u64>, Option<String>)> {
    match item.opt_value(key) {
        None => Some((None, None)),
        Some((Value::Number(n), _)) => Some((Some(n.as_u64()?), None)),
        Some((Value::String(name), _)) => Some((None, Some(name.to_ascii_uppercase()))),
        Some(_) => None,
    }
}
