//! The controller's connection attempts: starting one from the credentials, following its
//! progress, and ending on the step its outcome calls for. (OAuth attempts: `ui/oauth.rs`.)

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use super::clock::PageClock;
use super::controller::{ConnectPhase, Controller, Services};
use super::guided::GuidedStart;
use super::prompter::PagePrompter;
use crate::backend::{ApiError, ApiErrorKind, DUPLICATED_CODE};
use crate::dialect;
use crate::events::WidgetEvent;
use crate::flow::{Attempt, ConnectOutcome, ConnectProgress, Connection, Failure, Step};
use crate::i18n::{key, Msg};
use crate::model::{
    CredentialSchema, CredentialsStrategy, Field, FieldKind, FieldValues, Institution, MemberData, Mode,
    OverrideStrategy, Pattern,
};

/// The keys of the form's own boxes, "Save my sign-in details" (`credentials_strategy: ask`) and
/// "Replace the saved sign-in details" (`override_credentials_strategy: ask`); never a bank's
/// field (theirs have no `:`), never sent as a credential.
const STORE_CREDENTIALS: &str = "widget:store_credentials";
const OVERRIDE_CREDENTIALS: &str = "widget:override_credentials";

/// The connection attempt in flight (its cancel flag) and the non-secret values its form keeps
/// (e.g. the username after a refused password).
#[derive(Default)]
pub struct AttemptState {
    cancel: RefCell<Option<Arc<AtomicBool>>>,
    prefill: RefCell<FieldValues>,
}

impl AttemptState {
    /// Starts a new attempt, whose flag says when it must stop.
    fn start(&self) -> Arc<AtomicBool> {
        let cancelled = Arc::new(AtomicBool::new(false));
        self.cancel.replace(Some(cancelled.clone()));
        cancelled
    }

    /// The cancel flag of the attempt in flight.
    fn current(&self) -> Option<Arc<AtomicBool>> {
        self.cancel.borrow().clone()
    }

    /// Stops the attempt in flight, if any.
    pub fn cancel(&self) {
        if let Some(flag) = self.cancel.take() {
            flag.store(true, Ordering::Relaxed);
        }
    }

    /// The values to start the credential form with.
    pub fn prefill(&self) -> FieldValues {
        self.prefill.borrow().clone()
    }

    /// Keeps `values` (never secrets) for the form; empty when the user moves on.
    pub fn keep(&self, values: FieldValues) {
        self.prefill.replace(values);
    }
}

/// What a task of one attempt works with: the services, the page's clock (stopped by the
/// attempt's flag) and the page's prompter.
pub(super) struct AttemptTools {
    services: Rc<Services>,
    clock: PageClock,
    prompter: PagePrompter,
}

impl AttemptTools {
    /// The attempt's connection flow.
    pub(super) fn connection(&self) -> Connection<'_> {
        Connection {
            api: &*self.services.api,
            clock: &self.clock,
            prompter: &self.prompter,
            policy: self.services.policy,
            job_type: self.services.settings.mode.job_type(),
        }
    }
}

impl Controller {
    /// The form shown for `schema`: with a "Save my sign-in details" box at its end when the host
    /// lets the user choose (`credentials_strategy: ask`), and, for a member being updated, a box
    /// to tick that confirms replacing the saved details (`override_credentials_strategy: ask`).
    pub fn shown_form(&self, mut schema: CredentialSchema) -> CredentialSchema {
        let settings = &self.services().settings;
        let mut add_box = |key: &str, label: String, must_tick: Option<Pattern>| {
            let kind = FieldKind::Checkbox;
            schema.fields.push(Field {
                key: key.into(),
                label,
                kind,
                order: i64::MAX,
                pattern: must_tick,
                ..Field::default()
            });
        };
        if settings.credentials_strategy == CredentialsStrategy::Ask {
            add_box(STORE_CREDENTIALS, self.text(Msg::StoreCredentials), None);
        }
        if settings.override_strategy == OverrideStrategy::Ask && self.repairing().is_some() {
            let untick = self.text(Msg::keyed(key::CREDENTIALS_UPDATE_REPLACE_UNTICKED));
            add_box(
                OVERRIDE_CREDENTIALS,
                self.text(Msg::keyed(key::CREDENTIALS_UPDATE_REPLACE)),
                Pattern::new("true", Some(untick)).ok(),
            );
        }
        schema
    }

