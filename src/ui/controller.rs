//! The controller: the one place where steps change and side effects start (backend calls,
//! events, announcements). Views call it; it is `Copy` and lives in the Leptos context, one per
//! widget, so two widgets on a page never share state.
//!
//! Each flow's state has one small owner, which only that flow's module changes, composed in
//! [`Services`]: the attempt in flight ([`super::attempt::AttemptState`]), the challenge on
//! screen ([`super::prompter::ChallengeState`]), the OAuth wait
//! ([`super::oauth_window::OAuthWait`]), the member being repaired
//! ([`super::member_repair::Repair`]), the consent ([`super::consent::ConsentState`]), the guided
//! flow ([`super::guided::GuidedState`]); the host's
//! fixed settings are [`super::settings::Settings`]. Where the user is stays in one place: `step`.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;

use futures::future::LocalBoxFuture;
use leptos::prelude::*;

use super::attempt::AttemptState;
use super::consent::ConsentState;
use super::guided::GuidedState;
use super::language::Language;
use super::member_repair::Repair;
use super::oauth_window::OAuthWait;
pub use super::phase::ConnectPhase;
use super::prompter::ChallengeState;
use super::settings::Settings;
use crate::backend::{ApiError, ConnectApi};
use crate::config::WidgetConfig;
use crate::events::{Emitter, WidgetEvent};
use crate::flow::{Answer, PollPolicy, Step};
use crate::i18n::Msg;
use crate::lazy::NotLoaded;
use crate::model::{CredentialSchema, FieldValues, Institution};

/// Everything a widget instance needs that is not reactive.
pub struct Services {
    pub api: Rc<dyn ConnectApi>,
    pub emitter: Rc<Emitter>,
    pub policy: PollPolicy,
    /// The texts, in the widget's language.
    pub language: Language,
    /// The connection attempt in flight and what its form keeps.
    pub(super) attempt: AttemptState,
    /// The bank's challenge on screen: where its answer goes, the choices to keep.
    pub(super) challenge: ChallengeState,
    /// The host's settings.
    pub settings: Settings,
    /// The bank's authorization page the user is on (OAuth).
    pub(super) oauth: OAuthWait,
    /// The existing member the widget is repairing (opened with `current_member_guid`).
    pub(super) repair: Repair,
    /// The last search that ran, shown again when the user comes back to the search.
    pub(super) last_query: RefCell<String>,
    /// The country whose institutions the search asks for (`iso_country_code`, or the one the
    /// user chose among `allowed_countries`).
    pub(super) search_country: RefCell<Option<String>>,
    /// True once the user closed the widget (`exit` is emitted once).
    exited: Cell<bool>,
    /// The consent the host asks for, and whom it was given for.
    pub(super) consent: ConsentState,
    /// The guided flow on screen (micro-deposits, a manual account, support).
    pub(super) guided: GuidedState,
    /// False once the widget is unmounted: its tasks then stop at their next wake-up.
    alive: Rc<Cell<bool>>,
}

impl Services {
    /// The services for a widget configured with `config`.
    pub fn new(
        api: Rc<dyn ConnectApi>,
        emitter: Rc<Emitter>,
        policy: PollPolicy,
        language: Language,
        config: &WidgetConfig,
    ) -> Self {
        Self {
            api,
            emitter,
            policy,
            language,
            attempt: AttemptState::default(),
            challenge: ChallengeState::default(),
            settings: Settings::new(config),
            oauth: OAuthWait::default(),
            repair: Repair::default(),
            last_query: RefCell::default(),
            search_country: RefCell::new(config.country.clone()),
            exited: Cell::new(false),
            consent: ConsentState::new(config.consent.clone()),
            guided: GuidedState::default(),
            alive: Rc::new(Cell::new(true)),
        }
    }
}

/// The widget's controller.
#[derive(Clone, Copy)]
pub struct Controller {
    pub(super) services: StoredValue<Rc<Services>, LocalStorage>,
    /// The current step.
    pub step: RwSignal<Step>,
    /// What the progress screen says.
    pub phase: RwSignal<ConnectPhase>,
    /// The text of the polite live region.
    pub announcement: RwSignal<String>,
    /// A preselected institution is loading: "Loading…" shows instead of the search.
    pub opening: RwSignal<bool>,
}

/// The controller of the widget being rendered.
pub fn use_controller() -> Controller {
    expect_context::<Controller>()
}

impl Controller {
    pub fn new(services: Services) -> Self {
        Self {
            services: StoredValue::new_local(Rc::new(services)),
            step: RwSignal::new(Step::Search),
            phase: RwSignal::new(ConnectPhase::Sending),
            announcement: RwSignal::new(String::new()),
            opening: RwSignal::new(false),
        }
    }

    pub(super) fn services(&self) -> Rc<Services> {
        self.services.get_value()
    }

    /// Runs `task` until it ends or the widget is unmounted, whichever comes first: a task never
    /// resumes after an `await` once the widget is gone (its services and signals are disposed).
    pub fn spawn(&self, task: impl Future<Output = ()> + 'static) {
        self.spawn_boxed(Box::pin(task));
    }

