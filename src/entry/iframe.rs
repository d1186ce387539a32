//! The iframe page: configuration from the URL query (and, with `backend=bridge`, from the
//! loader's handshake), events to the parent window at the configured origin, and the backend
//! the configuration names.

use std::rc::Rc;

use leptos::prelude::*;
use serde_json::Value;

use super::{crash, report_missing_catalogue, report_problems, session_id};
use crate::backend::bridge::BridgePort;
use crate::backend::http::HttpTransport;
use crate::backend::{ConnectApi, ContractSettings, MxContract, Unconfigured};
use crate::config::{client_config_pairs, BackendChoice, ConfigProblem, WidgetConfig, LOCALE_EXPECTED};
use crate::events::{Emitter, EventSink, Message, PostMessageSink, WebviewSink, WidgetEvent};
use crate::i18n::{host_catalogue, Catalogue, Locale, Msg, Texts};
use crate::ui::language::Language;
use crate::ui::ConnectWidget;

/// Drops events when the host named no origin (the console says so once).
struct NoHostOrigin;

impl EventSink for NoHostOrigin {
    fn deliver(&self, _: &WidgetEvent, _: Option<&Message>) {}
}

/// Starts the widget on this page; with `backend=bridge`, once the loader has sent its configuration.
pub fn start_iframe_page() {
    let url_pairs = query_pairs();
    // Only two keys matter before the handshake; `start` parses (and reports) everything.
    let url_value = |key: &str| url_pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    if url_value("backend").as_deref() == Some("bridge") {
        if let Some(origin) = url_value("host_origin").filter(|origin| origin != "*") {
            let from_url = url_pairs.clone();
            let listening = BridgePort::listen(origin, move |port, pairs, client_config| {
                // MX's clientConfig fields first, then the URL's keys and the loader's, which win.
                let pairs = [client_config_pairs(&client_config), from_url, pairs].concat();
                start(pairs, Some((port, client_config)), Vec::new());
            });
            if let Some(port) = listening {
                return report_a_missing_loader(port);
            }
        }
        let problem = ConfigProblem {
            key: "host_origin".into(),
            expected: "an exact origin with backend=bridge (the bridge never talks to *)",
            got: String::new(),
        };
        return start(url_pairs, None, vec![problem]);
    }
    start(url_pairs, None, Vec::new())
}

/// How long a framed page waits for the loader's configuration (its pings come every 100 ms).
const LOADER_WAIT_MS: u32 = 5_000;

/// With `backend=bridge`, a page that no loader configures (opened on its own, or framed without
/// `connect-widget/embed`) says so instead of staying blank: at once at the top level, else after
/// [`LOADER_WAIT_MS`].
fn report_a_missing_loader(port: BridgePort) {
    let window = web_sys::window();
    let framed = window
        .as_ref()
        .and_then(|w| w.parent().ok().flatten())
        .zip(window)
        .is_some_and(|(parent, w)| !js_sys::Object::is(&parent, &w));
    // Not Leptos's spawner: nothing is mounted yet, so its executor is not set up.
    wasm_bindgen_futures::spawn_local(async move {
        if framed {
            gloo_timers::future::TimeoutFuture::new(LOADER_WAIT_MS).await;
        }
        if !port.configured() {
            web_sys::console::error_1(
                &"connect-widget: backend=bridge, but no loader (connect-widget/embed) configured this page".into(),
            );
            crash::show_message(&Language::default(), Msg::NoLoader);
        }
    });
}