    /// Sends valid credentials and follows the connection to its end: a new member, or new
    /// credentials for the member being repaired. The values are moved in and dropped once the
    /// backend has them; only non-secret ones are kept for a retry.
    pub fn submit_credentials(&self, institution: Institution, schema: &CredentialSchema, mut values: FieldValues) {
        let chosen = values.get(STORE_CREDENTIALS) == "true";
        let data = MemberData {
            institution_guid: institution.guid.clone(),
            credentials: dialect::credentials_payload(schema, &values),
            is_oauth: false,
            store_credentials: self.services().settings.credentials_strategy.store_credentials(chosen),
            // Asked: the form's box had to be ticked.
            override_credentials: (self.services().settings.override_strategy != OverrideStrategy::Backend
                && self.repairing().is_some())
            .then_some(true),
        };
        for key in schema.secret_keys() {
            values.clear(key);
        }
        self.services().attempt.keep(values);
        let reference = (&institution).into();
        let attempt = match self.repairing() {
            Some(member_guid) => {
                self.emit(WidgetEvent::UpdateCredentials { member_guid: member_guid.clone(), institution: reference });
                Attempt::Update { member_guid, data }
            }
            None => {
                self.emit(WidgetEvent::EnterCredentials { institution: reference });
                Attempt::Create(data)
            }
        };
        self.start_attempt(institution, attempt);
    }

    /// Shows the progress screen and carries out `attempt` at `institution` to its end.
    pub(super) fn start_attempt(&self, institution: Institution, attempt: Attempt) {
        let cancelled = self.new_attempt();
        self.phase.set(ConnectPhase::Sending);
        self.go(Step::Connecting { institution: institution.clone() });

        let this = *self;
        self.spawn(async move {
            let Some(tools) = this.attempt_tools(&cancelled, &institution) else { return };
            let connection = tools.connection();
            let mut on_progress = |progress| this.on_progress(progress);
            let result = connection.run(&attempt, &mut on_progress).await;
            drop(attempt);
            if !cancelled.load(Ordering::Relaxed) {
                this.finish(institution, result);
            }
        });
    }

    /// The services, unless the widget is gone (for tasks that outlive it).
    pub(super) fn services_if_alive(&self) -> Option<Rc<Services>> {
        self.services.try_get_value()
    }

    /// The cancel flag of the attempt in flight.
    pub(super) fn current_attempt(&self) -> Option<Arc<AtomicBool>> {
        self.services().attempt.current()
    }

    /// Stops any attempt in flight and starts a new one; the flag tells it when to stop.
    pub(super) fn new_attempt(&self) -> Arc<AtomicBool> {
        self.shut_down();
        self.services().attempt.start()
    }

    /// The connection is made: the host hears it, and `step` (the connected step) shows.
    pub(super) fn connected(&self, step: Step) {
        if let Step::Connected { member_guid, .. } = &step {
            self.emit(WidgetEvent::MemberConnected { member_guid: member_guid.clone() });
        }
        self.go(step);
    }

    pub(super) fn on_progress(&self, progress: ConnectProgress) {
        match progress {
            ConnectProgress::MemberCreated { .. }
            | ConnectProgress::Answered { .. }
            | ConnectProgress::Authorized { .. } => self.phase.set(ConnectPhase::Verifying),
            ConnectProgress::Status { member_guid, status, fetching } => {
                self.phase.set(ConnectPhase::after(status, fetching, self.services().settings.mode.job_type()));
                self.emit(WidgetEvent::MemberStatusUpdate { member_guid, connection_status: status, fetching });
            }
        }
    }

