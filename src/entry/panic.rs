//! A panic never leaves the frame blank: it logs, replaces the widget with an error message and
//! emits an `error` event.

use std::cell::RefCell;
use std::rc::Rc;

use crate::events::{Emitter, WidgetEvent};
use crate::i18n::{Locale, Msg};

thread_local! {
    /// The page widget's emitter (the hook itself must be `Send`, an `Rc` is not).
    static EMITTER: RefCell<Option<Rc<Emitter>>> = const { RefCell::new(None) };
}

/// Installs the hook for this page's widget.
pub fn install(emitter: Rc<Emitter>, locale: Locale) {
    EMITTER.with(|slot| slot.replace(Some(emitter)));
    std::panic::set_hook(Box::new(move |info| {
        log(info);
        show_message(locale, Msg::ErrorInternal);
        let event =
            WidgetEvent::Error { code: "panic".into(), message: locale.text(Msg::ErrorInternal), recoverable: false };
        let emitter = EMITTER.try_with(|slot| slot.try_borrow().ok().and_then(|e| e.clone()));
        if let Ok(Some(emitter)) = emitter {
            emitter.emit(&event);
        }
    }));
}

/// Logs a crash with its message and place (no stack trace: a smaller hook than
/// console_error_panic_hook's).
pub fn log(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("connect-widget: {info}").into());
}

/// Replaces the page's content with a plain, accessible error message, `text` under "Something
/// went wrong" (no Leptos: it may be the thing that failed).
pub fn show_message(locale: Locale, text: Msg<'static>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else { return };
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "cw-root cw-fatal");
    for (tag, text) in [("h2", Msg::ErrorHeading), ("p", text)] {
        if let Ok(element) = document.create_element(tag) {
            element.set_text_content(Some(&locale.text(text)));
            let _ = panel.append_child(&element);
        }
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}
