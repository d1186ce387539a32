//! The guided paths a host offers beside connecting a bank ("Can't find your bank?").

use crate::model::Mode;

/// The guided paths the host offers beside connecting a bank ("Can't find your bank?").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GuidedPaths {
    /// `show_microdeposits_in_connect` (verification mode only): verify an account with its
    /// routing and account numbers and two small deposits.
    pub microdeposits: bool,
    /// `enable_manual_accounts` (aggregation mode only): add an account by hand (`createAccount`).
    pub manual_accounts: bool,
    /// `enable_support_requests`: write to the host's support (`createSupportTicket`).
    pub support: bool,
    /// `allowed_countries` names two or more: search in another country.
    pub countries: bool,
}

impl GuidedPaths {
    /// The paths that go with `mode` (as in MX's widget): micro-deposits verify an account, a
    /// manual account only aggregates.
    pub fn in_mode(self, mode: Mode) -> Self {
        let verifying = mode == Mode::Verification;
        Self {
            microdeposits: self.microdeposits && verifying,
            manual_accounts: self.manual_accounts && !verifying,
            ..self
        }
    }

    /// How many paths there are.
    pub fn count(self) -> usize {
        usize::from(self.microdeposits)
            + usize::from(self.manual_accounts)
            + usize::from(self.support)
            + usize::from(self.countries)
    }
}
