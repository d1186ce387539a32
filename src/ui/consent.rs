//! The consent the host asks for (`consent`): asked once per institution before its form or its
//! bank's page; agreeing goes on (the backend gets what was agreed with the new member),
//! declining goes back to the search. Both are events for the host.

use super::controller::Controller;
use super::screen::{Action, Screen};
use crate::events::WidgetEvent;
use crate::flow::Step;
use crate::i18n::Msg;
use crate::model::{Institution, Scope};

impl Controller {
    /// Whether `institution`'s form or bank's page waits for the user's consent (then shown).
    pub(super) fn asks_consent(&self, institution: &Institution) -> bool {
        let services = self.services();
        let asks =
            services.consent.is_some() && services.consented.borrow().as_deref() != Some(institution.guid.as_str());
        if asks {
            self.go(Step::Consent { institution: institution.clone() });
        }
        asks
    }

    /// The consent screen: who asks, what is shared (transactions from when), for how long.
    pub(super) fn consent_screen(&self, screen: &mut Screen, institution: &Institution) {
        let services = self.services();
        let Some(consent) = services.consent.as_ref() else { return };
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
        let Some(consent) = services.consent.as_ref() else { return };
        services.consented.replace(Some(institution.guid.clone()));
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
