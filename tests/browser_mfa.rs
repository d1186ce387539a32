//! MFA and interactive prompts in headless Chromium: each kind renders and submits what it
//! should; the bank's HTML is shown inert; the countdown expires to a clear screen.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::model::{Challenge, CredentialSchema, Dialect};
use serde_json::json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the sandbox, opens `bank` (found by `query`) and signs in with `credentials` (by label).
async fn sign_in(
    query: &str,
    bank: &str,
    credentials: &[(&str, &str)],
) -> (web_sys::HtmlElement, Recorder, Rc<SandboxApi>) {
    let sandbox = Rc::new(SandboxApi::default());
    let Mounted { host, events } = mount_with(sandbox.clone());
    type_into(&wait_for("search", || by_label(&host, "Search for your bank")).await, query);
    wait_for("the bank", || by_role(&host, "option", bank)).await.click();
    for (label, value) in credentials {
        type_into(&wait_for("the form", || by_label(&host, label)).await, value);
    }
    by_role(&host, "button", "Continue").unwrap().click();
    (host, events, sandbox)
}

const SALT_EDGE_LOGIN: [(&str, &str); 2] = [("Login", "username1"), ("Password", "secret")];

/// A sign-in form whose one field may stay empty: "Continue" goes straight to the bank's question.
fn optional_username() -> serde_json::Value {
    json!({ "credentials": [{ "guid": "CRD-U", "label": "Username", "field_type": 3, "optional": true }] })
}

#[wasm_bindgen_test]
async fn sms_code_wrong_then_right() {
    let (host, events, sandbox) = sign_in("fake bank with sms", "Fake Bank with SMS", &SALT_EDGE_LOGIN).await;
    let heading = wait_for("the MFA step", || by_role(&host, "heading", "One more step for Fake Bank with SMS")).await;
    settle().await;
    assert!(focused().unwrap().is_same_node(Some(&heading)), "focus moves to the MFA step");
    assert!(host.text_content().unwrap().contains("Enter the code we sent to your phone by SMS."));
    let countdown = host.query_selector(".cw-countdown").unwrap().unwrap().text_content().unwrap();
    assert!(countdown == "Time left: 3:00" || countdown == "Time left: 2:59", "{countdown}");
    let code = by_label(&host, "SMS code").unwrap();
    assert_eq!(code.get_attribute("inputmode").as_deref(), Some("numeric"));
    type_into(&code, "000000");
    by_role(&host, "button", "Submit").unwrap().click();
    let alert = wait_for("the retry notice", || by_role(&host, "alert", "incorrect")).await;
    assert_eq!(alert.text_content().unwrap(), "The code you entered is incorrect. Check it and try again.");
    assert_eq!(by_label(&host, "SMS code").unwrap().value(), "", "a code is not kept");
    type_into(&by_label(&host, "SMS code").unwrap(), "123456");
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(sandbox.received_answers(), [json!({ "sms": "000000" }), json!({ "sms": "123456" })]);
    let text = events.all_text();
    assert!(text.contains("\"mfa_type\":\"TEXT\"") && text.contains("\"current\":\"mfa\""));
    assert!(!text.contains("123456") && !text.contains("000000"), "no code in any event");
}

