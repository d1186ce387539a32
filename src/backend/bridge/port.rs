//! The widget's end of the bridge: answers the loader's handshake, sends each call as a
//! `request` and waits for the `response` with its id, and posts events. Only messages from
//! `window.parent` at the exact host origin are read; others are ignored (tagged ones reported).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use async_trait::async_trait;
use futures::channel::oneshot;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::protocol::{self, Inbound, Outcome};
use crate::backend::js::with_timeout;
use crate::backend::{from_rejection, ApiError, ApiErrorKind, ApiResult, Transport};
use crate::events::{from_js, to_js, to_js_message, EventSink, Message, TooLarge, WidgetEvent, MAX_NODES};

/// What the page does once the loader has sent the configuration: start the widget with this
/// port, the configuration pairs and MX's `clientConfig`.
type OnConfig = Box<dyn FnOnce(BridgePort, Vec<(String, String)>, Value)>;

/// What runs when the loader sets the widget's language.
type OnLocale = Box<dyn Fn(String)>;

/// The widget's end of the bridge (cheap to clone: one shared state).
#[derive(Clone)]
pub struct BridgePort {
    shared: Rc<Shared>,
}

struct Shared {
    host_origin: String,
    parent: web_sys::Window,
    next_id: Cell<u64>,
    pending: RefCell<Vec<(u64, oneshot::Sender<Outcome>)>>,
    on_config: RefCell<Option<OnConfig>>,
    on_back: RefCell<Option<Box<dyn Fn()>>>,
    on_locale: RefCell<Option<OnLocale>>,
}

impl BridgePort {
    /// Listens for the loader in the parent window at `host_origin` (an exact origin) for the
    /// page's lifetime; `on_config` runs once, when the configuration arrives.
    pub fn listen(
        host_origin: String,
        on_config: impl FnOnce(BridgePort, Vec<(String, String)>, Value) + 'static,
    ) -> Option<Self> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        let shared = Rc::new(Shared {
            host_origin,
            parent,
            next_id: Cell::new(1),
            pending: RefCell::new(Vec::new()),
            on_config: RefCell::new(Some(Box::new(on_config))),
            on_back: RefCell::new(None),
            on_locale: RefCell::new(None),
        });
        let port = BridgePort { shared };
        let receiver = port.clone();
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event| receiver.receive(&event));
        window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref()).ok()?;
        on_message.forget(); // listens for the page's lifetime
        Some(port)
    }

    /// Whether the loader's configuration has arrived (the widget has started).
    pub fn configured(&self) -> bool {
        self.shared.on_config.borrow().is_none()
    }

    /// Runs `go_back` whenever the loader asks for one step back.
    pub fn on_back(&self, go_back: impl Fn() + 'static) {
        self.shared.on_back.replace(Some(Box::new(go_back)));
    }

    /// Runs `switch` with the tag whenever the loader sets the widget's language.
    pub fn on_locale(&self, switch: impl Fn(String) + 'static) {
        self.shared.on_locale.replace(Some(Box::new(switch)));
    }

    fn receive(&self, event: &web_sys::MessageEvent) {
        // Window and origin first: nothing from elsewhere is read beyond its tag.
        let from_parent = event.source().is_some_and(|source| js_sys::Object::is(&source, &self.shared.parent));
        if !from_parent || event.origin() != self.shared.host_origin {
            if is_tagged(&event.data()) {
                warn(&format!(
                    "ignored a bridge message from {} (expected the parent window at {})",
                    event.origin(),
                    self.shared.host_origin
                ));
            }
            return;
        }
        let data = match from_js(&event.data()) {
            Ok(data) => data,
            Err(TooLarge) => return warn(&format!("ignored a bridge message of more than {MAX_NODES} values")),
        };
        let Some(parsed) = protocol::parse_inbound(&data) else { return };
        match parsed {
            Ok(Inbound::Ping) => self.post(&to_js(&protocol::ack())),
            Ok(Inbound::Config { pairs, client_config }) => match self.shared.on_config.borrow_mut().take() {
                Some(start) => start(self.clone(), pairs, client_config),
                None => warn("ignored a second bridge configuration"),
            },
            Ok(Inbound::Response { id, outcome }) => {
                let mut pending = self.shared.pending.borrow_mut();
                if let Some(index) = pending.iter().position(|(waiting, _)| *waiting == id) {
                    let _ = pending.swap_remove(index).1.send(outcome);
                }
            }
            Ok(Inbound::Back) => {
                if let Some(go_back) = self.shared.on_back.borrow().as_ref() {
                    go_back();
                }
            }
            Ok(Inbound::Locale(tag)) => {
                if let Some(switch) = self.shared.on_locale.borrow().as_ref() {
                    switch(tag);
                }
            }
            Err(why) => warn(&format!("ignored a bridge message: {why}")),
        }
    }

    fn post(&self, message: &JsValue) {
        if let Err(error) = self.shared.parent.post_message(message, &self.shared.host_origin) {
            web_sys::console::warn_2(&"connect-widget: bridge postMessage failed".into(), &error);
        }
    }
}

/// Whether `data` carries the bridge's tag (read without converting the rest of it).
fn is_tagged(data: &JsValue) -> bool {
    data.is_object() && js_sys::Reflect::get(data, &protocol::CHANNEL.into()).is_ok_and(|tag| !tag.is_undefined())
}

fn warn(text: &str) {
    web_sys::console::warn_1(&format!("connect-widget: {text}").into());
}

#[async_trait(?Send)]
impl Transport for BridgePort {
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        let id = self.shared.next_id.replace(self.shared.next_id.get() + 1);
        let (answer, answered) = oneshot::channel();
        self.shared.pending.borrow_mut().push((id, answer));
        self.post(&to_js(&protocol::request(id, name, args)));
        let outcome = with_timeout(name, answered).await;
        self.shared.pending.borrow_mut().retain(|(waiting, _)| *waiting != id);
        match outcome? {
            Ok(Outcome::Answer(value)) => Ok(value),
            Ok(Outcome::Rejected(reason)) => Err(from_rejection(name, &reason)),
            Ok(Outcome::Missing) => Err(ApiError::missing_callback(name)),
            Err(oneshot::Canceled) => Err(ApiError::new(ApiErrorKind::Network, format!("`{name}`: the bridge closed"))),
        }
    }
}

impl EventSink for BridgePort {
    fn deliver(&self, event: &WidgetEvent, message: Option<&Message>) {
        let envelope = to_js(&protocol::event(event.name(), event.metadata()));
        if let Some(message) = message {
            let _ = js_sys::Reflect::set(&envelope, &"message".into(), &to_js_message(message));
        }
        self.post(&envelope);
    }
}
