//! The steps of the widget, one enum, and their public names.

use super::OAuthStart;
use crate::backend::ApiError;
use crate::model::{Challenge, ConnectedAccount, ConnectionStatus, Institution, OAuthErrorReason};

/// Where the user is.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Finding a bank: popular list and search.
    Search,
    /// Asked to consent to sharing the data the host asks for, before the form or the bank's page.
    Consent { institution: Institution },
    /// Filling in the bank's credential form. `notice` explains why they are back here.
    Credentials { institution: Institution, notice: Option<String> },
    /// Credentials sent; the bank is being contacted.
    Connecting { institution: Institution },
    /// The bank asks for more: a code, a choice, or an approval in another app.
    Mfa { institution: Institution, member_guid: String, challenge: Challenge },
    /// Done; `accounts`: what the connection reached, when known.
    Connected { institution: Institution, member_guid: String, accounts: Vec<ConnectedAccount> },
    /// Something went wrong that the form cannot fix.
    Failed { institution: Option<Institution>, failure: Failure },
    /// The bank authenticates on its own page (OAuth).
    OAuth { institution: Institution, stage: OAuthStage },
    /// Disconnecting the member being repaired (`deleteMember`); `back` is where "Cancel" leads.
    Disconnect { institution: Institution, member_guid: String, stage: DisconnectStage, back: Box<Step> },
    /// A screen of a guided flow (micro-deposits, a manual account, a support request), which
    /// decides what it shows: `name` is the step's public name, `screen` the screen's.
    Guided { name: &'static str, screen: &'static str },
}

/// Where a disconnection stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisconnectStage {
    /// The user is asked to confirm; `failed`: the last try did not work.
    Confirm { failed: bool },
    /// `deleteMember` was called.
    Disconnecting,
    /// The member is gone.
    Done,
}

/// Where an OAuth connection stands.
#[derive(Clone, Debug, PartialEq)]
pub enum OAuthStage {
    /// Creating the member and finding the bank's page.
    Preparing,
    /// Ready to open the bank's page (the user clicks "Continue").
    Ready(OAuthStart),
    /// The bank's page is open (or the host opens it, in a mobile web view); waiting for it.
    Waiting(OAuthStart),
    /// The browser blocked the new window: a link opens the page instead.
    Blocked(OAuthStart),
}

/// Why the flow stopped short of connecting.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// A backend call failed.
    Api(ApiError),
    /// The bank refused or failed the connection; `message` is the bank's text for the user,
    /// `code` the MX job error that decided what helps ([`super::Remedy::for_member`]).
    Bank { status: ConnectionStatus, message: Option<String>, code: Option<u64> },
    /// The connection exists already with these credentials: nothing more to do here.
    Duplicated,
    /// The bank did not finish within the polling ceiling.
    TimedOut,
    /// The time to answer the bank's question ran out.
    Expired,
    /// The authorization on the bank's page failed.
    OAuth(OAuthErrorReason),
}

/// The public name of a step, as used in `stepChange` events (MX's step names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepName {
    Search,
    Consent,
    EnterCredentials,
    Connecting,
    Mfa,
    Connected,
    Error,
    OAuth,
    Disconnect,
    /// A guided flow's step, by its public name (`microdeposits`, `addManualAccount`, `support`).
    Guided(&'static str),
}

impl StepName {
    /// The name in events, e.g. `"enterCreds"`.
    pub fn as_str(self) -> &'static str {
        match self {
            StepName::Search => "search",
            StepName::Consent => "disclosure",
            StepName::EnterCredentials => "enterCreds",
            StepName::Connecting => "connecting",
            StepName::Mfa => "mfa",
            StepName::Connected => "connected",
            StepName::Error => "error",
            StepName::OAuth => "oauth",
            StepName::Disconnect => "disconnect",
            StepName::Guided(name) => name,
        }
    }
}

