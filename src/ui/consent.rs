//! The consent the host asks for (`consent`): asked once per institution before its form or its
//! bank's page; agreeing goes on (the backend gets what was agreed with the new member),
//! declining goes back to the search. Both are events for the host.

use std::cell::RefCell;

use super::controller::Controller;
use super::screen::{Action, Screen};
use crate::events::WidgetEvent;
use crate::flow::Step;
use crate::i18n::Msg;
use crate::model::{Consent, Institution, Scope};

/// The consent the host asks for, and the institution (its guid) the user gave it for.
pub struct ConsentState {
    asked: Option<Consent>,
    given_for: RefCell<Option<String>>,
}

impl ConsentState {
    pub fn new(asked: Option<Consent>) -> Self {
        Self { asked, given_for: RefCell::default() }
    }

    /// The consent to ask for before `institution`'s form, unless the user gave it already.
    fn pending_for(&self, institution: &Institution) -> Option<&Consent> {
        let given = self.given_for.borrow().as_deref() == Some(institution.guid.as_str());
        self.asked.as_ref().filter(|_| !given)
    }

    /// The user agreed for `institution`: the consent they gave.
    fn give(&self, institution: &Institution) -> Option<&Consent> {
        self.given_for.replace(Some(institution.guid.clone()));
        self.asked.as_ref()
    }
}

impl Controller {
    /// Whether `institution`'s form or bank's page waits for the user's consent (then shown).
    pub(super) fn asks_consent(&self, institution: &Institution) -> bool {
        let asks = self.services().consent.pending_for(institution).is_some();
        if asks {
            self.go(Step::Consent { institution: institution.clone() });
        }
        asks
    }

    /// The consent screen: who asks, what is shared (transactions from when), for how long.
    pub(super) fn consent_screen(&self, screen: &mut Screen, institution: &Institution) {
        let services = self.services();
        let Some(consent) = services.consent.pending_for(institution) else { return };
        let bank = institution.name.as_str();
        let date = |iso: Option<&str>| iso.map(|iso| services.language.date(iso));
        screen.heading = self.text(Msg::ConsentHeading);
        screen.text = Some(self.text(match consent.recipient.as_deref() {
            Some(recipient) => Msg::ConsentIntro { recipient, institution: bank },
            None => Msg::ConsentIntroApp { institution: bank },
        }));
        let since = date(consent.from_date.as_deref());
        for scope in &consent.scopes {
            screen.list.push(self.text(match (scope, since.as_deref()) {
                (Scope::AccountDetails, _) => Msg::ConsentAccounts,
                (Scope::HolderInformation, _) => Msg::ConsentHolder,
                (Scope::TransactionsDetails, Some(date)) => Msg::ConsentTransactionsSince { date },
                (Scope::TransactionsDetails, None) => Msg::ConsentTransactions,
            }));
        }
        let until = date(consent.expires_at.as_deref());
        screen.closing = Some(self.text(match (until.as_deref(), consent.period_days) {
            (Some(date), _) => Msg::ConsentUntil { date },
            (None, Some(days)) => Msg::ConsentForDays { days },
            (None, None) => Msg::ConsentUntilWithdrawn,
        }));
        screen.actions.push((self.text(Msg::ConsentAccept), Action::AcceptConsent(institution.clone())));
        screen.actions.push((self.text(Msg::ConsentDecline), Action::DeclineConsent(institution.clone())));
    }

    /// "I agree": the backend gets what was agreed with the new member, the host hears it, and the
    /// connection goes on.
    pub(super) fn accept_consent(&self, institution: Institution) {
        let services = self.services();
        let Some(consent) = services.consent.give(&institution) else { return };
        services.api.agree_to(consent.given.clone());
        self.emit(WidgetEvent::ConsentAccepted { institution: (&institution).into(), consent: consent.given.clone() });
        self.retry_credentials(institution);
    }

    /// "Decline": the host hears it, and the user is back at the search.
    pub(super) fn decline_consent(&self, institution: &Institution) {
        self.emit(WidgetEvent::ConsentDeclined { institution: institution.into() });
        self.back_to_search();
    }
}
