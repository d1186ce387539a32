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
use crate::i18n::{Locale, Texts};

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

/// The texts of `locale`, its catalogues fetched from `url(name)`; each that could not be loaded
/// is reported, and its texts come from the next language in line.
async fn texts_for(emitter: &Emitter, locale: Locale, url: &dyn Fn(&str) -> Option<String>) -> Texts {
    let (texts, missing) = crate::i18n::load_texts(locale, url).await;
    for name in missing {
        report_missing_catalogue(emitter, name);
    }
    texts
}

/// Tells the developer that the catalogue `name` could not be loaded: console and a recoverable
/// `catalogue_unavailable` event.
fn report_missing_catalogue(emitter: &Emitter, name: &str) {
    let message = format!("the {name} catalogue could not be loaded: its texts show in the next language in line");
    web_sys::console::warn_1(&format!("connect-widget: {message}").into());
    emitter.emit(&WidgetEvent::Error { code: "catalogue_unavailable".into(), message, recoverable: true });
}
