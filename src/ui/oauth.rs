//! The controller's OAuth side: prepare the member and the bank's page as soon as the bank is
//! picked, open the page from the user's click (or let the host open it in a mobile web view),
//! fall back to a link when the browser blocks the window, and follow the authorization.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use futures::future::LocalBoxFuture;

use leptos::prelude::*;

use super::clock::PageClock;
use super::controller::Controller;
use super::oauth_window::PageOAuthWindow;
use super::random::random_uuid;
use crate::backend::{calls, ApiErrorKind};
use crate::dialect::saltedge;
use crate::events::WidgetEvent;
use crate::flow::{with_state, Answer, Clock, Failure, OAuthStage, OAuthStart, OAuthWindow, PollPolicy, Step};
use crate::lazy::lazy_fn;
use crate::model::{Institution, OAuthErrorReason};

/// How often the page's answer to a redirect challenge is looked for.
const REDIRECT_CHECK_MS: u32 = 500;

impl Controller {
    /// Shows the OAuth instructions for `institution` and prepares its page meanwhile (the code
    /// that prepares and follows it is fetched then: module `oauth`).
    pub fn start_oauth(&self, institution: Institution) {
        let cancelled = self.new_attempt();
        let this = *self;
        let fetch = preparing(this, institution.clone(), cancelled);
        self.spawn_fetched(fetch, move |error| this.finish(institution, Err(error)));
    }

    /// "Continue to the bank", from the user's click: opens the bank's page (synchronously, so
    /// the browser allows it), or in a mobile web view asks the host to; a blocked window
    /// leaves a link.
    pub fn open_oauth(&self, institution: Institution, start: OAuthStart) {
        let services = self.services();
        let Some((url, state)) = with_state(&start.url, random_uuid().as_deref()) else {
            let message = "no `state` for the bank's page: the backend sent none and this page has no \
                           crypto.randomUUID (it needs a secure context)";
            self.emit(WidgetEvent::Error {
                code: "oauth_state_unavailable".into(),
                message: message.into(),
                recoverable: false,
            });
            let failure = Failure::OAuth(OAuthErrorReason::ServerError);
            return self.go(Step::Failed { institution: Some(institution), failure });
        };
        let window = Rc::new(self.oauth_window(url, state));
        let opened = services.settings.mobile_webview || window.open();
        if services.settings.mobile_webview && !start.answers_challenge {
            // The app opens the page; it may come back by embedding the widget again (`oauth_resume`).
            self.keep_for_resume(institution.clone(), start.clone(), &window);
        }
        services.oauth.wait_on(window.clone());
        if opened {
            self.after_opening(institution, start, window);
        } else {
            self.emit(WidgetEvent::OAuthPopupBlocked { member_guid: start.member_guid.clone() });
            // The link opens the page with this attempt's `state`.
            let start = OAuthStart { url: window.url().to_owned(), ..start };
            self.go(Step::OAuth { institution, stage: OAuthStage::Blocked(start) });
        }
    }

    /// A watcher for the bank's page at `url` (carrying `state`): takes the callback page's
    /// message, or the host's `client_redirect_url` page's; reports what it rejects.
    pub(super) fn oauth_window(&self, url: String, state: String) -> PageOAuthWindow {
        let this = *self;
        let rejected = Box::new(move |why: String| {
            web_sys::console::warn_1(&format!("connect-widget: rejected {why}").into());
            this.emit(WidgetEvent::Error { code: "oauth_message_rejected".into(), message: why, recoverable: true });
        });
        let return_origin = self
            .services()
            .settings
            .client_redirect_url
            .as_deref()
            .and_then(|url| web_sys::Url::new(url).ok())
            .map(|url| url.origin());
        PageOAuthWindow::new(url, state, return_origin, rejected)
    }

    /// The user opened the bank's page from the fallback link.
    pub fn oauth_link_opened(&self, institution: Institution, start: OAuthStart) {
        let window = self.services().oauth.window();
        if let Some(window) = window {
            self.after_opening(institution, start, window);
        }
    }

