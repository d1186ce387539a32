//! The sandbox's side of OAuth: where its OAuth banks send the user (the fake authorization page)
//! and back, the members' authorization, and restoring an OAuth member after a top-level redirect
//! (the sandbox keeps nothing across page loads).

use serde_json::{json, Value};

use super::{not_found, SandboxApi};
use crate::backend::{ApiError, ApiErrorKind, ApiResult};
use crate::model::{MemberData, OAuthErrorReason, OAuthStatus};

/// Between an OAuth member's number and its bank's guid in the member's guid.
const OAUTH_GUID_MARK: &str = "-FOR-";

/// Where the OAuth bank sends the user, and where its page sends them back.
#[derive(Clone, Debug)]
pub struct OAuthPages {
    /// The fake authorization page (the demo host serves `fake-bank.html`).
    pub authorize_url: String,
    /// The widget's callback page (`oauth/callback.html` on the widget's origin), or the host's
    /// `client_redirect_url`.
    pub redirect_uri: String,
}

impl SandboxApi {
    /// The same sandbox, with pages for its OAuth bank.
    pub fn with_oauth_pages(self, pages: OAuthPages) -> Self {
        Self { oauth_pages: Some(pages), ..self }
    }

    /// The authorization page for a new OAuth member: the fake page, told where to return and
    /// with a `state` for the widget to check.
    pub(super) fn oauth_window_uri(&self, member_guid: &str) -> ApiResult<String> {
        let pages = self.oauth_pages.as_ref().ok_or_else(|| {
            ApiError::new(
                ApiErrorKind::Status(501),
                "sandbox: the OAuth bank needs host_origin (the demo host serves its page)",
            )
        })?;
        let redirect: String = pages
            .redirect_uri
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => char::from(b).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect();
        Ok(format!("{}?bank=OAuth%20Bank&redirect_uri={redirect}&state=sandbox-{member_guid}", pages.authorize_url))
    }

    /// The authorization status of OAuth member `member_guid`.
    pub(super) fn oauth_status(&self, member_guid: &str) -> ApiResult<OAuthStatus> {
        self.restore_oauth_member(member_guid);
        let state = self.state.borrow();
        let member = state.members.get(member_guid).ok_or_else(|| not_found("member", member_guid))?;
        member.oauth.as_ref().map(|(_, status)| *status).ok_or_else(|| not_oauth(member_guid))
    }

    /// OAuth's callbacks, in MX's shapes: `oAuthStart({member: {guid}})`,
    /// `getOAuthWindowURI(guid)`, `loadOAuthStates({outbound_member_guid})`, and
    /// `oAuthComplete({member_guid, query_string})`, where the fake page's answer decides: `code`
    /// authorizes, `error=<REASON>` fails with it.
    pub(super) fn oauth_call(&self, name: &str, args: &[Value]) -> ApiResult<Value> {
        let arg = args.first().cloned().unwrap_or_default();
        let member_guid = match name {
            "oAuthStart" => arg["member"]["guid"].as_str(),
            "getOAuthWindowURI" => arg.as_str(),
            "loadOAuthStates" => arg["outbound_member_guid"].as_str(),
            _ => arg["member_guid"].as_str(),
        };
        let member_guid = member_guid.unwrap_or_default();
        let status = self.oauth_status(member_guid)?;
        Ok(match name {
            "getOAuthWindowURI" => {
                let state = self.state.borrow();
                let member = state.members.get(member_guid).ok_or_else(|| not_found("member", member_guid))?;
                let url = member.oauth.as_ref().map(|(url, _)| url.clone()).ok_or_else(|| not_oauth(member_guid))?;
                json!({ "guid": member_guid, "oauth_window_uri": url })
            }
            "loadOAuthStates" => {
                let (auth_status, error_reason) = match status {
                    OAuthStatus::Pending => ("PENDING", None),
                    OAuthStatus::Success => ("SUCCESS", None),
                    OAuthStatus::Errored(reason) => ("ERRORED", Some(reason.name())),
                };
                json!([{ "guid": format!("OAS-{member_guid}"), "auth_status": auth_status,
                    "error_reason": error_reason, "outbound_member_guid": member_guid }])
            }
            "oAuthComplete" => {
                let mut state = self.state.borrow_mut();
                let member = state.members.get_mut(member_guid).ok_or_else(|| not_found("member", member_guid))?;
                let (_, status) = member.oauth.as_mut().ok_or_else(|| not_oauth(member_guid))?;
                *status = page_answer(arg["query_string"].as_str().unwrap_or_default());
                json!({})
            }
            _ => json!({}),
        })
    }

    /// An OAuth member this page never created (the user came back from a top-level redirect)
    /// is made again, pending, from its guid.
    pub(super) fn restore_oauth_member(&self, member_guid: &str) {
        if self.state.borrow().members.contains_key(member_guid) {
            return;
        }
        let Some((_, institution_guid)) = member_guid.split_once(OAUTH_GUID_MARK) else { return };
        let data = MemberData {
            institution_guid: institution_guid.into(),
            credentials: Value::Array(Vec::new()),
            is_oauth: true,
            store_credentials: None,
            override_credentials: None,
        };
        if let Ok(member) = self.scripted_member(&data, 1, member_guid) {
            self.state.borrow_mut().members.insert(member_guid.into(), member);
        }
    }
}

/// The guid of the `number`th member, an OAuth one: it names its bank, so that it can be
/// restored after a reload.
pub(super) fn oauth_member_guid(number: usize, institution_guid: &str) -> String {
    format!("MBR-SBX-{number}{OAUTH_GUID_MARK}{institution_guid}")
}

/// What the fake page's answer means: `code` authorizes, `error=<REASON>` fails with it.
fn page_answer(query_string: &str) -> OAuthStatus {
    let parameter = |name: &str| query_string.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='));
    match (parameter("code"), parameter("error")) {
        (Some(_), None) => OAuthStatus::Success,
        (_, Some(reason)) => {
            OAuthStatus::Errored(OAuthErrorReason::from_name(reason).unwrap_or(OAuthErrorReason::Unknown))
        }
        (None, None) => OAuthStatus::Errored(OAuthErrorReason::SessionError),
    }
}

fn not_oauth(member_guid: &str) -> ApiError {
    ApiError::new(ApiErrorKind::Status(409), format!("sandbox: member {member_guid} was not created for OAuth"))
}
