//! What the progress screen says while the bank works.

use crate::i18n::Msg;
use crate::model::{ConnectionStatus, Fetching};

/// What the progress screen says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectPhase {
    Sending,
    Verifying,
    Syncing,
    /// The bank fetches the accounts (and their holder's details).
    Accounts,
    /// The bank fetches the transactions.
    Transactions,
}

impl ConnectPhase {
    /// The phase a poll's `status` and the stage the bank says it is `fetching` show.
    pub fn after(status: ConnectionStatus, fetching: Option<Fetching>) -> Self {
        match (fetching, status) {
            (Some(Fetching::Accounts), _) => Self::Accounts,
            (Some(Fetching::Transactions), _) => Self::Transactions,
            (_, ConnectionStatus::Resumed | ConnectionStatus::Updated | ConnectionStatus::Reconnected) => Self::Syncing,
            _ => Self::Verifying,
        }
    }

    /// The message shown for this phase.
    pub fn message(self) -> Msg<'static> {
        match self {
            Self::Sending => Msg::ProgressSending,
            Self::Verifying => Msg::ProgressVerifying,
            Self::Syncing => Msg::ProgressSyncing,
            Self::Accounts => Msg::ProgressAccounts,
            Self::Transactions => Msg::ProgressTransactions,
        }
    }
}
