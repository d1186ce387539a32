//! Ways to start the widget in a browser.

mod crash;
mod iframe;
#[cfg(feature = "npm")]
mod npm;

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
