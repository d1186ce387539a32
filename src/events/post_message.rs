//! Delivers envelopes to the parent window with an explicit target origin.

use wasm_bindgen::JsValue;

use super::js_value::to_js;
use super::EventSink;

/// Posts each envelope to `window.parent` at `target_origin` (never `*` unless configured so).
pub struct PostMessageSink {
    target_origin: String,
}

impl PostMessageSink {
    pub fn new(target_origin: String) -> Self {
        Self { target_origin }
    }
}

impl EventSink for PostMessageSink {
    fn deliver(&self, envelope: &serde_json::Value) {
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
        if let Err(error) = parent.post_message(&to_js(envelope), &self.target_origin) {
            web_sys::console::warn_2(&JsValue::from_str("connect-widget: postMessage failed"), &error);
        }
    }
}
