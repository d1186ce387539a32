//! A member the sandbox created: its job's stages, where it is, and how it looks to the widget.

use super::banks::Stage;
use crate::model::{
    Challenge, ConnectedAccount, ConnectionStatus, CredentialSchema, Decoupled, Dialect, InstitutionKey, Member,
    MemberError, OAuthStatus, RetryReason,
};

/// A member the sandbox created: the stages its job goes through and where it is.
pub struct SandboxMember {
    /// The bank's institution guid.
    pub institution_guid: String,
    /// Whether the bank accepted the member's credentials (a refresh then connects).
    pub credentials_ok: bool,
    pub stages: Vec<Stage>,
    /// The stage the next poll looks at.
    pub position: usize,
    /// Polls spent in the current stage (for app approvals).
    pub polls_here: usize,
    /// The status the last poll reported.
    pub last: ConnectionStatus,
    /// Why the current prompt is asked again, after a wrong answer.
    pub retry: Option<RetryReason>,
    /// The bank's message with the final status.
    pub message: Option<&'static str>,
    /// When the current question first showed (milliseconds since the epoch).
    pub asked_at_ms: Option<f64>,
    /// For a member created with `is_oauth`: its authorization page and where it stands.
    pub oauth: Option<(String, OAuthStatus)>,
    /// The MX job error code its finished job reports.
    pub error_code: Option<u64>,
    /// The accounts it lists once connected (a Salt Edge bank's).
    pub accounts: Vec<ConnectedAccount>,
}

impl SandboxMember {
    /// A member of the bank `institution_guid` whose job goes through `stages`, ending with
    /// `message`.
    pub fn new(
        institution_guid: String,
        credentials_ok: bool,
        stages: Vec<Stage>,
        message: Option<&'static str>,
    ) -> Self {
        Self {
            institution_guid,
            credentials_ok,
            stages,
            position: 0,
            polls_here: 0,
            last: ConnectionStatus::Created,
            retry: None,
            message,
            asked_at_ms: None,
            oauth: None,
            error_code: None,
            accounts: Vec::new(),
        }
    }

    /// Starts a new job through `stages`, ending with `message` (a refresh).
    pub fn restart(&mut self, stages: Vec<Stage>, message: Option<&'static str>) {
        *self = Self {
            oauth: self.oauth.take(),
            error_code: self.error_code,
            accounts: std::mem::take(&mut self.accounts),
            ..Self::new(self.institution_guid.clone(), self.credentials_ok, stages, message)
        };
    }

    pub fn finished(&self) -> bool {
        self.position >= self.stages.len()
    }

    /// One poll: reports the current stage's status and moves on when the stage is done.
    pub fn poll(&mut self) -> ConnectionStatus {
        let Some(stage) = self.stages.get(self.position) else { return self.last };
        self.last = match stage {
            Stage::Status(status) => {
                self.position += 1;
                *status
            }
            Stage::Ask(_) | Stage::AskSometimes(_) => {
                self.asked_at_ms.get_or_insert_with(now_ms);
                ConnectionStatus::Challenged
            }
            Stage::AwaitApp(_, polls, _) => {
                self.polls_here += 1;
                if self.polls_here > *polls {
                    self.position += 1;
                    self.polls_here = 0;
                    return self.poll();
                }
                ConnectionStatus::Challenged
            }
        };
        self.last
    }

    /// The challenge the member shows while its job waits on the user.
    fn challenge(&self) -> Option<Challenge> {
        if self.last != ConnectionStatus::Challenged {
            return None;
        }
        match self.stages.get(self.position)? {
            Stage::Ask(prompt) | Stage::AskSometimes(prompt) => {
                let deadline = prompt.expires_in_s.zip(self.asked_at_ms).map(|(s, at)| at + f64::from(s) * 1000.0);
                Some(Challenge {
                    retry: self.retry,
                    expires_at_ms: deadline.or(prompt.challenge.expires_at_ms),
                    ..prompt.challenge.clone()
                })
            }
            Stage::AwaitApp(app, _, open_url) => {
                let decoupled = Decoupled { app: *app, open_url: open_url.map(str::to_owned) };
                Some(Challenge::decoupled(CredentialSchema::new(Dialect::Tink, Vec::new()), decoupled))
            }
            Stage::Status(_) => None,
        }
    }
}

/// The member as the backend reports it.
pub fn member_view(guid: &str, member: &SandboxMember) -> Member {
    let error =
        MemberError { code: member.error_code, user_message: member.message.map(Into::into), duplicated: false };
    let error = Some(error).filter(|error| member.finished() && (error.code.is_some() || error.user_message.is_some()));
    Member {
        guid: guid.into(),
        connection_status: member.last,
        is_being_aggregated: member.last.is_processing(),
        error,
        challenge: member.challenge(),
        fetching: None,
        oauth_window_uri: member.oauth.as_ref().map(|(url, _)| url.clone()),
        institution: Some(InstitutionKey::Guid(member.institution_guid.clone())),
        accounts: match member.finished() && member.last == ConnectionStatus::Connected {
            true => member.accounts.clone(),
            false => Vec::new(),
        },
    }
}

/// Now, in milliseconds since the epoch.
fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64);
}
