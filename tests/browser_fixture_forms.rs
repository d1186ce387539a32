//! Every reference fixture that describes fields renders in the browser: each field's label and
//! control in the provider's order, and the required-field messages of an empty submit.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Each field as (label, control): text, password, number, select, checkbox, radios, checkboxes,
/// file, picture+text, read-only.
fn describe_form(host: &Element) -> Vec<(String, String)> {
    let fields = host.query_selector_all("form .cw-field, form fieldset").unwrap();
    (0..fields.length())
        .map(|i| fields.item(i).unwrap().unchecked_into::<Element>())
        .filter(|field| field.closest("fieldset").unwrap().is_none_or(|f| f.is_same_node(Some(field))))
        .map(|field| {
            let label =
                field.query_selector("legend, label").unwrap().unwrap().text_content().unwrap().trim().to_owned();
            let control = if field.tag_name() == "FIELDSET" {
                let first = field.query_selector("input").unwrap().and_then(|input| input.get_attribute("type"));
                match first.as_deref() {
                    Some("radio") => "radios",
                    _ => "checkboxes",
                }
            } else if field.query_selector("select").unwrap().is_some() {
                "select"
            } else {
                let input = field
                    .query_selector("input")
                    .unwrap()
                    .unwrap_or_else(|| panic!("no input in {}", field.outer_html()));
                match (input.get_attribute("type").as_deref(), input.get_attribute("inputmode").as_deref()) {
                    (Some("checkbox"), _) => "checkbox",
                    (Some("file"), _) => "file",
                    (Some("password"), _) => "password",
                    _ if input.has_attribute("readonly") => "read-only",
                    _ if field.query_selector("img").unwrap().is_some() => "picture+text",
                    (_, Some("numeric")) => "number",
                    _ => "text",
                }
            };
            (label, control.to_owned())
        })
        .collect()
}

async fn render(schema: Value) -> web_sys::HtmlElement {
    let Mounted { host, .. } = mount_with(Rc::new(FixtureApi::new(schema)));
    wait_for("the bank", || by_role(&host, "option", "Fixture Bank")).await.click();
    wait_for("the form", || host.query_selector("form").unwrap()).await;
    settle().await;
    host
}

/// Renders `schema`, checks its fields, submits it empty and checks the messages.
async fn check(name: &str, schema: Value, expected: &[(&str, &str)], required_messages: &[&str]) {
    let host = render(schema).await;
    let shown = describe_form(&host);
    let expected: Vec<(String, String)> = expected.iter().map(|(l, c)| (l.to_string(), c.to_string())).collect();
    assert_eq!(shown, expected, "{name}");
    by_role(&host, "button", "Continue").unwrap().click();
    settle().await;
    assert_eq!(field_errors(&host), required_messages, "{name}");
    unmount_all();
}

#[wasm_bindgen_test]
async fn mx_and_saltedge_fixtures_render() {
    check(
        "mx_credentials_response",
        fixture!("mx_credentials_response.json"),
        &[("Username", "text")],
        &["Username is required."],
    )
    .await;
    check(
        "saltedge_field_object_example",
        json!([fixture!("saltedge_field_object_example.json")]),
        &[("Username", "text")],
        &["Username is required."],
    )
    .await;
    check(
        "saltedge_provider_bigbank_us_required_fields",
        fixture!("saltedge_provider_bigbank_us_required_fields.json"),
        &[("Pass Code", "text")],
        &["Pass Code is required."],
    )
    .await;
    check(
        "saltedge_provider_anotherbank_us_select_field",
        fixture!("saltedge_provider_anotherbank_us_select_field.json"),
        &[("Password", "password"), ("Image", "select")],
        &["Password is required.", "Image is required."],
    )
    .await;
    check(
        "saltedge_provider_show_fakebank_interactive_xf",
        fixture!("saltedge_provider_show_fakebank_interactive_xf.json"),
        &[("Login", "text"), ("Password", "password")],
        &["Login is required.", "Password is required."],
    )
    .await;
    check(
        "saltedge_interactive_fields_dynamic_select_single",
        fixture!("saltedge_interactive_fields_dynamic_select_single.json"),
        &[("Language", "select")],
        &["Language is required."],
    )
    .await;
    check(
        "saltedge_interactive_fields_dynamic_select_multiple",
        fixture!("saltedge_interactive_fields_dynamic_select_multiple.json"),
        &[("Accounts", "checkboxes")],
        &["Accounts is required."],
    )
    .await;
    let option = fixture!("saltedge_field_option_object_example.json");
    let host = render(json!([{ "name": "place", "english_name": "Place", "nature": "select", "position": 1, "field_options": [option] }])).await;
    let select: web_sys::HtmlSelectElement = by_label(&host, "Place").unwrap().unchecked_into();
    assert_eq!(select.value(), "home", "the option marked selected is chosen");
    unmount_all();
}