#[wasm_bindgen_test]
async fn hostile_bank_html_is_shown_inert() {
    let html = "<div onclick='alert(1)'><script>window.__pwned = true</script><style>body{display:none}</style>\
                <p>Type the characters</p><img src='javascript:alert(2)' onerror='window.__pwned = true'>\
                <img src='data:image/png;base64,iVBORw0KGgo=' alt='Code picture' onerror='window.__pwned = true'>\
                <a href='javascript:alert(3)'>click me</a><iframe src='https://evil.example'></iframe></div>";
    let schema = CredentialSchema::new(Dialect::SaltEdge, vec![]);
    let challenge = Challenge { html: Some(html.into()), ..Challenge::fields(schema, "IMAGE") };
    let api = Rc::new(FixtureApi::new(optional_username()).challenging(challenge));
    let Mounted { host, .. } = mount_with(api.clone());
    wait_for("the bank", || by_role(&host, "option", "Fixture Bank")).await.click();
    wait_for("the form", || by_role(&host, "button", "Continue")).await.click();
    let content = wait_for("the bank content", || host.query_selector(".cw-bank-content").unwrap()).await;
    settle().await;
    let paragraphs = content.query_selector_all("p").unwrap();
    let texts: Vec<String> =
        (0..paragraphs.length()).map(|i| paragraphs.item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(texts, ["Type the characters", "click me"], "text only; the link is not a link");
    assert!(content.query_selector("script, style, a, iframe, [onclick], [onerror]").unwrap().is_none());
    let pictures = content.query_selector_all("img").unwrap();
    assert_eq!(pictures.length(), 1, "only the data: picture");
    let picture: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(pictures.item(0).unwrap());
    assert_eq!(picture.get_attribute("alt").as_deref(), Some("Code picture"));
    assert!(js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap().is_undefined());
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(api.answers(), [json!({})], "a question with no fields submits an empty object");
}

#[wasm_bindgen_test]
async fn the_countdown_expires_to_a_start_again_screen() {
    let schema = CredentialSchema::new(Dialect::SaltEdge, vec![]);
    let challenge =
        Challenge { expires_at_ms: Some(js_sys::Date::now() + 1_500.0), ..Challenge::fields(schema, "TEXT") };
    let Mounted { host, events } = mount_with(Rc::new(FixtureApi::new(optional_username()).challenging(challenge)));
    wait_for("the bank", || by_role(&host, "option", "Fixture Bank")).await.click();
    wait_for("the form", || by_role(&host, "button", "Continue")).await.click();
    wait_for("the countdown", || host.query_selector(".cw-countdown").unwrap()).await;
    wait_for("the expired screen", || {
        host.text_content().filter(|t| t.contains("The time to answer the bank's question ran out."))
    })
    .await;
    by_role(&host, "button", "Try again").unwrap().click();
    wait_for("the form again", || by_role(&host, "heading", "Sign in to Fixture Bank")).await;
    assert!(events.all_text().contains("mfa_expired"));
}

#[wasm_bindgen_test]
async fn account_choice_submits_a_list() {
    let (host, _, sandbox) = sign_in("account choice", "Fake Bank with Account Choice", &SALT_EDGE_LOGIN).await;
    let accounts = wait_for("the accounts", || group(&host, "Accounts")).await;
    by_label(&accounts, "My checking account").unwrap().click();
    by_label(&accounts, "My credit card").unwrap().click();
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(sandbox.received_answers(), [json!({ "accounts": ["service_acc_guid1", "service_acc_guid3"] })]);
}

#[wasm_bindgen_test]
async fn mx_options_and_pictures_keep_choices_on_retry() {
    let creds = [("Username", "user_good"), ("Password", "pass_good")];
    let (host, _, sandbox) = sign_in("security questions", "MX Bank with Security Questions", &creds).await;
    type_into(&wait_for("the code", || by_label(&host, "Enter the code we sent to your phone")).await, "123456");
    by_role(&host, "button", "Submit").unwrap().click();
    let cities = wait_for("the question", || group(&host, "In which city were you born?")).await;
    by_label(&cities, "Paris").unwrap().click();
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("the retry", || by_role(&host, "alert", "That answer is not correct.")).await;
    let cities = group(&host, "In which city were you born?").unwrap();
    assert!(by_label(&cities, "Paris").unwrap().checked(), "the choice is kept");
    by_label(&cities, "London").unwrap().click();
    by_role(&host, "button", "Submit").unwrap().click();
    let pictures =
        wait_for("the pictures", || group(&host, "Which picture did you choose when you opened the account?")).await;
    assert_eq!(pictures.query_selector_all("img").unwrap().length(), 3);
    by_label(&pictures, "Car").unwrap().click();
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(sandbox.received_answers().last().unwrap(), &json!([{ "guid": "MFA-PICTURE", "value": "car" }]));
}

#[wasm_bindgen_test]
async fn bankid_waits_with_an_open_link_and_can_be_cancelled() {
    let (host, _, _) = sign_in("tink test bankid", "Tink Test BankID", &[("Personal number", "180012121212")]).await;
    wait_for("the waiting screen", || host.text_content().filter(|t| t.contains("Open Mobile BankID on your phone")))
        .await;
    let open = by_role(&host, "link", "Open BankID").unwrap();
    assert!(open.get_attribute("href").unwrap().starts_with("bankid:///"));
    wait_for("approval", || by_role(&host, "heading", "Connected")).await;

    let (host, _, _) = sign_in("tink test bankid", "Tink Test BankID", &[("Personal number", "180012121212")]).await;
    wait_for("the waiting screen", || by_role(&host, "button", "Cancel")).await.click();
    wait_for("the form again", || by_role(&host, "heading", "Sign in to Tink Test BankID")).await;
}

#[wasm_bindgen_test]
async fn tink_account_opt_in_shows_type_and_balance() {
    let (host, _, sandbox) = sign_in("account opt-in", "Tink Test Account Opt-in", &[("Username", "tink-test")]).await;
    let savings = wait_for("the accounts", || by_label(&host, "9999-222222222222 Sparkonto")).await;
    let help_id = savings.get_attribute("aria-describedby").unwrap();
    let help = host.query_selector(&format!("#{help_id}")).unwrap().unwrap().text_content().unwrap();
    assert_eq!(help, "Savings · balance 385,245.33");
    savings.click();
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(
        sandbox.received_answers(),
        [json!({ "9999-444444444444": "false", "9999-222222222222": "true", "9999-111111111111": "false" })]
    );
}

#[wasm_bindgen_test]
async fn captcha_picture_and_answer() {
    let (host, _, sandbox) = sign_in("fake bank with image", "Fake Bank with Image", &SALT_EDGE_LOGIN).await;
    let answer = wait_for("the CAPTCHA", || by_label(&host, "Characters in the picture")).await;
    let picture = host.query_selector(".cw-bank-content img").unwrap().unwrap();
    assert_eq!(picture.get_attribute("alt").as_deref(), Some("Security characters"));
    assert!(picture.get_attribute("src").unwrap().starts_with("data:image/svg+xml;base64,"));
    assert!(picture.get_attribute("onerror").is_none(), "the bank's handler never reaches the DOM");
    type_into(&answer, "AB12CD");
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(sandbox.received_answers(), [json!({ "image": "AB12CD" })]);
}

#[wasm_bindgen_test]
async fn single_dynamic_select_submits_a_string() {
    let (host, _, sandbox) = sign_in("language choice", "Fake Bank with Language Choice", &SALT_EDGE_LOGIN).await;
    let language = wait_for("the choice", || by_label(&host, "Language")).await;
    submit_empty_then(&host, "Language is required.").await;
    choose(&language, "english");
    by_role(&host, "button", "Submit").unwrap().click();
    wait_for("connected", || by_role(&host, "heading", "Connected")).await;
    assert_eq!(sandbox.received_answers(), [json!({ "language": "english" })]);
}

/// Submits the prompt empty and checks the one required-field message.
async fn submit_empty_then(host: &web_sys::HtmlElement, message: &str) {
    by_role(host, "button", "Submit").unwrap().click();
    settle().await;
    assert_eq!(field_errors(host), [message]);
}
