//! The guided flows in the browser: "Can't find your bank?" offers only the paths the host
//! enabled for its mode; micro-deposits go from the routing number to "Check back soon" against
//! the sandbox; opening on a micro-deposit (`current_microdeposit_guid`) the amounts are read in
//! cents and a wrong pair keeps what was typed; focus follows every screen's heading.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::config::WidgetConfig;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn configured(pairs: &[(&str, &str)]) -> WidgetConfig {
    let (config, problems) = WidgetConfig::parse(pairs.iter().copied());
    assert!(problems.is_empty(), "{problems:?}");
    config
}

/// Clicks the button `name` once it shows.
async fn press_button(host: &web_sys::Element, name: &str) {
    wait_for(name, || by_role(host, "button", name)).await.click();
}

/// Types `text` into the field labelled `label` once it shows.
async fn fill(host: &web_sys::Element, label: &str, text: &str) {
    type_into(&wait_for(label, || by_label(host, label)).await, text);
}

#[wasm_bindgen_test]
async fn the_menu_offers_the_paths_of_the_mode() {
    let all = [
        ("show_microdeposits_in_connect", "true"),
        ("enable_manual_accounts", "true"),
        ("enable_support_requests", "true"),
    ];
    let Mounted { host, .. } = mount_configured(Rc::new(SandboxApi::default()), configured(&all));
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await;
    press_button(&host, "Can't find your bank?").await;
    wait_for("menu", || by_role(&host, "heading", "Can't find your bank?")).await;
    assert!(by_role(&host, "button", "Add an account manually").is_some());
    assert!(by_role(&host, "button", "Contact support").is_some());
    assert!(by_role(&host, "button", "Connect with account numbers").is_none(), "micro-deposits only verify");
    press_button(&host, "Back").await;
    wait_for("the search again", || by_role(&host, "option", "Sandbox Bank")).await;

    let verifying = [("mode", "verification"), all[0], all[1]];
    let Mounted { host, .. } = mount_configured(Rc::new(SandboxApi::default()), configured(&verifying));
    press_button(&host, "Search for another bank").await; // past the connections that can verify
    press_button(&host, "Can't find your bank?").await;
    wait_for("menu", || by_role(&host, "button", "Connect with account numbers")).await;
    assert!(by_role(&host, "button", "Add an account manually").is_none(), "manual accounts only aggregate");
}

#[wasm_bindgen_test]
async fn micro_deposits_are_requested_for_the_confirmed_details() {
    let config = configured(&[("mode", "verification"), ("show_microdeposits_in_connect", "true")]);
    let Mounted { host, events } = mount_configured(Rc::new(SandboxApi::default()), config);
    press_button(&host, "Search for another bank").await;
    press_button(&host, "Can't find your bank?").await;
    press_button(&host, "Connect with account numbers").await;
    wait_for("routing form", || by_role(&host, "heading", "Enter your routing number")).await;
    assert_eq!(focused_heading().as_deref(), Some("Enter your routing number"));
    fill(&host, "Routing number", "011000016").await;
    press_button(&host, "Continue").await;
    wait_for("checksum refused", || by_role(&host, "alert", "This is not a routing number")).await;
    fill(&host, "Routing number", "011000015").await;
    press_button(&host, "Continue").await;
    fill(&host, "Account number", "4444333322").await;
    fill(&host, "Account number again", "4444333322").await;
    press_button(&host, "Continue").await;
    fill(&host, "First name", "Ada").await;
    fill(&host, "Last name", "Lovelace").await;
    fill(&host, "Email", "ada@example.com").await;
    press_button(&host, "Continue").await;
    wait_for("confirmation", || by_role(&host, "heading", "Check your details")).await;
    assert!(host.text_content().unwrap_or_default().contains("Checking ending in 3322"));
    press_button(&host, "Send the deposits").await;
    wait_for("come back later", || by_role(&host, "heading", "Check back soon")).await;
    assert!(events.names().contains(&"microdeposits/detailsSubmitted".to_owned()));
    assert!(!events.all_text().contains("4444333322"), "no account number in any event");
}

#[wasm_bindgen_test]
async fn the_amounts_are_read_in_cents_and_a_wrong_pair_is_said() {
    let config = configured(&[("mode", "verification"), ("current_microdeposit_guid", "MIC-SBX-DEPOSITED")]);
    let Mounted { host, events } = mount_configured(Rc::new(SandboxApi::default()), config);
    wait_for("amounts", || by_role(&host, "heading", "Enter the two deposit amounts")).await;
    fill(&host, "First amount", "0.12").await;
    fill(&host, "Second amount", "$0.08").await;
    press_button(&host, "Verify").await;
    wait_for("denied", || by_role(&host, "alert", "One or both amounts were not right.")).await;
    assert_eq!(by_label(&host, "First amount").unwrap().value(), "0.12", "what was typed is kept");
    fill(&host, "Second amount", "7¢").await;
    press_button(&host, "Verify").await;
    wait_for("verified", || by_role(&host, "heading", "Account verified")).await;
    let names = events.names();
    assert!(names.contains(&"microdeposits/loaded".to_owned()) && names.contains(&"microdeposits/verified".to_owned()));
}
