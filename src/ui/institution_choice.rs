//! Choosing the institution: the search's memory, picking a bank, the institution the host
//! preselected, and going back to the search (or, when the host keeps the search, telling it).

use leptos::prelude::*;

use super::controller::Controller;
use super::guided::{GuidedEvent, HOST_BACK};
use crate::events::WidgetEvent;
use crate::flow::{Failure, Step};
use crate::model::{ConnectionStatus, FieldValues, Institution, InstitutionKey, Mode, Unavailable};

impl Controller {
    /// The search to show when the search step comes back ("" for the popular list).
    pub fn last_query(&self) -> String {
        self.services().last_query.borrow().clone()
    }

    /// Remembers the search that just ran.
    pub fn remember_query(&self, text: String) {
        self.services().last_query.replace(text);
    }

    /// Whether "Loading…" shows instead of the search: the host keeps the search, or the
    /// preselected institution is loading (reactive).
    pub fn search_hidden(&self) -> bool {
        self.services().settings.search_disabled || self.opening.get()
    }

    /// The user picked a bank.
    pub fn select_institution(&self, institution: Institution) {
        self.emit(WidgetEvent::SelectedInstitution { institution: institution.clone() });
        self.services().attempt.keep(FieldValues::default());
        self.services().repair.stop();
        self.retry_credentials(institution);
    }

    /// Opens the widget on the institution the host preselected (`current_institution_guid` /
    /// `_code`), showing "Loading…" meanwhile; one the backend marks unavailable opens on the
    /// error screen that says so (a temporary problem, or not offered here); if it cannot be loaded, the search shows (or, when
    /// the host keeps the search, an error screen) and the host hears why.
    pub fn preselect(&self, key: InstitutionKey) {
        let this = *self;
        self.opening.set(true);
        self.spawn(async move {
            let loaded = this.api().load_institution(&key).await;
            this.opening.try_set(false);
            if this.services_if_alive().is_none() || this.step.with_untracked(|step| *step != Step::Search) {
                return; // unmounted, or the user moved on meanwhile
            }
            match loaded.map(|institution| this.offered(institution)) {
                // Down, or not offered by the app: said before any form, with the way on.
                Ok(institution) if institution.unavailable.is_some() => {
                    let status = institution.unavailable.map_or(ConnectionStatus::Disabled, Unavailable::status);
                    let failure = Failure::Bank { status, message: None, code: None };
                    this.go(Step::Failed { institution: Some(institution), failure });
                }
                Ok(institution) => this.select_institution(institution),
                Err(error) => {
                    this.report(&error);
                    if this.services().settings.search_disabled {
                        this.go(Step::Failed { institution: None, failure: Failure::Api(error) });
                    }
                }
            }
        });
    }

    /// `institution` as this widget offers it: in verification mode, one the backend says cannot
    /// verify accounts cannot be picked.
    pub fn offered(&self, mut institution: Institution) -> Institution {
        let verifying = self.services().settings.mode == Mode::Verification;
        if verifying && institution.verifiable == Some(false) {
            institution.unavailable = institution.unavailable.or(Some(Unavailable::NoVerification));
        }
        institution
    }

    /// Back to search, abandoning any attempt in flight. When the host keeps the search, it hears
    /// `backToSearch` and the widget opens the preselected institution again.
    pub fn back_to_search(&self) {
        self.shut_down();
        self.go(Step::Search);
        let services = self.services();
        services.repair.stop();
        if let (true, Some(key)) = (services.settings.search_disabled, services.settings.preselected.clone()) {
            self.emit(WidgetEvent::BackToSearch);
            self.preselect(key);
        }
    }

    /// The host's "back": one step back ([`Step::previous`]), abandoning any attempt in flight.
    pub fn back(&self) {
        if self.step.with_untracked(|step| matches!(step, Step::Guided { .. })) {
            self.guided(GuidedEvent::Act(HOST_BACK));
            return;
        }
        match self.step.with_untracked(Step::previous) {
            Some(Step::Search) => self.back_to_search(),
            Some(previous) => {
                self.shut_down();
                self.go(previous);
            }
            None => {}
        }
    }

    /// On to the form of `institution` (again, after a failure), keeping what can be kept; an
    /// OAuth bank starts a new authorization instead. The host's consent comes first.
    pub fn retry_credentials(&self, institution: Institution) {
        if self.asks_consent(&institution) {
            return;
        }
        match institution.supports_oauth {
            true => self.start_oauth(institution),
            false => self.go(Step::Credentials { institution, notice: None }),
        }
    }
}