    /// The bank's page is open: wait for the authorization, or for the page's answer to the
    /// bank's challenge.
    pub(super) fn after_opening(&self, institution: Institution, start: OAuthStart, window: Rc<PageOAuthWindow>) {
        self.emit(WidgetEvent::OAuthRequested { url: window.url().to_owned(), member_guid: start.member_guid.clone() });
        self.go(Step::OAuth { institution: institution.clone(), stage: OAuthStage::Waiting(start.clone()) });
        match start.answers_challenge {
            true => self.answer_from_page(institution, start.member_guid, window),
            false => self.follow_oauth(institution, start, window),
        }
    }

    /// Waits for what the bank's page sends back and answers the challenge with it (the flow
    /// then sends it with `updateMFA`); stops when the attempt is cancelled.
    fn answer_from_page(&self, institution: Institution, member_guid: String, window: Rc<PageOAuthWindow>) {
        let Some(cancelled) = self.current_attempt() else { return };
        let this = *self;
        self.spawn(async move {
            let clock = PageClock::new(cancelled);
            while clock.sleep(REDIRECT_CHECK_MS).await.is_ok() {
                if let Some(query_string) = window.take_returned() {
                    drop(window);
                    this.services().oauth.stop();
                    let answer = Answer::Submit(saltedge::redirect_answer(&query_string));
                    return this.answer(institution, member_guid, "REDIRECT", answer);
                }
            }
        });
    }

    /// "Reopen the window": opens or focuses the bank's page again.
    pub fn reopen_oauth(&self) {
        if let Some(window) = self.services().oauth.window() {
            window.open();
        }
    }

    /// Whether the user closed the bank's window before finishing (for the waiting screen).
    pub fn oauth_window_closed(&self) -> bool {
        self.services().oauth.closed()
    }

    /// Tells the host and the backend that the page is open, then waits for the authorization
    /// and follows the connection.
    pub(super) fn follow_oauth(&self, institution: Institution, start: OAuthStart, window: Rc<PageOAuthWindow>) {
        let Some(cancelled) = self.current_attempt() else { return };
        let this = *self;
        let fetch = following(this, institution.clone(), start, window, cancelled);
        self.spawn_fetched(fetch, move |error| this.finish(institution, Err(error)));
    }
}

lazy_fn!(oauth: fn preparing(this: Controller, institution: Institution, cancelled: Arc<AtomicBool>) -> LocalBoxFuture<'static, ()> {
    super::oauth_screen::register();
    Box::pin(async move {
        let Some(tools) = this.attempt_tools(&cancelled, &institution) else { return };
        if cancelled.load(Ordering::Relaxed) {
            return; // another institution was chosen while this code was fetched
        }
        // Its texts are here now (the instructions show while the bank's page is prepared).
        this.go(Step::OAuth { institution: institution.clone(), stage: OAuthStage::Preparing });
        let prepared = tools.connection().prepare_oauth(&institution.guid).await;
        if cancelled.load(Ordering::Relaxed) {
            return;
        }
        match prepared {
            Ok(start) => this.step.set(Step::OAuth { institution, stage: OAuthStage::Ready(start) }),
            Err(error) => this.finish(institution, Err(error)),
        }
    })
});

lazy_fn!(oauth: fn following(
    this: Controller,
    institution: Institution,
    start: OAuthStart,
    window: Rc<PageOAuthWindow>,
    cancelled: Arc<AtomicBool>,
) -> LocalBoxFuture<'static, ()> {
    Box::pin(async move {
        let Some(tools) = this.attempt_tools(&cancelled, &institution) else { return };
        if let Err(error) = calls::oauth_start(&*this.api(), &start.member_guid).await {
            match error.kind {
                ApiErrorKind::MissingCallback(_) => web_sys::console::warn_1(&format!("connect-widget: {error}").into()),
                _ => this.report(&error),
            }
        }
        let connecting = institution.clone();
        let mut on_progress = move |progress| {
            if matches!(progress, crate::flow::ConnectProgress::Authorized { .. }) {
                this.go(Step::Connecting { institution: connecting.clone() });
            }
            this.on_progress(progress);
        };
        let result =
            tools.connection().follow_oauth(&start.member_guid, &*window, PollPolicy::oauth(), &mut on_progress).await;
        drop(window);
        if !cancelled.load(Ordering::Relaxed) {
            this.services().oauth.stop();
            this.finish(institution, result);
        }
    })
});
