//! What the progress screen says while the bank works.

use crate::i18n::Msg;
use crate::model::{ConnectionStatus, Fetching, JobType};

/// What the progress screen says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectPhase {
    Sending,
    Verifying,
    Syncing,
    /// The bank gets the account and routing numbers (a verification job).
    Verification,
    /// The bank fetches the accounts (and their holder's details).
    Accounts,
    /// The bank fetches the transactions.
    Transactions,
}

impl ConnectPhase {
    /// The phase a poll's `status` and the stage the bank says it is `fetching` show, in a
    /// connection running `job` jobs: once the bank let the user in (a member being
    /// aggregated is CONNECTED already for MX), the job's own work, as MX's widget names it.
    pub fn after(status: ConnectionStatus, fetching: Option<Fetching>, job: JobType) -> Self {
        use ConnectionStatus::{Connected, Reconnected, Resumed, Updated};
        match (fetching, status) {
            (Some(Fetching::Accounts), _) => Self::Accounts,
            (Some(Fetching::Transactions), _) => Self::Transactions,
            (_, Connected | Resumed | Updated | Reconnected) => match job {
                JobType::Verification => Self::Verification,
                JobType::Aggregation => Self::Syncing,
            },
            _ => Self::Verifying,
        }
    }

    /// The message shown for this phase.
    pub fn message(self) -> Msg<'static> {
        match self {
            Self::Sending => Msg::ProgressSending,
            Self::Verifying => Msg::ProgressVerifying,
            Self::Syncing => Msg::ProgressSyncing,
            Self::Verification => Msg::ProgressVerification,
            Self::Accounts => Msg::ProgressAccounts,
            Self::Transactions => Msg::ProgressTransactions,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_names_its_phase_in_each_job() {
        use ConnectPhase::*;
        let every_status = (0..22).map(|code| ConnectionStatus::from_code(code).unwrap());
        for status in every_status {
            let signed_in = matches!(
                status,
                ConnectionStatus::Connected
                    | ConnectionStatus::Resumed
                    | ConnectionStatus::Updated
                    | ConnectionStatus::Reconnected
            );
            let (aggregation, verification) = if signed_in { (Syncing, Verification) } else { (Verifying, Verifying) };
            assert_eq!(ConnectPhase::after(status, None, JobType::Aggregation), aggregation, "{status:?}");
            assert_eq!(ConnectPhase::after(status, None, JobType::Verification), verification, "{status:?}");
            // The stage the bank names wins, in either job.
            for job in [JobType::Aggregation, JobType::Verification] {
                assert_eq!(ConnectPhase::after(status, Some(Fetching::Accounts), job), Accounts);
                assert_eq!(ConnectPhase::after(status, Some(Fetching::Transactions), job), Transactions);
            }
        }
    }
}
