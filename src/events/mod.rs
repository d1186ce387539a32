//! Events to the host: one typed vocabulary inside, envelopes at the edge, transports in the
//! browser layer. No event ever carries a credential value: no variant has a place for one.

mod emitter;
mod envelope;
mod formats;
mod guided;
#[cfg(target_arch = "wasm32")]
mod js_value;
#[cfg(target_arch = "wasm32")]
mod post_message;
mod vocabulary;
mod webview;

pub use emitter::Emitter;
pub use envelope::{EventSequencer, ENVELOPE_VERSION};
pub use formats::{EventFormat, Formatter, Message};
#[cfg(target_arch = "wasm32")]
pub use js_value::{from_js, to_js, TooLarge, MAX_NODES};
#[cfg(target_arch = "wasm32")]
pub use post_message::{to_js_message, PostMessageSink};
pub use vocabulary::{InstitutionRef, WidgetEvent};
pub use webview::webview_path;
#[cfg(target_arch = "wasm32")]
pub use webview::WebviewSink;

/// Where messages go (the parent window, a JS callback, a test's recorder).
pub trait EventSink {
    /// Delivers `event` with its message in the host's format (`None` when that format has no
    /// such message: most sinks then have nothing to do; the bridge still sizes the iframe).
    fn deliver(&self, event: &WidgetEvent, message: Option<&Message>);
}
