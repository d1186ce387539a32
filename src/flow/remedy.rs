//! What helps once the bank has ended a connection: the one decision the outcome and the error
//! screens follow, from the member's connection status (MX's 22 codes, onto which the other
//! dialects' statuses map).

use crate::model::ConnectionStatus::{self, *};

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

    /// What opening the widget on an existing member in `status` leads to (`current_member_guid`):
    /// one the bank is still working on, or that waits for the user's answer, is followed; any
    /// other goes to the credential form when the host asks for it (`update_credentials`), else
    /// to what its status calls for.
    pub fn on_reopening(status: ConnectionStatus, update_credentials: bool) -> Self {
        match Self::for_status(status) {
            Self::Wait => Self::Wait,
            _ if update_credentials => Self::UpdateCredentials,
            remedy => remedy,
        }
    }

    /// Whether starting the same connection again, now, can help (not when it works already).
    pub fn retry_helps(self) -> bool {
        !matches!(self, Self::Nothing | Self::VisitBank | Self::ChooseAnother)
    }
}
