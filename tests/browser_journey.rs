//! The search → credentials → connecting → connected journey, in headless Chromium, on the sandbox,
//! and a journey that starts on an institution the host preselected.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use connect_widget::backend::sandbox::{SandboxApi, GOOD_PASSWORD, GOOD_USERNAME};
use connect_widget::config::WidgetConfig;
use connect_widget::model::InstitutionKey;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn full_journey_with_a_wrong_password_first() {
    let Mounted { host, events } = mount();
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await;
    assert!(by_role(&host, "heading", "Popular institutions").is_some());

    let search = by_role(&host, "combobox", "").unwrap();
    assert_eq!(
        search.get_attribute("aria-controls"),
        host.query_selector("[role=listbox]").unwrap().unwrap().get_attribute("id")
    );
    type_into(&by_label(&host, "Search for your bank").unwrap(), "gring");
    // The loaded list narrows at once; the backend's own search follows after a short pause.
    wait_for("search results", || by_role(&host, "heading", "Results for “gring”")).await;
    wait_for("the backend's search", || events.names().contains(&"institutionSearch".to_owned()).then_some(())).await;
    press(&search, "ArrowDown");
    settle().await;
    let active = search.get_attribute("aria-activedescendant").expect("an active option");
    let option = host.query_selector(&format!("#{active}")).unwrap().unwrap();
    assert!(option.text_content().unwrap().contains("Gringotts"));
    assert_eq!(option.get_attribute("aria-selected").as_deref(), Some("true"));
    press(&search, "Enter");

    wait_for("credential form", || by_label(&host, "Username")).await;
    assert!(by_role(&host, "heading", "Sign in to Gringotts").is_some());
    // Focus moves to the step heading.
    wait_for("focus on the heading", || focused_heading().filter(|h| h.contains("Sign in to Gringotts"))).await;

    // Submitting empty: both errors shown and tied to their inputs, focus on the first.
    by_role(&host, "button", "Continue").unwrap().click();
    settle().await;
    let username = by_label(&host, "Username").unwrap();
    let password = by_label(&host, "Password").unwrap();
    assert_eq!(username.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error_id = username.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        host.query_selector(&format!("#{error_id}")).unwrap().unwrap().text_content().unwrap(),
        "Username is required."
    );
    assert_eq!(focused().unwrap().id(), username.id());
    assert!(host.text_content().unwrap().contains("2 fields need your attention."));

    type_into(&username, GOOD_USERNAME);
    settle().await;
    assert!(username.get_attribute("aria-invalid").is_none(), "the error clears once fixed");
    type_into(&password, "not-the-password");
    by_role(&host, "button", "Continue").unwrap().click();

    let alert = wait_for("wrong-password notice", || by_role(&host, "alert", "incorrect")).await;
    assert!(alert.text_content().unwrap().contains("The username or password you entered is incorrect."));
    let username = wait_for("form again", || by_label(&host, "Username")).await;
    assert_eq!(username.value(), GOOD_USERNAME, "the username is kept");
    assert_eq!(by_label(&host, "Password").unwrap().value(), "", "the password is cleared");

    type_into(&by_label(&host, "Password").unwrap(), GOOD_PASSWORD);
    by_role(&host, "button", "Continue").unwrap().click();
    wait_for("connected screen", || by_role(&host, "heading", "Connected")).await;
    assert!(host.text_content().unwrap().contains("Your Gringotts accounts are now connected."));

    let names = events.names();
    for expected in [
        "loaded",
        "stepChange",
        "institutionSearch",
        "selectedInstitution",
        "enterCredentials",
        "memberStatusUpdate",
        "memberConnected",
    ] {
        assert!(names.iter().any(|n| n == expected), "missing {expected} in {names:?}");
    }
    let text = events.all_text();
    assert!(!text.contains(GOOD_PASSWORD) && !text.contains("not-the-password"), "no credential in any event");
    let seqs: Vec<u64> = events.0.borrow().iter().map(|e| e["seq"].as_u64().unwrap()).collect();
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "seq strictly increasing: {seqs:?}");
}

