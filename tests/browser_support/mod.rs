//! Helpers for the browser tests: mount a widget on the sandbox, find elements the way a user
//! does (by role and accessible text, by label), type, and wait for the UI to settle.
#![allow(dead_code)] // each test binary uses its own subset

mod fixture_api;
mod gated_api;

#[allow(unused_imports)] // only the fixture tests use it
pub use fixture_api::FixtureApi;
#[allow(unused_imports)] // only the tests of slow backends use it
pub use gated_api::GatedSandbox;

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::config::WidgetConfig;
use connect_widget::events::{Emitter, EventFormat, EventSink, Message, WidgetEvent};
use connect_widget::flow::PollPolicy;
use connect_widget::ui::ConnectWidget;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Records every envelope the widget emits.
#[derive(Clone, Default)]
pub struct Recorder(pub Rc<RefCell<Vec<serde_json::Value>>>);

impl EventSink for Recorder {
    fn deliver(&self, _: &WidgetEvent, message: Option<&Message>) {
        let Some(message) = message else { return };
        self.0.borrow_mut().push(message.value.clone());
    }
}

impl Recorder {
    /// The event types so far, without the `connect/` prefix.
    pub fn names(&self) -> Vec<String> {
        self.0.borrow().iter().map(|e| e["type"].as_str().unwrap().trim_start_matches("connect/").to_owned()).collect()
    }

    /// Every envelope as one JSON text (to check what never appears in it).
    pub fn all_text(&self) -> String {
        serde_json::Value::Array(self.0.borrow().clone()).to_string()
    }
}

/// A mounted widget: its host element and its event recorder.
pub struct Mounted {
    pub host: HtmlElement,
    pub events: Recorder,
}

/// Mounts a widget on the sandbox with fast polling.
pub fn mount() -> Mounted {
    mount_with(Rc::new(SandboxApi::default()))
}

/// Mounts a widget on `api` with fast polling.
pub fn mount_with(api: Rc<dyn connect_widget::backend::ConnectApi>) -> Mounted {
    mount_configured(api, WidgetConfig::default())
}

/// Mounts a widget on `api` with fast polling (and little patience) and `config`.
pub fn mount_configured(api: Rc<dyn connect_widget::backend::ConnectApi>, config: WidgetConfig) -> Mounted {
    // The tests of a file share one page: earlier tests' widgets are unmounted first, so that their
    // late work (a retry, a focus move) cannot reach this test's widget.
    unmount_all();
    let document = document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let events = Recorder::default();
    let emitter =
        Rc::new(Emitter::new("test".into(), EventFormat::Native, Box::new(events.clone()), js_sys::Date::now));
    let policy = PollPolicy { initial_ms: 5, factor: 1.0, max_ms: 5, max_polls: 50, patience_ms: 300 };
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <ConnectWidget api emitter config policy /> });
    MOUNTED.with_borrow_mut(|mounted| mounted.push((Box::new(handle), host.clone())));
    Mounted { host, events }
}

thread_local! {
    /// The widgets mounted on this page and not yet unmounted, with their hosts.
    static MOUNTED: RefCell<Vec<(Box<dyn Any>, HtmlElement)>> = RefCell::default();
}

/// Unmounts every widget mounted so far (as the npm handle's `destroy()` does) and removes its host.
pub fn unmount_all() {
    for (handle, host) in MOUNTED.take() {
        drop(handle);
        host.remove();
    }
}

/// Waits (up to 5 s) until `find` returns something.
pub async fn wait_for<T>(what: &str, mut find: impl FnMut() -> Option<T>) -> T {
    for _ in 0..500 {
        if let Some(found) = find() {
            return found;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting for {what}");
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn visible(element: &Element) -> bool {
    element.closest("[hidden]").unwrap().is_none()
}

/// The visible element with `role` (explicit, or implied by tag) whose text contains `text`.
pub fn by_role(root: &Element, role: &str, text: &str) -> Option<HtmlElement> {
    let selector = match role {
        "button" => "button, [role=button]",
        "heading" => "h1, h2, h3, [role=heading]",
        "alert" => "[role=alert]",
        "link" => "a[href]",
        other => {
            return all(root, &format!("[role={other}]"))
                .into_iter()
                .find(|e| visible(e) && e.text_content().unwrap_or_default().contains(text))
                .map(|e| e.unchecked_into())
        }
    };
    all(root, selector)
        .into_iter()
        .find(|e| visible(e) && e.text_content().unwrap_or_default().contains(text))
        .map(|e| e.unchecked_into())
}

/// The control whose `<label>` reads `label`.
pub fn by_label(root: &Element, label: &str) -> Option<HtmlInputElement> {
    let label = all(root, "label").into_iter().find(|l| l.text_content().unwrap_or_default().trim() == label)?;
    let id = label.get_attribute("for")?;
    root.query_selector(&format!("#{id}")).ok()?.map(|e| e.unchecked_into())
}

/// The fieldset whose legend reads `legend`.
pub fn group(root: &Element, legend: &str) -> Option<Element> {
    all(root, "fieldset").into_iter().find(|f| {
        f.query_selector("legend").ok().flatten().and_then(|l| l.text_content()).is_some_and(|t| t.trim() == legend)
    })
}

/// Types `text` into `input` as a user would (value, then an `input` event).
pub fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

/// Chooses `value` in a `<select>` as a user would (value, then a `change` event).
pub fn choose(select: &HtmlElement, value: &str) {
    let select: &web_sys::HtmlSelectElement = select.unchecked_ref();
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

/// The text of every visible label and legend, in document order.
pub fn labels_in_order(root: &Element) -> Vec<String> {
    all(root, "label.cw-label, legend.cw-label, .cw-checkbox label")
        .into_iter()
        .filter(visible)
        .map(|l| l.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

/// The texts of the visible field errors, in document order.
pub fn field_errors(root: &Element) -> Vec<String> {
    all(root, ".cw-field-error").into_iter().filter(visible).map(|e| e.text_content().unwrap_or_default()).collect()
}

/// Presses `key` in `element`.
pub fn press(element: &HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    element
        .dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
}

/// The element that has focus.
pub fn focused() -> Option<Element> {
    document().active_element()
}

/// The focused element if it is a step's heading, with its text.
pub fn focused_heading() -> Option<String> {
    focused().filter(|f| f.has_attribute("data-step-heading")).and_then(|f| f.text_content())
}

/// Lets Leptos apply pending updates.
pub async fn settle() {
    leptos::task::tick().await;
    TimeoutFuture::new(20).await;
}
