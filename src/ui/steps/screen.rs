//! The one view of every screen that is a heading, text and actions ([`crate::ui::screen`]).

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::FieldValues;
use crate::ui::components::{FieldsForm, StepHeading};
use crate::ui::controller::{use_controller, Controller};
use crate::ui::guided::GuidedEvent;
use crate::ui::screen::{Mark, Screen, ScreenForm};

/// Shows `screen`: its mark, heading (with the institution's logo), alert, spinner, paragraphs, quote and buttons.
#[component]
pub fn ScreenStep(screen: Screen) -> impl IntoView {
    let controller = use_controller();
    let Screen {
        heading,
        institution,
        alert,
        mark,
        busy,
        progress,
        text,
        list,
        closing,
        quote,
        instructions,
        window_notice,
        link,
        form,
        actions,
    } = screen;
    let form = form.map(|ScreenForm { schema, submit }| {
        let values = RwSignal::new(FieldValues::initial(&schema));
        let on_valid = Callback::new(move |()| _ = controller.guided(GuidedEvent::Submit(values.get_untracked())));
        view! { <FieldsForm schema values submit_label=submit on_valid /> }
    });
    let progress =
        progress.then(|| view! { <p class="cw-progress" aria-live="polite">{progress_text(controller)}</p> });
    let mut actions = actions.into_iter();
    // Three slots of one type: one copy of the button's rendering code.
    let mut button = move || {
        actions.next().map(|(label, action)| {
            let class = if action.is_primary() { "cw-primary" } else { "cw-secondary" };
            let waiting = action.is_waiting();
            view! {
                <button type="button" class=class disabled=waiting aria-busy=waiting.then_some("true")
                    on:click=move |_| controller.act(&action)>{label}</button>
            }
        })
    };
    let buttons = (button(), button(), button());
    // The list's items (at most three), in slots of one type like the buttons.
    let has_list = !list.is_empty();
    let mut list_items = list.into_iter();
    let mut item = move || list_items.next().map(|text| view! { <li>{text}</li> });
    let items = (item(), item(), item());
    // `opener`: the bank's page returns to this widget through its opener.
    let link = link.map(|(label, url, action)| view! {
        <a class="cw-primary cw-button-link" href=url target="_blank" rel="opener" on:click=move |_| controller.act(&action)>{label}</a>
    });
    let window_notice = window_notice.then(|| view! {
        <p class="cw-notice" role="status">{move || controller.oauth_window_closed().then(|| controller.text(Msg::OAuthWindowClosed))}</p>
    });
    view! {
        // The mark is drawn by the style sheet (decoration: the heading says it).
        <section class=match mark {
            Some(Mark::Success) => "cw-step cw-success",
            Some(Mark::Error) => "cw-step cw-failure",
            None => "cw-step",
        } aria-busy=busy.then_some("true")>
            <StepHeading text=heading institution=institution />
            {alert.map(|text| view! { <p class="cw-alert" role="alert">{text}</p> })}
            {busy.then(|| view! { <div class="cw-spinner" aria-hidden="true"></div> })}
            {progress}
            {window_notice}
            {text.map(|text| view! { <p>{text}</p> })}
            {has_list.then(|| view! { <ul class="cw-list">{items}</ul> })}
            {closing.map(|text| view! { <p>{text}</p> })}
            {instructions.map(|text| view! { <p class="cw-instructions">{text}</p> })}
            {quote.map(|text| view! { <p class="cw-bank-message">{text}</p> })}
            {form}
            <div class="cw-actions">{link}{buttons}</div>
        </section>
    }
}

/// What the bank is doing (the connection's phase), live; after the policy's patience it also
/// says that this is taking longer than usual.
fn progress_text(controller: Controller) -> impl Fn() -> String {
    let slow = RwSignal::new(false);
    let patience_ms = controller.services().policy.patience_ms;
    controller.spawn(async move {
        TimeoutFuture::new(patience_ms).await;
        slow.try_set(true);
    });
    move || {
        let now = controller.text(controller.phase.get().message());
        match slow.get() {
            true => format!("{now} {}", controller.text(Msg::TakingLonger)),
            false => now,
        }
    }
}
