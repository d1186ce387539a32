//! The OAuth screens in headless Chromium, on the sandbox's OAuth bank: instructions, a blocked
//! window and its link, forged and genuine callback messages, resuming after a top-level redirect.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use connect_widget::backend::sandbox::{OAuthPages, SandboxApi};
use connect_widget::config::WidgetConfig;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The sandbox's first OAuth member (its guid names its bank).
const MEMBER: &str = "MBR-SBX-1-FOR-INS-SANDBOX-OAUTH";

fn oauth_sandbox() -> Rc<SandboxApi> {
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    let pages = OAuthPages {
        authorize_url: "https://bank.invalid/authorize".into(),
        redirect_uri: format!("{origin}/oauth/callback.html"),
    };
    Rc::new(SandboxApi::new(None).with_oauth_pages(pages))
}

/// Posts what the callback page would post, from this window at this origin.
fn post_callback(query_string: &str) {
    let message = Object::new();
    Reflect::set(&message, &"connect_widget_oauth".into(), &1.into()).unwrap();
    Reflect::set(&message, &"query_string".into(), &query_string.into()).unwrap();
    let window = web_sys::window().unwrap();
    window.post_message(&message, &window.location().origin().unwrap()).unwrap();
}

/// Picks the OAuth bank and clicks Continue while a popup blocker makes `window.open` return nothing.
async fn reach_the_blocked_screen(host: &web_sys::HtmlElement) {
    type_into(&wait_for("search box", || by_label(host, "Search for your bank")).await, "oauth bank");
    wait_for("the OAuth bank", || by_role(host, "option", "OAuth Bank")).await.click();
    wait_for("instructions", || by_role(host, "heading", "Sign in with OAuth Bank")).await;
    let proceed = wait_for("an enabled Continue", || {
        by_role(host, "button", "Continue to OAuth Bank").filter(|b| !b.has_attribute("disabled"))
    })
    .await;
    let window = web_sys::window().unwrap();
    let real_open = Reflect::get(&window, &"open".into()).unwrap();
    Reflect::set(&window, &"open".into(), &Function::new_no_args("return null")).unwrap();
    proceed.click();
    Reflect::set(&window, &"open".into(), &real_open).unwrap();
    wait_for("the blocked screen", || by_role(host, "heading", "Your browser blocked the bank's window")).await;
}

#[wasm_bindgen_test]
async fn a_blocked_window_leaves_a_link_and_a_genuine_callback_connects() {
    let Mounted { host, events } = mount_with(oauth_sandbox());
    reach_the_blocked_screen(&host).await;
    wait_for("focus on the new heading", || focused_heading().filter(|h| h.contains("blocked"))).await;
    assert!(events.names().contains(&"oauthPopupBlocked".to_owned()), "{:?}", events.names());
    let link = by_role(&host, "link", "Open OAuth Bank's page").unwrap();
    let href = link.get_attribute("href").unwrap();
    assert!(
        href.starts_with("https://bank.invalid/authorize?") && href.contains(&format!("state=sandbox-{MEMBER}")),
        "{href}"
    );
    assert_eq!(
        (link.get_attribute("target").as_deref(), link.get_attribute("rel").as_deref()),
        (Some("_blank"), Some("opener"))
    );

    // The user opens the link (its navigation is kept from this test page).
    let stop_navigation = Function::new_with_args("event", "event.preventDefault()");
    host.add_event_listener_with_callback_and_bool("click", &stop_navigation, true).unwrap();
    link.click();
    wait_for("the waiting screen", || by_role(&host, "heading", "Waiting for OAuth Bank")).await;

    post_callback("code=forged&state=another-attempt");
    wait_for("a rejection", || events.names().contains(&"error".to_owned()).then_some(())).await;
    assert!(events.all_text().contains("oauth_message_rejected"));
    assert!(by_role(&host, "heading", "Waiting for OAuth Bank").is_some(), "a forged state changes nothing");

    post_callback(&format!("code=sandbox-authorization-code&state=sandbox-{MEMBER}"));
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    let names = events.names();
    assert!(names.contains(&"oauthRequested".to_owned()) && names.contains(&"memberConnected".to_owned()), "{names:?}");
}

fn session_storage() -> web_sys::Storage {
    web_sys::window().unwrap().session_storage().unwrap().unwrap()
}

/// A widget embedded again with the bank's parameters (`oauth_resume`).
fn resumed(returned: &str) -> Mounted {
    let config = WidgetConfig { oauth_resume: Some(returned.into()), ..WidgetConfig::default() };
    mount_configured(oauth_sandbox(), config)
}

