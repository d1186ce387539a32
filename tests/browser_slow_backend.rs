//! Slow backends: a widget unmounted while a call is in flight (the npm handle's `destroy()`
//! during a slow answer) stays quiet; a backend that never answers is called slow on the progress
//! screen, and the user can leave it with what they typed kept; a widget unmounted in the frame its
//! step changed does not reach for its disposed nodes.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use connect_widget::config::WidgetConfig;
use connect_widget::model::Mode;
use futures::channel::oneshot;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn unmounting_during_a_slow_credentials_load_is_quiet() {
    let (release, gate) = oneshot::channel();
    let api = Rc::new(GatedSandbox::default());
    api.credentials_gate.replace(Some(gate));
    let Mounted { host, events } = mount_with(api);
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await.click();
    wait_for("the credentials loading", || by_role(&host, "heading", "Sign in to Sandbox Bank")).await;
    let emitted = events.names().len();
    unmount_all();
    release.send(()).unwrap();
    // The answer arrives after the widget is gone; a panic here would abort the module.
    settle().await;
    settle().await;
    assert_eq!(host.child_element_count(), 0, "nothing rendered after unmount");
    assert_eq!(events.names().len(), emitted, "no event after unmount");
}

#[wasm_bindgen_test]
async fn a_backend_that_never_answers_is_called_slow_and_can_be_left() {
    let api = Rc::new(GatedSandbox::default());
    api.jobs_hang.set(true);
    let Mounted { host, .. } = mount_with(api);
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await.click();
    type_into(&wait_for("the form", || by_label(&host, "Username")).await, "user_good");
    type_into(&by_label(&host, "Password").unwrap(), "pass_good");
    by_role(&host, "button", "Continue").unwrap().click();
    wait_for("the progress screen", || by_role(&host, "heading", "Connecting to Sandbox Bank")).await;
    let progress = host.query_selector(".cw-progress").unwrap().unwrap();
    assert!(!progress.text_content().unwrap().contains("taking longer"), "not at once");
    wait_for("the notice", || progress.text_content().unwrap().contains("taking longer than usual").then_some(()))
        .await;
    assert_eq!(progress.get_attribute("aria-live").as_deref(), Some("polite"), "it is announced");
    by_role(&host, "button", "Cancel").unwrap().click();
    wait_for("the form again", || by_role(&host, "heading", "Sign in to Sandbox Bank")).await;
    assert_eq!(wait_for("the username", || by_label(&host, "Username")).await.value(), "user_good", "kept");
    unmount_all();
}

#[wasm_bindgen_test]
async fn once_signed_in_the_progress_names_the_jobs_work() {
    for (mode, said) in [
        (Mode::Aggregation, "Syncing your accounts…"),
        (Mode::Verification, "Getting your account and routing numbers…"),
    ] {
        let api = Rc::new(GatedSandbox::default());
        api.jobs_signed_in.set(true);
        let Mounted { host, .. } = mount_configured(api, WidgetConfig { mode, ..WidgetConfig::default() });
        wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await.click();
        type_into(&wait_for("the form", || by_label(&host, "Username")).await, "user_good");
        type_into(&by_label(&host, "Password").unwrap(), "pass_good");
        by_role(&host, "button", "Continue").unwrap().click();
        wait_for(said, || {
            let progress = host.query_selector(".cw-progress").ok()??;
            (progress.text_content()? == said).then_some(())
        })
        .await;
    }
    unmount_all();
}

#[wasm_bindgen_test]
async fn unmounting_before_the_step_change_frame_is_quiet() {
    let errors = Rc::new(std::cell::Cell::new(0));
    let counted = errors.clone();
    let on_error = Closure::<dyn Fn()>::new(move || counted.set(counted.get() + 1));
    let window = web_sys::window().unwrap();
    window.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref()).unwrap();
    let Mounted { host, .. } = mount();
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await.click();
    // The step changes now; its heading gets the focus in the next animation frame.
    leptos::task::tick().await;
    unmount_all();
    settle().await;
    settle().await;
    window.remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref()).unwrap();
    assert_eq!(errors.get(), 0, "no error (a panic) after unmount");
}
