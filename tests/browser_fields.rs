//! Credential forms rendered from the reference fixtures of every dialect, in headless Chromium:
//! labels, kinds, order, help, validation messages, and the shape the backend receives.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the widget on a bank whose form is `schema`, opens the form, and returns the host and the backend.
async fn open_form(schema: Value) -> (web_sys::HtmlElement, Rc<FixtureApi>) {
    let api = Rc::new(FixtureApi::new(schema));
    let Mounted { host, .. } = mount_with(api.clone());
    wait_for("the bank", || by_role(&host, "option", "Fixture Bank")).await.click();
    wait_for("the form", || host.query_selector("form").unwrap()).await;
    settle().await;
    (host, api)
}

fn submit(host: &web_sys::HtmlElement) {
    by_role(host, "button", "Continue").unwrap().click();
}

/// Submits and waits for the backend to receive the credentials.
async fn submitted(host: &web_sys::HtmlElement, api: &FixtureApi) -> Value {
    submit(host);
    wait_for("the connected screen", || by_role(host, "heading", "Connected")).await;
    api.received()[0].credentials.clone()
}

#[wasm_bindgen_test]
async fn mx_credentials_fixture() {
    let (host, api) = open_form(fixture!("mx_credentials_response.json")).await;
    assert_eq!(labels_in_order(&host), ["Username"]);
    let username = by_label(&host, "Username").unwrap();
    assert_eq!(username.type_(), "text");
    submit(&host);
    settle().await;
    assert_eq!(field_errors(&host), ["Username is required."]);
    type_into(&username, "ada");
    assert_eq!(submitted(&host, &api).await, json!([{ "guid": "CRD-123", "value": "ada" }]));
}

