//! What the progress screen says while the bank works.

use crate::i18n::Msg;
use crate::model::ConnectionStatus;

/// What the progress screen says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectPhase {
    Sending,
    Verifying,
    Syncing,
}

impl ConnectPhase {
    pub fn after(status: ConnectionStatus) -> Self {
        match status {
            ConnectionStatus::Resumed | ConnectionStatus::Updated | ConnectionStatus::Reconnected => Self::Syncing,
            _ => Self::Verifying,
        }
    }

    /// The message shown for this phase.
    pub fn message(self) -> Msg<'static> {
        match self {
            Self::Sending => Msg::ProgressSending,
            Self::Verifying => Msg::ProgressVerifying,
            Self::Syncing => Msg::ProgressSyncing,
        }
    }
}