#[wasm_bindgen_test]
async fn parameters_brought_back_to_the_host_resume_the_attempt_they_belong_to() {
    let key = "connect-widget:oauth:resume-state-1";
    let pending = format!(
        r#"{{"member_guid":"{MEMBER}","url":"https://bank.invalid/authorize?state=resume-state-1","institution":{{"guid":"INS-SANDBOX-OAUTH","code":"oauth","name":"OAuth Bank","url":null,"logo_url":null}}}}"#
    );
    session_storage().set_item(key, &pending).unwrap();
    let Mounted { host, events } = resumed("?code=sandbox-authorization-code&state=resume-state-1");
    wait_for("the waiting screen", || by_role(&host, "heading", "Waiting for OAuth Bank")).await;
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(session_storage().get_item(key).unwrap(), None, "the attempt is picked up once");
    let names = events.names();
    assert_eq!(names.first().map(String::as_str), Some("loaded"), "{names:?}");
    assert!(names.contains(&"memberConnected".to_owned()), "{names:?}");
    assert!(events.all_text().contains(r#""initial_step":"oauth""#), "{}", events.all_text());
}

#[wasm_bindgen_test]
async fn parameters_with_an_unknown_state_are_rejected_and_the_user_starts_again() {
    let Mounted { host, events } = resumed("code=forged&state=nobody-saved-this");
    wait_for("the error screen", || by_role(&host, "heading", "Something went wrong")).await;
    assert!(host.text_content().unwrap().contains("The sign-in session expired or was interrupted"));
    assert!(events.all_text().contains("oauth_resume_rejected"), "{}", events.all_text());
    by_role(&host, "button", "Choose another institution").unwrap().click();
    wait_for("the search", || by_label(&host, "Search for your bank")).await;
}

#[wasm_bindgen_test]
async fn continuing_in_this_window_where_the_frame_may_not_keep_the_attempt_reports_it_and_keeps_the_link() {
    let config =
        WidgetConfig { client_redirect_url: Some("https://app.example/bank-return".into()), ..WidgetConfig::default() };
    let Mounted { host, events } = mount_configured(oauth_sandbox(), config);
    reach_the_blocked_screen(&host).await;
    assert!(host.text_content().unwrap().contains("or continue in this window"));

    // A frame whose storage refuses writes (as some browsers do for third-party frames).
    let window = web_sys::window().unwrap();
    let storage_prototype =
        Reflect::get(&Reflect::get(&window, &"Storage".into()).unwrap(), &"prototype".into()).unwrap();
    let real_set_item = Reflect::get(&storage_prototype, &"setItem".into()).unwrap();
    Reflect::set(
        &storage_prototype,
        &"setItem".into(),
        &Function::new_no_args("throw new DOMException('denied', 'SecurityError')"),
    )
    .unwrap();
    by_role(&host, "button", "Continue in this window").unwrap().click();
    Reflect::set(&storage_prototype, &"setItem".into(), &real_set_item).unwrap();

    assert!(events.all_text().contains("oauth_redirect_failed"), "{}", events.all_text());
    assert!(!events.names().contains(&"oauthRequested".to_owned()), "{:?}", events.names());
    assert!(by_role(&host, "link", "Open OAuth Bank's page").is_some(), "the link remains");
}

#[wasm_bindgen_test]
async fn in_a_mobile_web_view_the_app_can_come_back_with_the_banks_parameters() {
    let config = WidgetConfig { mobile_webview: true, ..WidgetConfig::default() };
    let Mounted { host, events } = mount_configured(oauth_sandbox(), config);
    type_into(&wait_for("search box", || by_label(&host, "Search for your bank")).await, "oauth bank");
    wait_for("the OAuth bank", || by_role(&host, "option", "OAuth Bank")).await.click();
    wait_for("an enabled Continue", || {
        by_role(&host, "button", "Continue to OAuth Bank").filter(|b| !b.has_attribute("disabled"))
    })
    .await
    .click();
    wait_for("the waiting screen", || by_role(&host, "heading", "Waiting for OAuth Bank")).await;
    // The app opens the page from `oauthRequested`; the bank returns to the app with its `state`.
    let url = events.0.borrow().iter().find(|e| e["type"] == "connect/oauthRequested").unwrap()["metadata"]["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let state = url.rsplit_once("state=").unwrap().1.to_owned();
    assert!(
        session_storage().get_item(&format!("connect-widget:oauth:{state}")).unwrap().is_some(),
        "the attempt is kept"
    );
    unmount_all();

    let Mounted { host, .. } = resumed(&format!("code=sandbox-authorization-code&state={state}"));
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
}

#[wasm_bindgen_test]
async fn without_a_state_and_without_crypto_the_banks_page_is_not_opened() {
    // The sandbox's parameters come after a '#', so the page's query has no `state` of its own and
    // the widget must make one, in a page that has no crypto.randomUUID (not a secure context).
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    let pages = OAuthPages {
        authorize_url: "https://bank.invalid/authorize#".into(),
        redirect_uri: format!("{origin}/oauth/callback.html"),
    };
    let Mounted { host, events } = mount_with(Rc::new(SandboxApi::new(None).with_oauth_pages(pages)));
    type_into(&wait_for("search box", || by_label(&host, "Search for your bank")).await, "oauth bank");
    wait_for("the OAuth bank", || by_role(&host, "option", "OAuth Bank")).await.click();
    let proceed = wait_for("an enabled Continue", || {
        by_role(&host, "button", "Continue to OAuth Bank").filter(|b| !b.has_attribute("disabled"))
    })
    .await;
    let window = web_sys::window().unwrap();
    let crypto = Reflect::get(&window, &"crypto".into()).unwrap();
    let real_open = Reflect::get(&window, &"open".into()).unwrap();
    Reflect::set(&crypto, &"randomUUID".into(), &JsValue::UNDEFINED).unwrap();
    Reflect::set(&window, &"open".into(), &Function::new_no_args("window.__opened = true; return null")).unwrap();
    proceed.click();
    Reflect::set(&window, &"open".into(), &real_open).unwrap();
    Reflect::delete_property(crypto.unchecked_ref::<Object>(), &"randomUUID".into()).unwrap();

    wait_for("the failure screen", || by_role(&host, "heading", "Something went wrong")).await;
    assert!(host.text_content().unwrap().contains("Something went wrong on our side while connecting. Try again."));
    assert!(by_role(&host, "button", "Try again").is_some(), "a way on");
    assert_eq!(Reflect::get(&window, &"__opened".into()).unwrap(), JsValue::UNDEFINED, "no page opens without a state");
    assert!(events.all_text().contains("oauth_state_unavailable"), "{:?}", events.names());
}
