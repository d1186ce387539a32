//! The consent the host asks for (`consent`): asked once per institution before its form or its
//! bank's page; agreeing goes on (the backend gets what was agreed with the new member),
//! declining goes back to the search. Both are events for the host. The screen and its texts are
//! in the lazily loaded module `member_lifecycle`.

use std::cell::RefCell;

use futures::future::LocalBoxFuture;

use super::controller::Controller;
use super::screen::{Action, Screen};
use crate::events::WidgetEvent;
use crate::flow::Step;
use crate::i18n::{key, Msg};
use crate::lazy::lazy_fn;
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
    /// Whether `institution`'s form or bank's page waits for the user's consent: then the
    /// consent screen comes (its code and texts fetched first: module `member_lifecycle`).
    pub(super) fn asks_consent(&self, institution: &Institution) -> bool {
        let asks = self.services().consent.pending_for(institution).is_some();
        if asks {
            let (this, at) = (*self, institution.clone());
            self.spawn_fetched(asking_consent(this, institution.clone()), move |error| this.finish(at, Err(error)));
        }
        asks
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

lazy_fn!(member_lifecycle: fn asking_consent(this: Controller, institution: Institution) -> LocalBoxFuture<'static, ()> {
    super::disconnect::register();
    this.go(Step::Consent { institution });
    Box::pin(async {})
});

/// The consent screen: who asks, what is shared (transactions from when), for how long.
pub(super) fn screen(controller: &Controller, institution: &Institution) -> Screen {
    let mut screen = Screen::default();
    let services = controller.services();
    let Some(consent) = services.consent.pending_for(institution) else { return screen };
    let bank = institution.name.as_str();
    let text = |key| controller.text(Msg::keyed(key));
    let dated = |key, iso: &str| controller.text(Msg::keyed_with(key, "date", &services.language.date(iso)));
    screen.heading = text(key::CONSENT_HEADING);
    screen.text = Some(controller.text(match consent.recipient.as_deref() {
        Some(recipient) => {
            Msg::Keyed { key: key::CONSENT_INTRO, values: [("recipient", recipient), ("institution", bank)] }
        }
        None => Msg::keyed_with(key::CONSENT_INTRO_APP, "institution", bank),
    }));
    for scope in &consent.scopes {
        screen.list.push(match (scope, consent.from_date.as_deref()) {
            (Scope::AccountDetails, _) => text(key::CONSENT_ACCOUNTS),
            (Scope::HolderInformation, _) => text(key::CONSENT_HOLDER),
            (Scope::TransactionsDetails, Some(since)) => dated(key::CONSENT_TRANSACTIONS_SINCE, since),
            (Scope::TransactionsDetails, None) => text(key::CONSENT_TRANSACTIONS),
        });
    }
    screen.closing = Some(match (consent.expires_at.as_deref(), consent.period_days) {
        (Some(until), _) => dated(key::CONSENT_UNTIL, until),
        (None, Some(count)) => controller.text(Msg::KeyedCount { key: key::CONSENT_FOR_DAYS, count }),
        (None, None) => text(key::CONSENT_UNTIL_WITHDRAWN),
    });
    screen.actions.push((text(key::CONSENT_ACCEPT), Action::AcceptConsent(institution.clone())));
    screen.actions.push((text(key::CONSENT_DECLINE), Action::DeclineConsent(institution.clone())));
    screen
}