#[wasm_bindgen_test]
async fn a_keystroke_narrows_the_loaded_list_at_once_then_the_backend_answers() {
    let Mounted { host, events } = mount();
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await;
    type_into(&by_label(&host, "Search for your bank").unwrap(), "GRIN");
    leptos::task::tick().await;
    // No timer has run yet (the backend is asked after a pause): the list is the loaded one, narrowed.
    let options: Vec<String> = (0..host.query_selector_all("[role=option]").unwrap().length())
        .filter_map(|i| host.query_selector_all("[role=option]").unwrap().item(i)?.text_content())
        .collect();
    assert!(options.len() == 1 && options[0].contains("Gringotts"), "{options:?}");
    assert!(by_role(&host, "heading", "Results for “GRIN”").is_some());
    assert!(!events.names().contains(&"institutionSearch".to_owned()), "the backend is not asked yet");
    wait_for("the backend's search", || events.names().contains(&"institutionSearch".to_owned()).then_some(())).await;
    wait_for("its results", || by_role(&host, "option", "Gringotts")).await;
}

#[wasm_bindgen_test]
async fn search_shows_an_empty_state() {
    let Mounted { host, .. } = mount();
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await;
    type_into(&by_label(&host, "Search for your bank").unwrap(), "zzzz");
    wait_for("empty state", || host.text_content().filter(|t| t.contains("No institutions match “zzzz”"))).await;
    assert!(by_role(&host, "option", "").is_none());
    assert_eq!(by_role(&host, "combobox", "").unwrap().get_attribute("aria-expanded").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn search_failure_offers_a_retry_that_works() {
    let Mounted { host, events } = mount();
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await;
    type_into(&by_label(&host, "Search for your bank").unwrap(), "flaky");
    let alert = wait_for("failure state", || by_role(&host, "alert", "couldn't load institutions")).await;
    assert!(events.names().contains(&"error".to_owned()));
    by_role(&alert, "button", "Try again").unwrap().click();
    // The heading already describes the search being retried; its answer ends the loading.
    assert!(by_role(&host, "heading", "Results for “flaky”").is_some());
    wait_for("no results after retry", || by_role(&host, "heading", "No institutions match “flaky”")).await;
    assert!(by_role(&host, "alert", "").is_none());
}

#[wasm_bindgen_test]
async fn search_pages_through_many_results() {
    let Mounted { host, .. } = mount();
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await;
    type_into(&by_label(&host, "Search for your bank").unwrap(), "maple");
    wait_for("first page", || by_role(&host, "button", "Show more results")).await;
    assert_eq!(host.query_selector_all("[role=option]").unwrap().length(), 25);
    by_role(&host, "button", "Show more results").unwrap().click();
    wait_for("second page", || (host.query_selector_all("[role=option]").unwrap().length() == 50).then_some(())).await;
    // The place is kept: the search box has the focus and points at the first new result, and the
    // live region says how many were added.
    let search = by_label(&host, "Search for your bank").unwrap();
    assert_eq!(focused().map(|f| f.id()), Some(search.id()));
    let first_new = host.query_selector_all("[role=option]").unwrap().item(25).unwrap();
    let first_new: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(first_new);
    assert_eq!(search.get_attribute("aria-activedescendant"), Some(first_new.id()));
    wait_for("the count added", || {
        host.text_content().filter(|t| t.contains("25 more institutions added, and more are available."))
    })
    .await;
}

#[wasm_bindgen_test]
async fn password_toggle_reveals_and_keeps_focus() {
    let Mounted { host, .. } = mount();
    let option = wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await;
    option.click();
    let password = wait_for("form", || by_label(&host, "Password")).await;
    assert_eq!(password.type_(), "password");
    // The step change moves focus to the new heading first; the user then reaches the toggle.
    wait_for("focus on the step heading", || focused_heading().filter(|h| h.contains("Sign in to Sandbox Bank"))).await;
    let toggle = by_role(&host, "button", "Show Password").unwrap();
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
    toggle.focus().unwrap();
    toggle.click();
    settle().await;
    assert_eq!(password.type_(), "text");
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("true"));
    let now = focused();
    assert!(
        now.as_ref().is_some_and(|f| f.is_same_node(Some(&toggle))),
        "focus is on {:?}",
        now.map(|f| f.outer_html())
    );
}

#[wasm_bindgen_test]
async fn back_from_a_form_finds_the_search_as_it_was() {
    let Mounted { host, events } = mount();
    type_into(&wait_for("search box", || by_label(&host, "Search for your bank")).await, "gring");
    wait_for("results", || by_role(&host, "heading", "Results for “gring”")).await;
    by_role(&host, "option", "Gringotts").unwrap().click();
    wait_for("the form", || by_role(&host, "heading", "Sign in to Gringotts")).await;
    by_role(&host, "button", "Back").unwrap().click();
    wait_for("the same results", || by_role(&host, "heading", "Results for “gring”")).await;
    assert_eq!(by_label(&host, "Search for your bank").unwrap().value(), "gring");
    let searches = events.names().iter().filter(|name| *name == "institutionSearch").count();
    assert_eq!(searches, 1, "coming back is not a new search");
}

/// A widget on the sandbox that the host opened on `key` (`current_institution_guid` / `_code`).
fn preselected(key: InstitutionKey) -> Mounted {
    let config = WidgetConfig { preselected: Some(key), ..WidgetConfig::default() };
    mount_configured(std::rc::Rc::new(SandboxApi::default()), config)
}

/// The same, with the search kept by the host (`disable_institution_search`).
fn without_search(key: InstitutionKey) -> Mounted {
    let config = WidgetConfig { preselected: Some(key), search_disabled: true, ..WidgetConfig::default() };
    mount_configured(std::rc::Rc::new(SandboxApi::default()), config)
}

#[wasm_bindgen_test]
async fn a_preselected_institution_opens_on_its_form() {
    let Mounted { host, events } = preselected(InstitutionKey::Code("gringotts".into()));
    assert!(
        by_role(&host, "heading", "Loading…").is_some() && by_label(&host, "Search for your bank").is_none(),
        "no search while it loads"
    );
    wait_for("Gringotts' form", || by_role(&host, "heading", "Sign in to Gringotts")).await;
    assert!(events.names().contains(&"selectedInstitution".to_owned()), "{:?}", events.names());
    // Back leads to the search, as if the user had picked the bank there.
    by_role(&host, "button", "Back").unwrap().click();
    wait_for("the search", || by_label(&host, "Search for your bank")).await;
    settle().await;
    unmount_all();
}

#[wasm_bindgen_test]
async fn a_preselected_institution_that_cannot_be_loaded_leaves_the_search() {
    let Mounted { host, events } = preselected(InstitutionKey::Guid("INS-NOBODY".into()));
    wait_for("the error event", || events.all_text().contains("http_404").then_some(())).await;
    assert!(by_label(&host, "Search for your bank").is_some(), "the user can still search");
    assert!(!events.names().contains(&"selectedInstitution".to_owned()));
}

#[wasm_bindgen_test]
async fn when_the_host_keeps_the_search_back_tells_it_and_the_form_comes_again() {
    let Mounted { host, events } = without_search(InstitutionKey::Code("gringotts".into()));
    assert!(by_role(&host, "heading", "Loading…").is_some(), "no search while the institution loads");
    wait_for("Gringotts' form", || by_role(&host, "heading", "Sign in to Gringotts")).await;
    by_role(&host, "button", "Back").unwrap().click();
    assert!(by_label(&host, "Search for your bank").is_none(), "never the search");
    wait_for("the form again", || by_role(&host, "heading", "Sign in to Gringotts")).await;
    assert_eq!(events.names().iter().filter(|name| *name == "backToSearch").count(), 1, "{:?}", events.names());
    settle().await;
    unmount_all();
}

#[wasm_bindgen_test]
async fn when_the_host_keeps_the_search_an_institution_that_cannot_be_loaded_shows_an_error() {
    let Mounted { host, events } = without_search(InstitutionKey::Guid("INS-NOBODY".into()));
    wait_for("the error screen", || by_role(&host, "heading", "Something went wrong")).await;
    by_role(&host, "button", "Choose another institution").unwrap().click();
    assert!(events.names().contains(&"backToSearch".to_owned()), "{:?}", events.names());
    assert!(by_label(&host, "Search for your bank").is_none(), "never the search");
    // The widget tries the institution again, and fails again (its focus move must not reach the
    // next test's widget).
    wait_for("the second failure", || {
        (events.names().iter().filter(|name| *name == "error").count() == 2).then_some(())
    })
    .await;
    wait_for("the error screen again", || by_role(&host, "heading", "Something went wrong")).await;
    settle().await;
    unmount_all();
}