#[wasm_bindgen_test]
async fn saltedge_select_fixture() {
    let (host, api) = open_form(fixture!("saltedge_provider_anotherbank_us_select_field.json")).await;
    assert_eq!(labels_in_order(&host), ["Password", "Image"]);
    assert_eq!(by_label(&host, "Password").unwrap().type_(), "password");
    let image = by_label(&host, "Image").unwrap();
    assert_eq!(image.tag_name(), "SELECT");
    let options: Vec<String> = (0..3)
        .map(|i| image.unchecked_ref::<web_sys::Element>().children().item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(options, ["Choose…", "Home", "Car"]);
    submit(&host);
    settle().await;
    assert_eq!(field_errors(&host), ["Password is required.", "Image is required."]);
    type_into(&by_label(&host, "Password").unwrap(), "hunter2");
    choose(&image, "car");
    assert_eq!(submitted(&host, &api).await, fixture!("saltedge_credentials_anotherbank_us.json"));
}

#[wasm_bindgen_test]
async fn saltedge_provider_show_fixture_keeps_order_and_instructions() {
    let (host, _) = open_form(fixture!("saltedge_provider_show_fakebank_interactive_xf.json")).await;
    assert_eq!(labels_in_order(&host), ["Login", "Password"]);
    assert!(host
        .query_selector(".cw-instructions")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("sms - \"123456\""));
}

#[wasm_bindgen_test]
async fn saltedge_multiple_dynamic_select_submits_a_list() {
    let mut schema = fixture!("saltedge_interactive_fields_dynamic_select_multiple.json");
    schema["interactive_fields"][0]["field_options"] = json!([
        { "name": "a1", "english_name": "Current account", "option_value": "account1" },
        { "name": "a2", "english_name": "Savings account", "option_value": "account2" },
        { "name": "a3", "english_name": "Card", "option_value": "account3" },
    ]);
    let (host, api) = open_form(schema).await;
    let accounts = group(&host, "Accounts").expect("a fieldset with the field's legend");
    submit(&host);
    settle().await;
    assert_eq!(field_errors(&host), ["Accounts is required."]);
    by_label(&accounts, "Current account").unwrap().click();
    by_label(&accounts, "Savings account").unwrap().click();
    settle().await;
    assert_eq!(
        submitted(&host, &api).await,
        fixture!("saltedge_interactive_request_dynamic_select_multiple.json")["data"]["credentials"]
    );
}

#[wasm_bindgen_test]
async fn tink_pattern_fixture_uses_hint_length_and_the_providers_message() {
    let (host, api) = open_form(fixture!("tink_test_provider_test_successful_bankid.json")).await;
    let ssn = by_label(&host, "Social security number").unwrap();
    assert_eq!(ssn.placeholder(), "YYYYMMDDNNNN");
    assert_eq!(ssn.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(ssn.max_length(), 12);
    assert!(host
        .text_content()
        .unwrap()
        .contains("To connect your broker, you need to identify yourself using Mobile BankID."));
    type_into(&ssn, "12345");
    submit(&host);
    settle().await;
    assert_eq!(field_errors(&host), ["Social security number must be at least 12 characters."]);
    type_into(&ssn, "300012121212");
    settle().await;
    assert_eq!(field_errors(&host), ["Please enter a valid social security number."]);
    type_into(&ssn, "198709230000");
    settle().await;
    assert!(field_errors(&host).is_empty());
    assert_eq!(submitted(&host, &api).await, json!({ "username": "198709230000" }));
}

#[wasm_bindgen_test]
async fn tink_help_text_is_tied_to_its_input() {
    let (host, _) = open_form(fixture!("tink_providers_list_response.json")).await;
    let field = by_label(&host, "string").unwrap();
    let help_id = field.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        host.query_selector(&format!("#{help_id}")).unwrap().unwrap().text_content().unwrap(),
        "Enter your username"
    );
}

#[wasm_bindgen_test]
async fn tink_supplemental_opt_in_fixture_renders_checkboxes() {
    let (host, api) = open_form(fixture!("tink_credentials_awaiting_supplemental_information_optin.json")).await;
    assert_eq!(
        labels_in_order(&host),
        [
            "9999-444444444444 ISK",
            "9999-222222222222 Sparkonto",
            "9999-333333333333 Bolån",
            "9999-111111111111 Transaktionskonto"
        ]
    );
    let isk = by_label(&host, "9999-444444444444 ISK").unwrap();
    assert_eq!(isk.type_(), "checkbox");
    assert!(!isk.checked());
    isk.click();
    let sent = submitted(&host, &api).await;
    assert_eq!(sent["9999-444444444444"], "true");
    assert_eq!(sent["9999-222222222222"], "false");
}

#[wasm_bindgen_test]
async fn an_unsupported_field_is_named_with_a_way_back() {
    let schema = json!({ "credentials": [{ "guid": "C1", "field_type": 16, "label": "Bank login" }] });
    let Mounted { host, events } = mount_with(Rc::new(FixtureApi::new(schema)));
    wait_for("the bank", || by_role(&host, "option", "Fixture Bank")).await.click();
    let alert = wait_for("the refusal", || by_role(&host, "alert", "can't be shown")).await;
    assert!(alert.text_content().unwrap().contains("its field “Bank login” is not supported"));
    assert!(events.all_text().contains("invalid_response"));
    by_role(&host, "button", "Back").unwrap().click();
    wait_for("search", || by_label(&host, "Search for your bank")).await;
}

#[wasm_bindgen_test]
async fn mx_bank_with_every_field_type_through_the_sandbox() {
    let sandbox = Rc::new(connect_widget::backend::sandbox::SandboxApi::default());
    let Mounted { host, .. } = mount_with(sandbox.clone());
    type_into(&wait_for("search", || by_label(&host, "Search for your bank")).await, "all field types");
    wait_for("the bank", || by_role(&host, "option", "MX Test Bank")).await.click();
    wait_for("the form", || by_label(&host, "Token")).await;
    assert_eq!(
        labels_in_order(&host),
        ["Username", "Password", "Account type", "Your security picture", "Token", "Remember this device (optional)"]
    );
    let pictures = group(&host, "Your security picture").unwrap();
    assert_eq!(pictures.query_selector_all("img").unwrap().length(), 2);
    assert!(pictures.class_list().contains("cw-picture-grid"));

    let password = by_label(&host, "Password").unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("A");
    init.set_modifier_caps_lock(true);
    password
        .dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
    settle().await;
    assert!(host.text_content().unwrap().contains("Caps Lock is on."));

    type_into(&by_label(&host, "Username").unwrap(), "user_good");
    type_into(&password, "pass_good");
    choose(&by_label(&host, "Account type").unwrap(), "personal");
    by_label(&pictures, "Car").unwrap().click();
    type_into(&by_label(&host, "Token").unwrap(), "123456");
    submit(&host);
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    let sent = sandbox.received_member_data()[0].credentials.clone();
    let device = sent.as_array().unwrap().iter().find(|c| c["guid"] == "CRD-MXF-DEVICE").unwrap();
    assert_eq!(device["value"], "sandbox-device-1", "hidden values are submitted");
    assert!(sent.as_array().unwrap().iter().any(|c| c["guid"] == "CRD-MXF-PICTURE" && c["value"] == "car"));
}