    /// Runs a task whose code is fetched when first needed: `fetch` is a call of a
    /// [`crate::lazy::lazy_fn!`] that answers the task; if the code cannot be fetched,
    /// `not_fetched` gets the error.
    pub(super) fn spawn_fetched(
        &self,
        fetch: impl Future<Output = Result<LocalBoxFuture<'static, ()>, NotLoaded>> + 'static,
        not_fetched: impl FnOnce(ApiError) + 'static,
    ) {
        self.spawn(async move {
            match fetch.await {
                Ok(task) => task.await,
                Err(error) => not_fetched(error.into()),
            }
        });
    }

    /// [`Self::spawn`] after boxing: one copy of the wrapper for every task.
    fn spawn_boxed(&self, mut task: Pin<Box<dyn Future<Output = ()>>>) {
        let alive = self.services().alive.clone();
        leptos::task::spawn_local(futures::future::poll_fn(move |context| match alive.get() {
            true => task.as_mut().poll(context),
            false => Poll::Ready(()),
        }));
    }

    /// The widget is being removed: its tasks stop and any attempt in flight ends.
    pub fn unmount(&self) {
        if let Some(services) = self.services.try_get_value() {
            services.alive.set(false);
        }
        self.shut_down();
    }

    /// The click handler of every "back to the search" button (one handler type for all of them
    /// keeps the bundle smaller than a closure each).
    pub fn on_back_to_search(self) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
        move |_| self.back_to_search()
    }

    /// The click handler of "Cancel" during an attempt at `institution`: back to its form.
    pub fn on_cancel_to_credentials(
        self,
        institution: Institution,
    ) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
        move |_| self.cancel_to_credentials(institution.clone())
    }

    /// The backend.
    pub fn api(&self) -> Rc<dyn ConnectApi> {
        self.services().api.clone()
    }

    /// The widget's language tag (e.g. `en`), for the browser's number formatting.
    pub fn locale_tag(&self) -> String {
        self.services().language.tag()
    }

    /// Subscribes the running effect or view to language switches.
    pub fn track_language(&self) {
        self.services().language.track();
    }

    /// A message in the widget's locale.
    pub fn text(&self, message: Msg<'_>) -> String {
        self.services().language.text(message)
    }

    pub fn emit(&self, event: WidgetEvent) {
        self.services().emitter.emit(&event);
    }

    /// Says `text` through the live region (read once by screen readers).
    pub fn announce(&self, text: String) {
        self.announcement.set(String::new());
        self.announcement.set(text);
    }

    /// Tells the developer (console and `error` event) about a failed backend call.
    pub fn report(&self, error: &ApiError) {
        web_sys::console::error_1(&format!("connect-widget: {error}").into());
        self.emit(WidgetEvent::Error { code: error.code(), message: error.message.clone(), recoverable: true });
    }

    /// Moves to `next`, emitting `stepChange` when the step's name changes.
    pub fn go(&self, next: Step) {
        let previous = self.step.with_untracked(Step::name);
        let current = next.name();
        self.step.set(next);
        if previous != current {
            self.emit(WidgetEvent::StepChange { previous, current });
        }
    }

    /// The user closed the widget: stop everything and tell the host (`exit`), once however
    /// often Close is pressed.
    pub fn exit(&self) {
        self.shut_down();
        if !self.services().exited.replace(true) {
            self.emit(WidgetEvent::Exit { step: self.step.with_untracked(Step::name), reason: "user_closed" });
        }
    }

    /// The values to start the credential form with.
    pub fn prefill(&self) -> FieldValues {
        self.services().attempt.prefill()
    }

    /// The choices of the last challenge, to start a repeated one with.
    pub fn mfa_choices(&self) -> FieldValues {
        self.services().challenge.choices()
    }

    /// Keeps the choices among submitted challenge values and drops the rest (codes, answers).
    pub fn keep_mfa_choices(&self, schema: &CredentialSchema, values: FieldValues) {
        self.services().challenge.keep_choices(schema, values);
    }

    /// Back to the form of `institution`, abandoning the attempt in flight.
    pub fn cancel_to_credentials(&self, institution: Institution) {
        self.shut_down();
        self.retry_credentials(institution);
    }

    /// Stops everything in flight; the widget is going away.
    pub fn shut_down(&self) {
        if let Some(services) = self.services.try_get_value() {
            services.attempt.cancel();
            services.challenge.take_answer();
            services.oauth.stop();
        }
    }

    /// Answers the challenge on screen. A submission is announced with `submitMFA` (never its
    /// values) and the progress screen comes back while the bank checks it.
    pub fn answer(&self, institution: Institution, member_guid: String, mfa_type: &'static str, answer: Answer) {
        let Some(sender) = self.services().challenge.take_answer() else { return };
        if matches!(answer, Answer::Submit(_)) {
            self.emit(WidgetEvent::SubmitMfa { member_guid, mfa_type });
            self.phase.set(ConnectPhase::Verifying);
            self.go(Step::Connecting { institution });
        }
        let _ = sender.send(answer);
    }
}
