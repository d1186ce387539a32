//! A crash never leaves the frame blank. The shipped build traps at once on a panic (no hook runs:
//! see docs/architecture.md#size), so the page's start-up script catches the trap and calls
//! [`crashed`], which replaces the widget with an error message and emits an `error` event.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

use crate::events::{Emitter, WidgetEvent};
use crate::i18n::Msg;
use crate::ui::language::Language;

thread_local! {
    /// The page widget's emitter and language, once it has started.
    static PAGE: RefCell<Option<(Rc<Emitter>, Language)>> = const { RefCell::new(None) };
}

/// Remembers the page's widget for [`crashed`].
pub fn install(emitter: Rc<Emitter>, language: Language) {
    PAGE.with(|page| page.replace(Some((emitter, language))));
}

/// Called by the iframe page's script after the module trapped: the error message in place of the
/// widget, and an `error` event (dropped if the emitter was busy when it trapped). Does nothing
/// before the page's widget has started, and nothing in the npm package (the host's page is not ours).
#[wasm_bindgen]
pub fn crashed() {
    let Ok(Some((emitter, language))) = PAGE.try_with(|page| page.try_borrow().ok().and_then(|p| p.clone())) else {
        return;
    };
    show_message(&language, Msg::ErrorInternal);
    emitter.emit(&WidgetEvent::Error {
        code: "panic".into(),
        message: language.text(Msg::ErrorInternal),
        recoverable: false,
    });
}

/// Replaces the page's content with a plain, accessible error message in the widget's colours,
/// `text` under "Something went wrong", and a "Try again" link that loads the page afresh, which takes the focus (no Leptos
/// and no Rust callback: either may be the thing that failed).
pub fn show_message(language: &Language, text: Msg<'static>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(place) = super::iframe::page_main().or_else(|| document.body()) else { return };
    let Ok(panel) = document.create_element("div") else { return };
    let _ = panel.set_attribute("role", "alert");
    // The widget's colours (its scheme and density); before it started, the system's scheme.
    let widget_class = place.query_selector(".cw-root").ok().flatten().map(|root| root.class_name());
    let _ = panel.set_attribute(
        "class",
        &format!("{} cw-fatal cw-failure", widget_class.as_deref().unwrap_or("cw-root cw-auto")),
    );
    let mut again = None;
    for (tag, text) in [("h1", Msg::ErrorHeading), ("p", text), ("a", Msg::TryAgain)] {
        if let Ok(element) = document.create_element(tag) {
            element.set_text_content(Some(&language.text(text)));
            let _ = panel.append_child(&element);
            again = Some(element).filter(|_| tag == "a");
        }
    }
    place.set_text_content(None);
    let _ = place.append_child(&panel);
    if let Some(again) = again.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = again.set_attribute("class", "cw-primary cw-button-link");
        let _ = again.set_attribute("href", &document.location().and_then(|l| l.href().ok()).unwrap_or_default());
        let _ = again.focus();
    }
}
