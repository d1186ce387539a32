//! Ways to start the widget in a browser.

// The iframe page's own (its crash screen too: the npm package leaves the host's page alone).
#[cfg(not(feature = "npm"))]
mod crash;
#[cfg(not(feature = "npm"))]
mod iframe;
#[cfg(feature = "npm")]
mod npm;

#[cfg(not(feature = "npm"))]
pub use iframe::start_iframe_page;
#[cfg(feature = "npm")]
pub use npm::{mount, WidgetHandle};

use crate::config::ConfigProblem;
use crate::events::{Emitter, WidgetEvent};

/// A random id for a widget session (`crypto.randomUUID()`, else the time).
fn session_id() -> String {
    crate::ui::random::random_uuid().unwrap_or_else(|| format!("session-{}", js_sys::Date::now() as u64))
}

/// Tells the developer about each unusable configuration value: console and `error` event.
fn report_problems(emitter: &Emitter, problems: &[ConfigProblem]) {
    for problem in problems {
        web_sys::console::error_1(&format!("connect-widget: {problem}").into());
        emitter.emit(&WidgetEvent::Error {
            code: "invalid_config".into(),
            message: problem.to_string(),
            recoverable: true,
        });
    }
}

/// Tells the developer that the catalogue `name` could not be loaded: console and a recoverable
/// `catalogue_unavailable` event.
fn report_missing_catalogue(emitter: &Emitter, name: &str) {
    let message = format!("the {name} catalogue could not be loaded: its texts show in the next language in line");
    web_sys::console::warn_1(&format!("connect-widget: {message}").into());
    emitter.emit(&WidgetEvent::Error { code: "catalogue_unavailable".into(), message, recoverable: true });
}
