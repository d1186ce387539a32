//! OAuth: the user authorizes on the bank's own page, and the backend tracks the outcome as an
//! OAuth state (MX `OAuthState`: `auth_status` and `error_reason`).

/// Where an authorization stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OAuthStatus {
    /// Not decided yet (MX PENDING, and UNKNOWN).
    Pending,
    /// The user authorized; the connection can proceed.
    Success,
    /// The authorization failed, for the reason given.
    Errored(OAuthErrorReason),
}

/// Why an authorization failed (MX `error_reason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OAuthErrorReason {
    Unknown,
    /// The user cancelled on the bank's page.
    Cancelled,
    /// The user or the bank refused access.
    Denied,
    /// The bank needs the user to act on their account first.
    Impeded,
    /// The bank's side failed.
    ProviderError,
    /// Our side failed.
    ServerError,
    /// The authorization session expired or was lost.
    SessionError,
}

/// The reasons in MX's code order (0–6).
const REASONS: [(OAuthErrorReason, &str); 7] = [
    (OAuthErrorReason::Unknown, "UNKNOWN_ERROR"),
    (OAuthErrorReason::Cancelled, "CANCELLED"),
    (OAuthErrorReason::Denied, "DENIED"),
    (OAuthErrorReason::Impeded, "IMPEDED"),
    (OAuthErrorReason::ProviderError, "PROVIDER_ERROR"),
    (OAuthErrorReason::ServerError, "SERVER_ERROR"),
    (OAuthErrorReason::SessionError, "SESSION_ERROR"),
];

impl OAuthErrorReason {
    /// The reason for MX code 0–6.
    pub fn from_code(code: u64) -> Option<Self> {
        REASONS.get(usize::try_from(code).ok()?).map(|(reason, _)| *reason)
    }

    /// The reason for an MX name such as `"DENIED"` (any case).
    pub fn from_name(name: &str) -> Option<Self> {
        REASONS.iter().find(|(_, known)| known.eq_ignore_ascii_case(name)).map(|(reason, _)| *reason)
    }

    /// MX's name, e.g. `"DENIED"`.
    pub fn name(self) -> &'static str {
        REASONS.iter().find(|(reason, _)| *reason == self).map_or("UNKNOWN_ERROR", |(_, name)| name)
    }
}

/// One authorization attempt as the backend reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct OAuthState {
    pub guid: String,
    pub status: OAuthStatus,
    /// The member the authorization is for.
    pub outbound_member_guid: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_by_code_and_name() {
        assert_eq!(OAuthErrorReason::from_code(2), Some(OAuthErrorReason::Denied));
        assert_eq!(OAuthErrorReason::from_code(7), None);
        assert_eq!(OAuthErrorReason::from_name("session_error"), Some(OAuthErrorReason::SessionError));
        assert_eq!(OAuthErrorReason::ProviderError.name(), "PROVIDER_ERROR");
    }
}