    pub(super) fn finish(&self, institution: Institution, result: Result<ConnectOutcome, ApiError>) {
        let failure = match result {
            Ok(ConnectOutcome::Connected { member_guid, accounts }) => {
                // Verification: which of several accounts to verify is the user's choice first.
                let choose = accounts.len() > 1 && self.services().settings.mode == Mode::Verification;
                let connected = Step::Connected { institution, member_guid, accounts };
                return match choose {
                    true => self.start_guided(GuidedStart::ChooseAccount(Box::new(connected))),
                    false => self.connected(connected),
                };
            }
            Ok(ConnectOutcome::CredentialsRefused { member_guid, status, message }) => {
                self.emit(WidgetEvent::MemberError { member_guid, connection_status: status });
                let notice = message.unwrap_or_else(|| self.text(Msg::CredentialsRefused));
                return self.go(Step::Credentials { institution, notice: Some(notice) });
            }
            Ok(ConnectOutcome::Cancelled) => return,
            Ok(ConnectOutcome::Failed { member_guid, status, message, code }) => {
                if let Some(code) = code {
                    self.emit(WidgetEvent::InvalidData { member_guid: member_guid.clone(), code });
                }
                self.emit(WidgetEvent::MemberError { member_guid, connection_status: status });
                Failure::Bank { status, message, code }
            }
            Ok(ConnectOutcome::Duplicated { .. }) => Failure::Duplicated,
            Ok(ConnectOutcome::TimedOut) => Failure::TimedOut,
            Ok(ConnectOutcome::Expired) => Failure::Expired,
            Ok(ConnectOutcome::OAuthFailed { member_guid, reason }) => {
                self.emit(WidgetEvent::OAuthError { member_guid, reason: reason.name() });
                Failure::OAuth(reason)
            }
            Err(error) => {
                if error.creating_member {
                    self.emit(WidgetEvent::CreateMemberError { institution: (&institution).into() });
                }
                self.report(&error);
                let failure = match error.kind {
                    ApiErrorKind::Duplicated => Failure::Duplicated,
                    _ => Failure::Api(error),
                };
                return self.go(Step::Failed { institution: Some(institution), failure });
            }
        };
        let code = match &failure {
            Failure::Bank { code: Some(code), .. } => format!("job_error_{code}"),
            Failure::Bank { status, .. } => format!("member_{}", status.name().to_ascii_lowercase()),
            Failure::Expired => "mfa_expired".into(),
            Failure::Duplicated => DUPLICATED_CODE.into(),
            Failure::OAuth(reason) => format!("oauth_{}", reason.name().to_ascii_lowercase()),
            _ => "timeout".into(),
        };
        let message = self.text(failure_message(&failure));
        self.emit(WidgetEvent::Error { code, message, recoverable: true });
        self.go(Step::Failed { institution: Some(institution), failure });
    }

    /// The tools for a task of the attempt flagged by `cancelled`, unless the widget is gone.
    pub(super) fn attempt_tools(&self, cancelled: &Arc<AtomicBool>, institution: &Institution) -> Option<AttemptTools> {
        let services = self.services_if_alive()?;
        Some(AttemptTools {
            services,
            clock: PageClock::new(cancelled.clone()),
            prompter: PagePrompter::new(*self, institution.clone()),
        })
    }
}

/// The catalogue message that explains a failure.
pub fn failure_message(failure: &Failure) -> Msg<'static> {
    match failure {
        Failure::Api(error) => match error.kind {
            ApiErrorKind::Network => Msg::ErrorService,
            ApiErrorKind::Status(_) | ApiErrorKind::MemberExists(_) => Msg::ErrorServiceAnswered,
            ApiErrorKind::Timeout => Msg::ErrorServiceSlow,
            ApiErrorKind::InvalidResponse { .. } | ApiErrorKind::MissingCallback(_) => Msg::ErrorServiceUnreadable,
            ApiErrorKind::Duplicated => Msg::ErrorDuplicated,
        },
        Failure::Duplicated => Msg::ErrorDuplicated,
        Failure::Bank { .. } => Msg::ErrorBank,
        Failure::TimedOut => Msg::ErrorTimeout,
        Failure::Expired => Msg::ErrorExpired,
        Failure::OAuth(reason) => Msg::OAuthError(*reason),
    }
}
