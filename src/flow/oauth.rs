//! Connecting through the bank's own authorization page (OAuth): create the member with
//! `is_oauth` and find the page; once the user is there, poll `loadOAuthStates` (backed off,
//! capped, never overlapping) until the authorization succeeds or fails, passing on whatever
//! the page sent back to the widget; then follow the connection job as for credentials.

use super::polling::PollFailures;
use super::{Attempt, ConnectOutcome, ConnectProgress, Connection, PollPolicy};
use crate::backend::{calls, ApiError, ApiErrorKind, ApiResult};
use crate::model::{MemberData, OAuthState, OAuthStatus};

/// The bank's page as the widget sees it, injected: the browser's window watcher; tests script it.
pub trait OAuthWindow {
    /// The parameters the bank's redirect brought back to the widget's callback page (a query
    /// string, already checked against the attempt's `state`), once.
    fn take_returned(&self) -> Option<String>;
}

/// A member waiting for authorization on the bank's page.
#[derive(Clone, Debug, PartialEq)]
pub struct OAuthStart {
    pub member_guid: String,
    /// The bank's authorization page.
    pub url: String,
    /// The page answers the bank's challenge (a second redirect, sent with `updateMFA`) instead
    /// of authorizing a new member.
    pub answers_challenge: bool,
}

impl Connection<'_> {
    /// Creates the OAuth member for `institution_guid` and finds its authorization page
    /// (`member.oauth_window_uri`, else `getOAuthWindowURI`).
    pub async fn prepare_oauth(&self, institution_guid: &str) -> ApiResult<OAuthStart> {
        let data = MemberData {
            institution_guid: institution_guid.into(),
            credentials: serde_json::Value::Array(Vec::new()),
            is_oauth: true,
            store_credentials: None,
            override_credentials: None,
        };
        let member = self.api.add_member(&data).await.map_err(ApiError::creating_member)?;
        let url = match member.oauth_window_uri {
            Some(url) => url,
            None => calls::get_oauth_window_uri(self.api, &member.guid).await?,
        };
        Ok(OAuthStart { member_guid: member.guid, url, answers_challenge: false })
    }

    /// Waits for the authorization of `member_guid` (polling with `oauth_policy`), then follows
    /// the connection job with the connection's own policy.
    pub async fn follow_oauth(
        &self,
        member_guid: &str,
        window: &dyn OAuthWindow,
        oauth_policy: PollPolicy,
        on_progress: &mut dyn FnMut(ConnectProgress),
    ) -> ApiResult<ConnectOutcome> {
        let mut failures = PollFailures::default();
        for delay in oauth_policy.delays() {
            if self.clock.sleep(delay).await.is_err() {
                return Ok(ConnectOutcome::Cancelled);
            }
            if let Some(query_string) = window.take_returned() {
                match calls::oauth_complete(self.api, member_guid, &query_string).await {
                    Err(error)
                        if !matches!(error.kind, ApiErrorKind::MissingCallback(_) | ApiErrorKind::Status(404)) =>
                    {
                        return Err(error)
                    }
                    _ => {} // passed on, or the backend does not need it
                }
            }
            let Some(states) = failures.check(calls::load_oauth_states(self.api, member_guid).await)? else { continue };
            match authorization(&states) {
                OAuthStatus::Pending => {}
                OAuthStatus::Success => {
                    on_progress(ConnectProgress::Authorized { member_guid: member_guid.to_owned() });
                    let first_job = Attempt::Refresh { member_guid: member_guid.to_owned() };
                    return self.run(&first_job, on_progress).await;
                }
                OAuthStatus::Errored(reason) => {
                    return Ok(ConnectOutcome::OAuthFailed { member_guid: member_guid.to_owned(), reason })
                }
            }
        }
        Ok(ConnectOutcome::TimedOut)
    }
}

/// The authorization page's URL with the `state` the callback must bring back: its own `state`
/// parameter when it has one (the backend made it for this attempt), else `fresh`, appended.
/// `None` when the URL has none and there is no fresh one (no `crypto` in the page): an attempt
/// without a `state` could not tell its callback from a forged one, so it must not start.
pub fn with_state(url: &str, fresh: Option<&str>) -> Option<(String, String)> {
    let (before_fragment, fragment) = url.split_once('#').map_or((url, None), |(u, f)| (u, Some(f)));
    let query = before_fragment.split_once('?').map_or("", |(_, q)| q);
    if let Some(state) = query.split('&').find_map(|pair| pair.strip_prefix("state=")).filter(|s| !s.is_empty()) {
        return Some((url.to_owned(), state.to_owned()));
    }
    let fresh = fresh.filter(|fresh| !fresh.is_empty())?;
    let separator = if !before_fragment.contains('?') {
        "?"
    } else if query.is_empty() || query.ends_with('&') {
        ""
    } else {
        "&"
    };
    let mut with = format!("{before_fragment}{separator}state={fresh}");
    if let Some(fragment) = fragment {
        with = format!("{with}#{fragment}");
    }
    Some((with, fresh.to_owned()))
}

/// The authorization's status: a success in any attempt wins; otherwise the latest attempt's
/// (the last listed) decides; none yet is pending.
fn authorization(states: &[OAuthState]) -> OAuthStatus {
    if states.iter().any(|state| state.status == OAuthStatus::Success) {
        return OAuthStatus::Success;
    }
    states.last().map_or(OAuthStatus::Pending, |state| state.status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_backends_state_or_adds_one() {
        let mx = "https://testbank.com/oauth/authorize?client_id=Q&state=30b10bf9&scope=read";
        assert_eq!(with_state(mx, Some("fresh")), Some((mx.to_owned(), "30b10bf9".to_owned())));
        assert_eq!(with_state(mx, None), Some((mx.to_owned(), "30b10bf9".to_owned())), "no fresh one needed");
        let added = |url, fresh| with_state(url, Some(fresh)).unwrap().0;
        assert_eq!(added("https://bank.example/auth", "s1"), "https://bank.example/auth?state=s1");
        assert_eq!(added("https://bank.example/auth?a=1#x", "s1"), "https://bank.example/auth?a=1&state=s1#x");
        assert_eq!(added("https://bank.example/auth?state=", "s1"), "https://bank.example/auth?state=&state=s1");
    }

    #[test]
    fn refuses_an_attempt_without_any_state() {
        assert_eq!(with_state("https://bank.example/auth", None), None);
        assert_eq!(with_state("https://bank.example/auth?state=", Some("")), None);
    }

    #[test]
    fn a_success_wins_else_the_latest_attempt() {
        let state = |status| OAuthState { guid: "OAS".into(), status, outbound_member_guid: None };
        let denied = OAuthStatus::Errored(crate::model::OAuthErrorReason::Denied);
        assert_eq!(authorization(&[]), OAuthStatus::Pending);
        assert_eq!(authorization(&[state(denied), state(OAuthStatus::Pending)]), OAuthStatus::Pending);
        assert_eq!(authorization(&[state(OAuthStatus::Success), state(denied)]), OAuthStatus::Success);
        assert_eq!(authorization(&[state(OAuthStatus::Pending), state(denied)]), denied);
    }
}