#[wasm_bindgen_test]
async fn tink_fixtures_render() {
    check(
        "tink_provider_handelsbanken_bankid_with_fields",
        fixture!("tink_provider_handelsbanken_bankid_with_fields.json"),
        &[("Personnummer", "text")],
        &["Personnummer is required."],
    )
    .await;
    check(
        "tink_test_provider_test_successful_bankid",
        fixture!("tink_test_provider_test_successful_bankid.json"),
        &[("Social security number", "number")],
        &["Social security number is required."],
    )
    .await;
    // Its field's `value` is one of its options: prefilled, so nothing is missing.
    check("tink_providers_list_response", fixture!("tink_providers_list_response.json"), &[("string", "select")], &[])
        .await;
    let accounts = [
        ("9999-444444444444 ISK", "checkbox"),
        ("9999-222222222222 Sparkonto", "checkbox"),
        ("9999-333333333333 Bolån", "checkbox"),
        ("9999-111111111111 Transaktionskonto", "checkbox"),
    ];
    check(
        "tink_credentials_awaiting_supplemental_information_optin",
        fixture!("tink_credentials_awaiting_supplemental_information_optin.json"),
        &accounts,
        &[],
    )
    .await;
    check(
        "tink_supplemental_information_optin_fields_decoded",
        fixture!("tink_supplemental_information_optin_fields_decoded.json"),
        &accounts,
        &[],
    )
    .await;
}

#[wasm_bindgen_test]
async fn pictures_read_only_radios_and_files_render() {
    let captcha = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
    let schema = json!({ "credentials": [
        { "guid": "C1", "field_type": 13, "label": "Captcha", "display_order": 1, "meta_data": captcha },
        { "guid": "C2", "field_type": 8, "label": "Hostile picture", "display_order": 2, "meta_data": "javascript:alert(1)" },
        { "guid": "C3", "field_type": 5, "label": "Delivery", "display_order": 3,
          "options": [{ "label": "Text message", "value": "sms" }, { "label": "Email", "value": "email" }] },
    ]});
    check(
        "MX picture, hostile picture, radios",
        schema.clone(),
        &[("Captcha", "picture+text"), ("Hostile picture", "text"), ("Delivery", "radios")],
        &["Captcha is required.", "Hostile picture is required.", "Delivery is required."],
    )
    .await;
    let host = render(schema).await;
    let picture = host.query_selector("img").unwrap().unwrap();
    assert_eq!(picture.get_attribute("alt").as_deref(), Some("Picture for Captcha"));
    assert_eq!(picture.get_attribute("src").as_deref(), Some(captcha));
    assert_eq!(host.query_selector_all("img").unwrap().length(), 1, "a javascript: picture never reaches the DOM");
    unmount_all();

    let tink = json!({ "fields": [
        { "name": "username", "description": "Personal number", "immutable": true, "value": "198709230000" },
        { "name": "code", "description": "Code", "optional": true },
    ]});
    check("Tink read-only prefilled", tink, &[("Personal number", "read-only"), ("Code (optional)", "text")], &[])
        .await;

    let file = json!([{ "name": "file", "english_name": "Statement", "nature": "file", "position": 1 }]);
    check("Salt Edge file", file, &[("Statement", "file")], &["Statement is required."]).await;
}
