//! The OAuth screens in headless Chromium, on the sandbox's OAuth bank: instructions, a blocked
//! window and its link, forged and genuine callback messages.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use connect_widget::backend::sandbox::{OAuthPages, SandboxApi};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Posts what the callback page would post, from this window at this origin.
fn post_callback(query_string: &str) {
    let message = Object::new();
    Reflect::set(&message, &"connect_widget_oauth".into(), &1.into()).unwrap();
    Reflect::set(&message, &"query_string".into(), &query_string.into()).unwrap();
    let window = web_sys::window().unwrap();
    window.post_message(&message, &window.location().origin().unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_blocked_window_leaves_a_link_and_a_genuine_callback_connects() {
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    let pages = OAuthPages { authorize_url: "https://bank.invalid/authorize".into(), redirect_uri: format!("{origin}/oauth/callback.html") };
    let Mounted { host, events } = mount_with(Rc::new(SandboxApi::new(None).with_oauth_pages(pages)));
    type_into(&wait_for("search box", || by_label(&host, "Search for your bank")).await, "oauth bank");
    wait_for("the OAuth bank", || by_role(&host, "option", "OAuth Bank")).await.click();
    wait_for("instructions", || by_role(&host, "heading", "Sign in with OAuth Bank")).await;
    let proceed = wait_for("an enabled Continue", || {
        by_role(&host, "button", "Continue to OAuth Bank").filter(|b| !b.has_attribute("disabled"))
    })
    .await;

    // A popup blocker: window.open returns nothing.
    let window = web_sys::window().unwrap();
    let real_open = Reflect::get(&window, &"open".into()).unwrap();
    Reflect::set(&window, &"open".into(), &Function::new_no_args("return null")).unwrap();
    proceed.click();
    Reflect::set(&window, &"open".into(), &real_open).unwrap();
    wait_for("the blocked screen", || by_role(&host, "heading", "Your browser blocked the bank's window")).await;
    settle().await;
    assert!(focused().unwrap().text_content().unwrap().contains("blocked"), "focus moves to the new heading");
    assert!(events.names().contains(&"oauthPopupBlocked".to_owned()), "{:?}", events.names());
    let link = by_role(&host, "link", "Open OAuth Bank's page").unwrap();
    let href = link.get_attribute("href").unwrap();
    assert!(href.starts_with("https://bank.invalid/authorize?") && href.contains("state=sandbox-MBR-SBX-1"), "{href}");
    assert_eq!((link.get_attribute("target").as_deref(), link.get_attribute("rel").as_deref()), (Some("_blank"), Some("opener")));

    // The user opens the link (its navigation is kept from this test page).
    let stop_navigation = Function::new_with_args("event", "event.preventDefault()");
    host.add_event_listener_with_callback_and_bool("click", &stop_navigation, true).unwrap();
    link.click();
    wait_for("the waiting screen", || by_role(&host, "heading", "Waiting for OAuth Bank")).await;

    post_callback("code=forged&state=another-attempt");
    wait_for("a rejection", || events.names().contains(&"error".to_owned()).then_some(())).await;
    assert!(events.all_text().contains("oauth_message_rejected"));
    assert!(by_role(&host, "heading", "Waiting for OAuth Bank").is_some(), "a forged state changes nothing");

    post_callback("code=sandbox-authorization-code&state=sandbox-MBR-SBX-1");
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    let names = events.names();
    assert!(names.contains(&"oauthRequested".to_owned()) && names.contains(&"memberConnected".to_owned()), "{names:?}");
}
