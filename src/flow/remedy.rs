//! What helps once the bank has ended a connection: the one decision the outcome and the error
//! screens follow, from the member's connection status (MX's 22 codes, onto which the other
//! dialects' statuses map) and MX's job error codes its widget acts on whatever the status.

use crate::model::ConnectionStatus::{self, *};
use crate::model::{JobType, Member};

/// MX's job error codes (`error.error_code`) that its widget acts on (`ACTIONABLE_ERROR_CODES`).
pub mod job_error {
    /// No account can be verified (checking or savings): reported by verification jobs only.
    pub const NO_ELIGIBLE_ACCOUNTS: u64 = 1000;
    pub const NO_ACCOUNTS: u64 = 1001;
    /// Permissions the connection needs were not granted.
    pub const ACCESS_DENIED: u64 = 1002;
    pub const INCORRECT_OTP: u64 = 2001;
    pub const INCORRECT_MFA: u64 = 2002;
    pub const MFA_TIMEOUT: u64 = 2003;
    pub const REAUTHORIZATION_REQUIRED: u64 = 2004;
    pub const INVALID_CREDENTIALS: u64 = 2005;
    pub const INSTITUTION_DOWN: u64 = 3000;
    pub const INSTITUTION_MAINTENANCE: u64 = 3001;
    pub const INSTITUTION_UNAVAILABLE: u64 = 3002;
}
use job_error::*;

/// What the host asks for when it opens the widget on an existing member.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reopening {
    /// Go where the member's status leads.
    #[default]
    AsStatus,
    /// The form to update its credentials (`update_credentials`).
    UpdateCredentials,
    /// A new job on it at once, where refreshing can help (`refresh`; Salt Edge's refresh session).
    Refresh,
}

impl Reopening {
    /// What the host's `update_credentials` and `refresh` ask for; updating the credentials wins.
    pub fn asked(update_credentials: bool, refresh: bool) -> Self {
        match (update_credentials, refresh) {
            (true, _) => Self::UpdateCredentials,
            (false, true) => Self::Refresh,
            (false, false) => Self::AsStatus,
        }
    }
}

/// The way on that can help after the bank ended a connection with a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remedy {
    /// Nothing to fix: the connection works.
    Nothing,
    /// Not an end: the bank is still working, or waits for the user's answer.
    Wait,
    /// The credentials were refused or must be renewed: the form again, with the bank's words.
    UpdateCredentials,
    /// The attempt expired, its answers were refused, or it failed: start it again.
    TryAgain,
    /// The user must act at the bank first (a locked account, terms to accept): retrying here
    /// cannot help until then.
    VisitBank,
    /// The bank has a temporary problem: try again later.
    TryLater,
    /// This connection can no longer be made: choose another institution.
    ChooseAnother,
    /// The bank found no accounts that can be connected (or verified) here: choose another
    /// institution.
    NoAccounts,
    /// Run a new job on the member now (the host asked to refresh it).
    Refresh,
}

impl Remedy {
    /// The remedy for a member the bank left with `status`.
    pub fn for_status(status: ConnectionStatus) -> Self {
        match status {
            Connected => Self::Nothing,
            Created | Challenged | Reconnected | Updated | Resumed | Pending => Self::Wait,
            Denied | Prevented | Impaired | Imported => Self::UpdateCredentials,
            Rejected | Failed | Expired => Self::TryAgain,
            Impeded | Locked => Self::VisitBank,
            Degraded | Disconnected | Delayed => Self::TryLater,
            Discontinued | Closed | Disabled => Self::ChooseAnother,
        }
    }

    /// The remedy MX job error `code` calls for whatever the status, if it is one MX's widget acts
    /// on (the MFA codes leave it to the status: a challenged member is asked again).
    pub fn for_code(code: u64) -> Option<Self> {
        match code {
            NO_ELIGIBLE_ACCOUNTS | NO_ACCOUNTS => Some(Self::NoAccounts),
            ACCESS_DENIED | REAUTHORIZATION_REQUIRED | INVALID_CREDENTIALS => Some(Self::UpdateCredentials),
            INSTITUTION_DOWN | INSTITUTION_MAINTENANCE | INSTITUTION_UNAVAILABLE => Some(Self::TryLater),
            _ => None,
        }
    }

    /// The remedy for a member left with `status` and the actionable job error `code`, which wins.
    pub fn for_member(status: ConnectionStatus, code: Option<u64>) -> Self {
        code.and_then(Self::for_code).unwrap_or_else(|| Self::for_status(status))
    }

    /// What opening the widget on an existing member in `status` (with the actionable job error
    /// `code`) leads to (`current_member_guid`): one the bank is still working on, or that waits
    /// for the user's answer, is followed; any other goes to the credential form when the host
    /// asks for it (`update_credentials`); with `refresh`, a member that works or whose failure a
    /// new job can fix gets one at once (`Refresh`); else what its status calls for.
    pub fn on_reopening(status: ConnectionStatus, code: Option<u64>, asked: Reopening) -> Self {
        match (Self::for_member(status, code), asked) {
            (Self::Wait, _) => Self::Wait,
            (_, Reopening::UpdateCredentials) => Self::UpdateCredentials,
            (Self::Nothing | Self::TryAgain | Self::TryLater, Reopening::Refresh) => Self::Refresh,
            (remedy, _) => remedy,
        }
    }

    /// Whether starting the same connection again, now, can help (not when it works already).
    pub fn retry_helps(self) -> bool {
        !matches!(self, Self::Nothing | Self::VisitBank | Self::ChooseAnother | Self::NoAccounts)
    }
}

/// The job error code of `member` that decides its remedy ([`Remedy::for_code`]), if it has one:
/// NO_ELIGIBLE_ACCOUNTS only counts in verification, whose jobs report it (as in MX's widget).
pub fn actionable_code(member: &Member, job_type: JobType) -> Option<u64> {
    let code = member.error.as_ref()?.code?;
    let counts = code != NO_ELIGIBLE_ACCOUNTS || job_type == JobType::Verification;
    Remedy::for_code(code).filter(|_| counts).map(|_| code)
}
