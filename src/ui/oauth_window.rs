//! The bank's authorization window, as the OAuth flow sees it: opened from the user's click (so
//! browsers allow it), heard from through the widget's callback page (`oauth/callback.html`),
//! which posts the bank's parameters to its opener at the widget's own origin, or through the host's
//! `client_redirect_url` page (the same message, from the host's origin). A message is taken only
//! from one of those origins, from the window the widget opened (when it has one), with the
//! attempt's `state`; anything else carrying our tag is rejected and reported.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::flow::OAuthWindow;
use crate::lazy::lazy_fn;

/// The tag the callback page puts on its message (`{connect_widget_oauth: 1, query_string}`).
const TAG: &str = "connect_widget_oauth";
/// The start of the window's name; the attempt's `state` ends it, so "Reopen" focuses the same
/// window instead of opening another, and two widgets on a page never share one.
const WINDOW_NAME_PREFIX: &str = "connect-widget-oauth-";
/// A size for a bank's sign-in page.
const WINDOW_FEATURES: &str = "popup,width=500,height=720";

/// Why a message was not taken (reported to the developer).
pub type OnRejected = Box<dyn Fn(String)>;

struct Inner {
    url: String,
    state: String,
    /// The origin of the host's `client_redirect_url` page, whose messages are taken too.
    return_origin: Option<String>,
    popup: RefCell<Option<web_sys::Window>>,
    returned: RefCell<Option<String>>,
    on_rejected: OnRejected,
}

/// One attempt's window on the bank's page; dropping it stops listening and closes the window.
pub struct PageOAuthWindow {
    inner: Rc<Inner>,
    listener: Closure<dyn Fn(web_sys::MessageEvent)>,
    /// Whether the user closed the window before the bank sent them back. Reference-counted:
    /// the window outlives the view that created it.
    pub closed: ArcRwSignal<bool>,
}

impl PageOAuthWindow {
    /// Listens for the callback of an attempt at `url` (which carries `state`), from the widget's
    /// callback page or from the host's page at `return_origin`.
    pub fn new(url: String, state: String, return_origin: Option<String>, on_rejected: OnRejected) -> Self {
        let inner = Rc::new(Inner {
            url,
            state,
            return_origin,
            popup: RefCell::new(None),
            returned: RefCell::new(None),
            on_rejected,
        });
        let receiver = inner.clone();
        // Only messages with the callback page's tag are read, by code in the module `oauth`
        // (loaded already: it prepared the attempt).
        let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if data.is_object() && Reflect::get(&data, &TAG.into()).is_ok_and(|tag| !tag.is_undefined()) {
                let receiver = receiver.clone();
                leptos::task::spawn_local(async move {
                    let _ = receiving(receiver, event).await;
                });
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
        }
        Self { inner, listener, closed: ArcRwSignal::new(false) }
    }

    /// The page's URL, with its `state`.
    pub fn url(&self) -> &str {
        &self.inner.url
    }

    /// The attempt's `state`.
    pub fn state(&self) -> &str {
        &self.inner.state
    }

    /// The same window, holding what the bank already brought back (a resumed attempt).
    pub fn with_returned(self, query_string: String) -> Self {
        self.inner.returned.replace(Some(query_string));
        self
    }

    /// Opens (or focuses) the bank's page in a window sized for it; `false` when the browser
    /// blocked it. Call it from the user's click.
    pub fn open(&self) -> bool {
        let opened = web_sys::window().and_then(|window| {
            let name = format!("{WINDOW_NAME_PREFIX}{}", self.inner.state);
            window.open_with_url_and_target_and_features(&self.inner.url, &name, WINDOW_FEATURES).ok().flatten()
        });
        let Some(popup) = opened else { return false };
        let _ = popup.focus();
        self.inner.popup.replace(Some(popup));
        self.closed.set(false);
        true
    }
}

lazy_fn!(oauth: fn receiving(inner: Rc<Inner>, event: web_sys::MessageEvent) -> () {
    inner.receive(&event)
});

impl Inner {
    /// Takes the callback page's message (tagged) if it comes from an expected origin and window
    /// with this attempt's `state`; reports it otherwise.
    fn receive(&self, event: &web_sys::MessageEvent) {
        let data = event.data();
        let own_origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
        let expected_window = self.popup.borrow().clone();
        let from_expected_window = match (&expected_window, event.source()) {
            (Some(popup), Some(source)) => js_sys::Object::is(popup, &source),
            (None, source) => source.is_some(), // opened by a link or by the host: no handle to compare
            (Some(_), None) => false,
        };
        let query_string =
            Reflect::get(&data, &"query_string".into()).ok().and_then(|q| q.as_string()).unwrap_or_default();
        let state = returned_state(&query_string);
        let origin = event.origin();
        let rejection = if origin != own_origin && Some(&origin) != self.return_origin.as_ref() {
            Some(format!("a callback message from {origin} (expected {own_origin})"))
        } else if !from_expected_window {
            Some("a callback message from a window the widget did not open".to_owned())
        } else if state.as_deref() != Some(self.state.as_str()) {
            Some("a callback message whose state does not match this attempt".to_owned())
        } else {
            None
        };
        match rejection {
            Some(why) => (self.on_rejected)(why),
            None => {
                self.returned.replace(Some(query_string));
            }
        }
    }
}

/// The `state` among the parameters the bank brought back.
pub fn returned_state(query_string: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(query_string).ok()?.get("state")
}

impl OAuthWindow for PageOAuthWindow {
    fn take_returned(&self) -> Option<String> {
        let returned = self.inner.returned.take();
        let popup_closed = self.inner.popup.borrow().as_ref().is_some_and(|popup| popup.closed().unwrap_or(true));
        // Only a window the widget opened can be seen closed (there is no handle otherwise).
        if returned.is_none() && popup_closed && !self.closed.get_untracked() {
            self.closed.set(true);
        }
        returned
    }
}

impl Drop for PageOAuthWindow {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("message", self.listener.as_ref().unchecked_ref());
        }
        if let Some(popup) = self.inner.popup.take() {
            let _ = popup.close();
        }
    }
}

/// The OAuth wait: the bank's window of the attempt in flight, while the user is on its page.
#[derive(Default)]
pub struct OAuthWait {
    window: RefCell<Option<Rc<PageOAuthWindow>>>,
}

impl OAuthWait {
    /// Waits on `window` (the page just opened, or offered as a link).
    pub fn wait_on(&self, window: Rc<PageOAuthWindow>) {
        self.window.replace(Some(window));
    }

    /// The window waited on, if any.
    pub fn window(&self) -> Option<Rc<PageOAuthWindow>> {
        self.window.borrow().clone()
    }

    /// Whether the user closed the window before finishing.
    pub fn closed(&self) -> bool {
        self.window.borrow().as_ref().is_some_and(|window| window.closed.get())
    }

    /// The wait is over (answered, cancelled or failed): the window is let go.
    pub fn stop(&self) {
        self.window.take();
    }
}
