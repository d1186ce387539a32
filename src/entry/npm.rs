//! The npm package's entry point: `mount(element, options)` renders the widget into `element`,
//! talking to the host's callbacks, and returns a handle whose `destroy()` removes it.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::{report_missing_catalogue, report_problems, session_id};
use crate::backend::callbacks::JsCallbacks;
use crate::backend::{ContractSettings, MxContract};
use crate::config::LOCALE_EXPECTED;
use crate::config::{client_config_pairs, WidgetConfig};
use crate::events::{from_js, to_js, to_js_message, Emitter, EventSink, Message, WidgetEvent, MAX_NODES};
use crate::i18n::{Catalogue, Locale, Texts};
use crate::ui::language::Language;
use crate::ui::ConnectWidget;

/// A mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    mounted: Option<Box<dyn Any>>,
    host_back: ArcTrigger,
    language: Language,
    emitter: Rc<Emitter>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget, its nodes and its listeners, and stops any polling.
    pub fn destroy(&mut self) {
        self.mounted.take();
    }

    /// Goes one step back: from the form to the search, from a connection in progress or its
    /// failure to the form (abandoning the attempt), from the connected screen to the search.
    pub fn back(&self) {
        self.host_back.notify();
    }

    /// Switches the widget to the language `tag` with its `catalogues` (what npm/index.js fetched
    /// for [`catalogue_names`], `null` for each it could not) and the `missing` catalogues' names.
    #[wasm_bindgen(js_name = setTexts)]
    pub fn set_texts(&self, tag: &str, catalogues: JsValue, missing: JsValue) {
        self.language.set(texts(&self.emitter, Locale::parse(tag).unwrap_or_default(), &catalogues, &missing));
    }
}

/// The catalogues the language `tag` reads, most specific first, separated by spaces (npm/index.js
/// fetches them from the package); a TypeError for a language the widget does not speak.
#[wasm_bindgen(js_name = catalogueNames)]
pub fn catalogue_names(tag: &str) -> Result<String, JsValue> {
    match Locale::parse(tag) {
        Some(locale) => Ok(locale.catalogue_names().join(" ")),
        None => Err(js_sys::TypeError::new(&format!("\"{tag}\" is not {LOCALE_EXPECTED}")).into()),
    }
}

/// The texts of `locale` from the fetched `catalogues` (a JS array); reports the `missing` ones.
fn texts(emitter: &Emitter, locale: Locale, catalogues: &JsValue, missing: &JsValue) -> Texts {
    let list = |value: &JsValue| match from_js(value) {
        Ok(serde_json::Value::Array(items)) => items,
        _ => Vec::new(),
    };
    for name in list(missing) {
        report_missing_catalogue(emitter, name.as_str().unwrap_or_default());
    }
    Texts::new(locale, list(catalogues).into_iter().filter_map(Catalogue::from_json).collect())
}

/// Delivers events to the host's `onEvent`, the first connection to `onSuccess` (once: later
/// connections reach `onEvent` only) and the close to `onExit` (the widget emits `exit` once).
struct HostCallbacks {
    on_event: Option<Function>,
    on_success: Cell<Option<Function>>,
    on_exit: Option<Function>,
}

impl EventSink for HostCallbacks {
    fn deliver(&self, event: &WidgetEvent, message: Option<&Message>) {
        let call = |function: &Option<Function>, value: JsValue| {
            if let Some(function) = function {
                if let Err(error) = function.call1(&JsValue::NULL, &value) {
                    web_sys::console::error_2(&"connect-widget: a host event callback threw".into(), &error);
                }
            }
        };
        if let Some(message) = message {
            call(&self.on_event, to_js_message(message));
        }
        match event {
            WidgetEvent::MemberConnected { .. } => call(&self.on_success.take(), to_js(&event.metadata())),
            WidgetEvent::Exit { .. } => call(&self.on_exit, to_js(&event.metadata())),
            _ => {}
        }
    }
}

fn get(options: &JsValue, key: &str) -> JsValue {
    Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The option `key` when it is a function (npm/index.js has already refused any other value).
fn function(options: &JsValue, key: &str) -> Option<Function> {
    get(options, key).dyn_into::<Function>().ok()
}

/// Renders the widget into `element`. `options`: `callbacks` (required: the host's MX-named
/// callbacks), `clientConfig`, `onEvent`, `onSuccess`, `onExit` (also shows a Close button),
/// `locale`, `theme` (or MX's name `colorScheme`), `uxTemplate`, `brandColor`, `logoUrlTemplate`, `dialect`, `eventFormat`, `oauthResume` (the
/// bank's parameters after a top-level redirect, from `oauthReturn()`), and `hostProblems` (what
/// npm/index.js found wrong in them, one per line).
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> Result<WidgetHandle, JsValue> {
    // npm/index.js has checked the element and the options' types (a TypeError for what cannot work).
    let callbacks = get(&options, "callbacks");
    let sink = HostCallbacks {
        on_event: function(&options, "onEvent"),
        on_success: Cell::new(function(&options, "onSuccess")),
        on_exit: function(&options, "onExit"),
    };
    let client_config = match Some(get(&options, "clientConfig")).filter(JsValue::is_object) {
        Some(config) => from_js(&config)
            .map_err(|_| js_sys::TypeError::new(&format!("options.clientConfig has more than {MAX_NODES} values")))?,
        None => serde_json::Value::Null,
    };
    // MX's clientConfig fields first, so that the widget's own options win.
    let mut strings = client_config_pairs(&client_config);
    let options_named = [
        ("locale", "locale"),
        ("colorScheme", "color_scheme"),
        ("theme", "color_scheme"),
        ("uxTemplate", "ux_template"),
        ("brandColor", "brand_color"),
        ("logoUrlTemplate", "logo_url_template"),
        ("dialect", "dialect"),
        ("eventFormat", "event_format"),
        ("oauthResume", "oauth_resume"),
        ("consent", "consent"),
    ];
    strings.extend(
        options_named
            .into_iter()
            .filter_map(|(option, key)| get(&options, option).as_string().map(|value| (key.to_owned(), value))),
    );
    if get(&options, "onExit").is_function() {
        strings.push(("close_button".into(), "true".into()));
    }
    let (config, problems) = WidgetConfig::parse(strings.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let emitter = Rc::new(Emitter::new(session_id(), config.event_format, Box::new(sink), js_sys::Date::now));
    report_problems(&emitter, &problems);
    // What the package's script found wrong in the options, one per line (npm/options.js; already
    // in the console).
    let host_problems = get(&options, "hostProblems").as_string().unwrap_or_default();
    for message in host_problems.lines() {
        emitter.emit(&WidgetEvent::Error { code: "invalid_config".into(), message: message.into(), recoverable: true });
    }
    let settings = ContractSettings {
        client_config: config.mx_client_config(client_config),
        locale: config.locale.tag().to_owned(),
        forced_dialect: config.dialect,
    };
    let api: Rc<dyn crate::backend::ConnectApi> = Rc::new(MxContract::new(JsCallbacks::new(callbacks), settings));
    let language = Language::new(texts(
        &emitter,
        config.locale.clone(),
        &get(&options, "catalogues"),
        &get(&options, "missingCatalogues"),
    ));
    let (host_back, handle_language, handle_emitter) = (ArcTrigger::new(), language.clone(), emitter.clone());
    let trigger = host_back.clone();
    let mounted = leptos::mount::mount_to(element, move || {
        view! { <ConnectWidget api emitter config host_back=trigger language /> }
    });
    Ok(WidgetHandle { mounted: Some(Box::new(mounted)), host_back, language: handle_language, emitter: handle_emitter })
}
