//! The top-level redirect fallback. When the browser blocks the bank's window and the host has a
//! `client_redirect_url`, the user can go to the bank's page in the host's own window: the attempt
//! is kept in this frame's session storage under its `state`, and picked up when the host embeds
//! the widget again with the parameters the bank brought back (`oauth_resume`).

use std::rc::Rc;

use futures::future::LocalBoxFuture;
use leptos::prelude::*;

use super::controller::Controller;
use super::oauth_window::{returned_state, PageOAuthWindow};
use crate::events::WidgetEvent;
use crate::flow::{Failure, OAuthStage, OAuthStart, PendingOAuth, Step};
use crate::json;
use crate::lazy::lazy_fn;
use crate::model::{Institution, OAuthErrorReason};

impl Controller {
    /// "Continue in this window", from the user's click: keeps the attempt, then sends the host's
    /// window to the bank's page (which returns to `client_redirect_url`).
    pub fn redirect_oauth(&self, institution: Institution, start: OAuthStart) {
        let Some(window) = self.services().oauth.window() else { return };
        let member_guid = start.member_guid.clone();
        let top = match self.keep_for_resume(institution, start, &window) {
            true => web_sys::window().and_then(|own| own.top().ok().flatten()),
            false => None,
        };
        if let Some(top) = top {
            self.emit(WidgetEvent::OAuthRequested { url: window.url().to_owned(), member_guid });
            if top.location().set_href(window.url()).is_ok() {
                return;
            }
        }
        forget(window.state());
        let why =
            "could not continue in this window (session storage or top-level navigation is not allowed in this frame)";
        web_sys::console::warn_1(&format!("connect-widget: {why}").into());
        self.emit(WidgetEvent::Error { code: "oauth_redirect_failed".into(), message: why.into(), recoverable: true });
    }

    /// Keeps the attempt on the bank's page `window` in this frame's session storage under its
    /// `state`, so that `oauth_resume` can pick it up; `false` when the frame may not store it.
    pub(super) fn keep_for_resume(
        &self,
        institution: Institution,
        start: OAuthStart,
        window: &PageOAuthWindow,
    ) -> bool {
        let pending = PendingOAuth { institution, start: OAuthStart { url: window.url().to_owned(), ..start } };
        let key = PendingOAuth::storage_key(window.state());
        session_storage().is_some_and(|storage| storage.set_item(&key, &json::print(&pending.to_json())).is_ok())
    }

    /// Picks up the attempt that the bank's parameters `returned` (`oauth_resume`) belong to:
    /// the widget starts on the waiting screen and goes on as if the bank's window had answered.
    /// Parameters with an unknown or missing `state` are rejected and reported, and the user
    /// starts again. "Loading…" shows while the code is fetched (module `oauth`).
    pub fn resume_oauth(&self, returned: &str) {
        let this = *self;
        self.opening.set(true);
        self.spawn_fetched(resuming(this, returned.to_owned()), move |error| this.not_opened(error));
    }
}

lazy_fn!(oauth: fn resuming(this: Controller, returned: String) -> LocalBoxFuture<'static, ()> {
    super::oauth_screen::register();
    Box::pin(async move {
        this.opening.set(false);
        let query_string = returned.trim_start_matches(['?', '#']).to_owned();
        let state = returned_state(&query_string).unwrap_or_default();
        let Some(PendingOAuth { institution, start }) = take_kept(&state) else {
            let why = "oauth_resume: no attempt of this widget waits for these parameters (unknown or missing state)";
            web_sys::console::warn_1(&format!("connect-widget: {why}").into());
            this.emit(WidgetEvent::Error {
                code: "oauth_resume_rejected".into(),
                message: why.into(),
                recoverable: true,
            });
            this.step.set(Step::Failed { institution: None, failure: Failure::OAuth(OAuthErrorReason::SessionError) });
            return;
        };
        this.new_attempt();
        let window = Rc::new(this.oauth_window(start.url.clone(), state).with_returned(query_string));
        this.services().oauth.wait_on(window.clone());
        this.step.set(Step::OAuth { institution: institution.clone(), stage: OAuthStage::Waiting(start.clone()) });
        this.follow_oauth(institution, start, window);
    })
});

/// The attempt kept under `state`, removed as it is taken (each is resumed once).
fn take_kept(state: &str) -> Option<PendingOAuth> {
    let storage = session_storage()?;
    let key = PendingOAuth::storage_key(state);
    let text = storage.get_item(&key).ok().flatten()?;
    let _ = storage.remove_item(&key);
    PendingOAuth::from_json(&json::parse(&text)?)
}

/// Drops the attempt kept under `state` (it will not be resumed).
fn forget(state: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(&PendingOAuth::storage_key(state));
    }
}

/// This frame's session storage (`None` where the browser refuses it to the frame).
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
