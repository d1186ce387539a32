//! Events to a native app that shows the widget in a web view, where postMessage may not reach
//! it: each message becomes a navigation to the app's URL scheme (MX's
//! `ui_message_webview_url_scheme`, Salt Edge's `saltbridge://`), which the app intercepts; the
//! page itself stays. No event carries a credential, so none reaches a URL.

use super::Message;

/// Where `message` goes under the app's scheme: the envelope's `type` without MX's `mx/` prefix
/// (`connect/memberConnected`), with its `metadata` as a JSON query parameter; a Salt Edge
/// message (a JSON string) follows `connect/` itself, as `saltbridge://connect/{…}` does.
pub fn webview_path(message: &Message) -> Option<&str> {
    if message.as_text {
        return Some("connect/");
    }
    let kind = message.value.get("type")?.as_str()?;
    Some(kind.strip_prefix("mx/").unwrap_or(kind))
}

#[cfg(target_arch = "wasm32")]
pub use sink::WebviewSink;

#[cfg(target_arch = "wasm32")]
mod sink {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    use wasm_bindgen::JsValue;

    use super::super::js_value::to_js;
    use super::super::{EventSink, Message, WidgetEvent};
    use super::webview_path;

    /// Navigates to `<scheme>://<path>` for each message, one navigation per task so that the app
    /// sees every one of them.
    pub struct WebviewSink {
        scheme: String,
        queue: Rc<RefCell<VecDeque<String>>>,
    }

    impl WebviewSink {
        pub fn new(scheme: String) -> Self {
            Self { scheme, queue: Rc::default() }
        }
    }

    impl EventSink for WebviewSink {
        fn deliver(&self, event: &WidgetEvent, message: Option<&Message>) {
            // A web view has no frame to size.
            let (Some(message), false) = (message, matches!(event, WidgetEvent::Resize { .. })) else { return };
            let Some(path) = webview_path(message) else { return };
            let value = to_js(&message.value);
            let payload = match message.as_text {
                true => value,
                false => js_sys::Reflect::get(&value, &"metadata".into()).unwrap_or(JsValue::NULL),
            };
            let json = js_sys::JSON::stringify(&payload).map(String::from).unwrap_or_default();
            let encoded = String::from(js_sys::encode_uri_component(&json));
            let query = if message.as_text { "" } else { "?metadata=" };
            let mut queue = self.queue.borrow_mut();
            queue.push_back(format!("{}://{path}{query}{encoded}", self.scheme));
            if queue.len() == 1 {
                navigate_in_turn(self.queue.clone());
            }
        }
    }

    /// Navigates to each queued URL in its own task until the queue is empty.
    fn navigate_in_turn(queue: Rc<RefCell<VecDeque<String>>>) {
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                // The borrow ends with this statement (a `while let` would hold it through the body).
                let Some(url) = queue.borrow().front().cloned() else { break };
                if let Some(window) = web_sys::window() {
                    if let Err(error) = window.location().set_href(&url) {
                        web_sys::console::warn_2(&"connect-widget: the app's URL scheme failed".into(), &error);
                    }
                }
                gloo_timers::future::TimeoutFuture::new(0).await;
                queue.borrow_mut().pop_front();
            }
        });
    }
}