impl Step {
    /// Where the host's "back" leads from here: the search from a form or the end of a
    /// connection, the institution's form from anything in between; `None` on the search itself.
    pub fn previous(&self) -> Option<Step> {
        let institution = match self {
            Step::Search | Step::Guided { .. } => return None,
            Step::Disconnect { stage: DisconnectStage::Done, .. } => return Some(Step::Search),
            Step::Disconnect { back, .. } => return Some((**back).clone()),
            Step::Consent { .. }
            | Step::Credentials { .. }
            | Step::Connected { .. }
            | Step::OAuth { .. }
            | Step::Failed { institution: None, .. } => return Some(Step::Search),
            Step::Connecting { institution } | Step::Mfa { institution, .. } => institution,
            Step::Failed { institution: Some(institution), .. } => institution,
        };
        // An OAuth bank has no form: back to the search.
        Some(match institution.supports_oauth {
            true => Step::Search,
            false => Step::Credentials { institution: institution.clone(), notice: None },
        })
    }

    /// The screen shown: the step's name, or for OAuth its stage's screen (preparing and ready
    /// share one). Focus moves to the heading when it changes.
    pub fn screen(&self) -> &'static str {
        match self {
            Step::OAuth { stage: OAuthStage::Waiting(_), .. } => "oauth-waiting",
            Step::OAuth { stage: OAuthStage::Blocked(_), .. } => "oauth-blocked",
            Step::Disconnect { stage: DisconnectStage::Disconnecting, .. } => "disconnecting",
            Step::Disconnect { stage: DisconnectStage::Done, .. } => "disconnected",
            Step::Guided { screen, .. } => screen,
            step => step.name().as_str(),
        }
    }

    /// The institution this step is about, if any.
    pub fn institution(&self) -> Option<&Institution> {
        match self {
            Step::Search | Step::Guided { .. } => None,
            Step::Failed { institution, .. } => institution.as_ref(),
            Step::Consent { institution }
            | Step::Credentials { institution, .. }
            | Step::Connecting { institution }
            | Step::Mfa { institution, .. }
            | Step::Connected { institution, .. }
            | Step::OAuth { institution, .. }
            | Step::Disconnect { institution, .. } => Some(institution),
        }
    }

    /// This step's public name.
    pub fn name(&self) -> StepName {
        match self {
            Step::Search => StepName::Search,
            Step::Consent { .. } => StepName::Consent,
            Step::Credentials { .. } => StepName::EnterCredentials,
            Step::Connecting { .. } => StepName::Connecting,
            Step::Mfa { .. } => StepName::Mfa,
            Step::Connected { .. } => StepName::Connected,
            Step::Failed { .. } => StepName::Error,
            Step::OAuth { .. } => StepName::OAuth,
            Step::Disconnect { .. } => StepName::Disconnect,
            Step::Guided { name, .. } => StepName::Guided(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_leads_to_the_form_or_the_search() {
        let institution = Institution { guid: "INS-1".into(), ..Institution::default() };
        let form = Some(Step::Credentials { institution: institution.clone(), notice: None });
        assert_eq!(Step::Search.previous(), None);
        assert_eq!(
            Step::Credentials { institution: institution.clone(), notice: Some("x".into()) }.previous(),
            Some(Step::Search)
        );
        assert_eq!(Step::Connecting { institution: institution.clone() }.previous(), form);
        let failed = |institution| Step::Failed { institution, failure: Failure::TimedOut };
        assert_eq!(failed(Some(institution.clone())).previous(), form);
        assert_eq!(failed(None).previous(), Some(Step::Search));
        assert_eq!(
            Step::Connected { institution: institution.clone(), member_guid: "MBR-1".into(), accounts: Vec::new() }
                .previous(),
            Some(Step::Search)
        );
        let connected =
            Step::Connected { institution: institution.clone(), member_guid: "MBR-1".into(), accounts: Vec::new() };
        let disconnect = |stage| Step::Disconnect {
            institution: institution.clone(),
            member_guid: "MBR-1".into(),
            stage,
            back: Box::new(connected.clone()),
        };
        assert_eq!(disconnect(DisconnectStage::Confirm { failed: true }).previous(), Some(connected.clone()));
        assert_eq!(disconnect(DisconnectStage::Done).previous(), Some(Step::Search));
        assert_eq!(disconnect(DisconnectStage::Done).screen(), "disconnected");
        let oauth_bank = Institution { supports_oauth: true, ..institution };
        assert_eq!(Step::Connecting { institution: oauth_bank.clone() }.previous(), Some(Step::Search));
        assert_eq!(
            Step::OAuth { institution: oauth_bank, stage: OAuthStage::Preparing }.previous(),
            Some(Step::Search)
        );
    }
}
