//! The iframe page: configuration from the URL query, events to the parent window at the
//! configured origin, the sandbox backend when asked for and compiled in.

use std::rc::Rc;

use leptos::prelude::*;

use super::{panic, report_problems, session_id};
use crate::backend::{ConnectApi, Unconfigured};
use crate::config::WidgetConfig;
use crate::events::{Emitter, EventSink, Message, PostMessageSink, WidgetEvent};
use crate::ui::ConnectWidget;

/// Drops events when the host named no origin (the console says so once).
struct NoHostOrigin;

impl EventSink for NoHostOrigin {
    fn deliver(&self, _: &WidgetEvent, _: &Message) {}
}

/// Starts the widget on this page.
pub fn start_iframe_page() {
    let pairs = query_pairs();
    let borrowed = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let (config, problems) = WidgetConfig::parse(borrowed);

    let sink: Box<dyn EventSink> = match &config.host_origin {
        Some(origin) => Box::new(PostMessageSink::new(origin.clone())),
        None => {
            web_sys::console::warn_1(&"connect-widget: no host_origin configured; events are not posted".into());
            Box::new(NoHostOrigin)
        }
    };
    let emitter = Rc::new(Emitter::new(session_id(), config.event_format, sink, js_sys::Date::now));
    panic::install(emitter.clone(), config.locale);
    report_problems(&emitter, &problems);

    let wants_sandbox = pairs.iter().any(|(k, v)| k == "sandbox" && v == "true");
    let api = backend(wants_sandbox, &config);
    document().set_title(&config.locale.text(crate::i18n::Msg::WidgetTitle));
    let resizes = emitter.clone();
    mount_to_body(move || view! { <ConnectWidget api emitter config /> });
    report_height(resizes);
}

/// Emits `resize {height}` whenever the page's content height changes, so the host can size the
/// iframe to the widget.
fn report_height(emitter: Rc<Emitter>) {
    let Some(body) = document().body() else { return };
    let last = std::cell::Cell::new(0u32);
    let measured = body.clone();
    let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        // The body's own height is the content's (the document's scroll height never drops below
        // the iframe's viewport, so it could only grow).
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height != last.replace(height) {
            emitter.emit(&WidgetEvent::Resize { height });
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(on_resize.as_ref())) {
        observer.observe(&body);
    }
    on_resize.forget(); // observes for the page's lifetime
}

/// The sandbox when asked for and compiled in; otherwise a backend that names what is missing.
fn backend(wants_sandbox: bool, config: &WidgetConfig) -> Rc<dyn ConnectApi> {
    #[cfg(feature = "sandbox")]
    if wants_sandbox {
        return Rc::new(crate::backend::sandbox::SandboxApi::new(config.dialect));
    }
    let _ = config; // only the sandbox reads it so far
    if wants_sandbox {
        web_sys::console::error_1(&"connect-widget: sandbox=true, but this build leaves the sandbox out".into());
    }
    Rc::new(Unconfigured)
}

fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Vec::new() };
    let mut pairs = Vec::new();
    // UrlSearchParams is iterable as [key, value] arrays.
    if let Ok(Some(iterator)) = js_sys::try_iter(&params) {
        for entry in iterator.flatten() {
            let entry = js_sys::Array::from(&entry);
            pairs.push((entry.get(0).as_string().unwrap_or_default(), entry.get(1).as_string().unwrap_or_default()));
        }
    }
    pairs
}