/// Mounts the widget with the configuration `pairs` and, in bridge mode, the loader's port.
fn start(pairs: Vec<(String, String)>, bridge: Option<(BridgePort, Value)>, mut problems: Vec<ConfigProblem>) {
    let (mut config, parse_problems) = WidgetConfig::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    problems.extend(parse_problems);
    let sink: Box<dyn EventSink> = match (&bridge, &config.webview_url_scheme, &config.host_origin) {
        (Some((port, _)), ..) => Box::new(port.clone()),
        (None, Some(scheme), _) => Box::new(WebviewSink::new(scheme.clone())),
        (None, None, Some(origin)) => Box::new(PostMessageSink::new(origin.clone())),
        (None, None, None) => {
            web_sys::console::warn_1(&"connect-widget: no host_origin configured; events are not posted".into());
            Box::new(NoHostOrigin)
        }
    };
    let emitter = Rc::new(Emitter::new(session_id(), config.event_format, sink, js_sys::Date::now));
    // The crash screen speaks the widget's language, whatever it switches to.
    let language = Language::default();
    crash::install(emitter.clone(), language.clone());
    report_problems(&emitter, &problems);

    let host_back = ArcTrigger::new();
    let api = backend(&config, bridge.as_ref().map(|(port, client_config)| (port.clone(), client_config.clone())));
    let copy = config.copy.take();
    // The widget appears in its language, with the host's texts.
    wasm_bindgen_futures::spawn_local(async move {
        let host_copy = match copy {
            Some(copy) => host_copy(&emitter, &copy).await,
            None => None,
        };
        if let Some((port, _)) = &bridge {
            let trigger = host_back.clone();
            port.on_back(move || trigger.notify());
            port.on_locale(switch_language(emitter.clone(), language.clone(), host_copy.clone()));
        }
        let texts = page_texts(&emitter, config.locale.clone()).await.with_host_copy(host_copy);
        document().set_title(&texts.text(Msg::WidgetTitle));
        let resizes = emitter.clone();
        language.set(texts);
        let widget = move || view! { <ConnectWidget api emitter config host_back language /> };
        match page_main() {
            Some(main) => leptos::mount::mount_to(main, widget).forget(),
            None => mount_to_body(widget),
        }
        report_height(resizes);
    });
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

/// The texts of `locale` with the page's own catalogues, beside it (tools/bundle.mjs).
async fn page_texts(emitter: &Emitter, locale: Locale) -> Texts {
    texts_for(emitter, locale, &|name| Some(format!("locales/{name}.json"))).await
}

/// The host's `copy` (JSON) as a catalogue, with the message keys the page ships
/// (`locales/keys.json`); what cannot be used is reported, as the other configuration problems are.
async fn host_copy(emitter: &Emitter, copy: &str) -> Option<Catalogue> {
    // The browser's JSON parser: the module has none for text.
    let copy = js_sys::JSON::parse(copy).ok().and_then(|copy| crate::events::from_js(&copy).ok());
    let Some(Value::Object(copy)) = copy else {
        let got = String::new();
        report_problems(
            emitter,
            &[ConfigProblem {
                key: "copy".into(),
                expected: "a JSON object of texts by message key (docs/copy.md)",
                got,
            }],
        );
        return None;
    };
    let keys: Option<Vec<String>> =
        crate::i18n::fetch_json("locales/keys.json").await.and_then(|keys| serde_json::from_value(keys).ok());
    let Some(keys) = keys else {
        let message = "copy: the list of message keys could not be loaded; the widget's own texts are shown";
        emitter.emit(&WidgetEvent::Error { code: "invalid_config".into(), message: message.into(), recoverable: true });
        return None;
    };
    let (catalogue, problems) = host_catalogue(&keys, &copy);
    for message in problems {
        web_sys::console::warn_1(&format!("connect-widget: {message}").into());
        emitter.emit(&WidgetEvent::Error { code: "invalid_config".into(), message, recoverable: true });
    }
    Some(catalogue)
}

/// The loader's `setLocale`: switches `language` to the tag once its catalogues are here (the
/// host's texts still first); a tag the widget does not speak is reported as the configuration's
/// would be.
fn switch_language(emitter: Rc<Emitter>, language: Language, host_copy: Option<Catalogue>) -> impl Fn(String) {
    move |tag| match Locale::parse(&tag) {
        Some(locale) => {
            let (emitter, language, host_copy) = (emitter.clone(), language.clone(), host_copy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                language.set(page_texts(&emitter, locale).await.with_host_copy(host_copy))
            });
        }
        None => {
            report_problems(&emitter, &[ConfigProblem { key: "locale".into(), expected: LOCALE_EXPECTED, got: tag }])
        }
    }
}

/// The page's `<main>` (index.html), the widget's place and the page's one landmark.
pub(super) fn page_main() -> Option<web_sys::HtmlElement> {
    let main = web_sys::window()?.document()?.query_selector("main").ok()??;
    wasm_bindgen::JsCast::dyn_into(main).ok()
}

/// The backend the configuration names; without one, a backend that names what is missing.
fn backend(config: &WidgetConfig, bridge: Option<(BridgePort, Value)>) -> Rc<dyn ConnectApi> {
    let settings = |client_config| ContractSettings {
        client_config: config.mx_client_config(client_config),
        locale: config.locale.tag().to_owned(),
        forced_dialect: config.dialect,
    };
    match (config.backend, bridge) {
        (_, Some((port, client_config))) => Rc::new(MxContract::new(port, settings(client_config))),
        (Some(BackendChoice::Http), None) => match &config.api_base_url {
            Some(base) => Rc::new(MxContract::new(
                HttpTransport::new(base.clone(), config.api_token.clone()),
                settings(Value::Null),
            )),
            None => Rc::new(Unconfigured),
        },
        #[cfg(feature = "sandbox")]
        (Some(BackendChoice::Sandbox), None) => Rc::new(sandbox(config)),
        #[cfg(not(feature = "sandbox"))]
        (Some(BackendChoice::Sandbox), None) => {
            web_sys::console::error_1(&"connect-widget: backend=sandbox, but this build leaves the sandbox out".into());
            Rc::new(Unconfigured)
        }
        _ => Rc::new(Unconfigured),
    }
}

/// The sandbox; its OAuth bank's fake authorization page is the demo host's `fake-bank.html`
/// (on the host's origin, like a real bank's page on its own), and it returns to the host's
/// `client_redirect_url` when there is one, else to this widget's callback page.
#[cfg(feature = "sandbox")]
fn sandbox(config: &WidgetConfig) -> crate::backend::sandbox::SandboxApi {
    use crate::backend::sandbox::{OAuthPages, SandboxApi};
    let sandbox = SandboxApi::new(config.dialect);
    let own_origin = window().location().origin().unwrap_or_default();
    match config.host_origin.as_deref().filter(|origin| *origin != "*") {
        Some(host) => sandbox.with_oauth_pages(OAuthPages {
            authorize_url: format!("{host}/fake-bank.html"),
            redirect_uri: config
                .client_redirect_url
                .clone()
                .unwrap_or_else(|| format!("{own_origin}/oauth/callback.html")),
        }),
        None => sandbox,
    }
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
