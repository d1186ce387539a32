//! Delivers envelopes to the parent window with an explicit target origin.

use wasm_bindgen::JsValue;

use super::js_value::to_js;
use super::{EventSink, Message, WidgetEvent};

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
    fn deliver(&self, _: &WidgetEvent, message: Option<&Message>) {
        let Some(message) = message else { return };
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
        if let Err(error) = parent.post_message(&to_js_message(message), &self.target_origin) {
            web_sys::console::warn_2(&JsValue::from_str("connect-widget: postMessage failed"), &error);
        }
    }
}

/// The JavaScript value of a message: an object, or a JSON string for the text formats.
pub fn to_js_message(message: &Message) -> JsValue {
    let value = to_js(&message.value);
    match message.as_text {
        true => js_sys::JSON::stringify(&value).map(JsValue::from).unwrap_or(value),
        false => value,
    }
}
