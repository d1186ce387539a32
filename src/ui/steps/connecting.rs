//! The progress screen while the bank is contacted, with a way to cancel; when it takes longer
//! than usual, it says so.

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::Institution;
use crate::ui::components::StepHeading;
use crate::ui::controller::use_controller;

/// Shows what is happening; the controller's task moves on from here, or Cancel goes back.
#[component]
pub fn ConnectingStep(institution: Institution) -> impl IntoView {
    let controller = use_controller();
    let slow = RwSignal::new(false);
    let patience_ms = controller.services().policy.patience_ms;
    controller.spawn(async move {
        TimeoutFuture::new(patience_ms).await;
        slow.try_set(true);
    });
    let progress = move || {
        let now = controller.text(controller.phase.get().message());
        match slow.get() {
            true => format!("{now} {}", controller.text(Msg::TakingLonger)),
            false => now,
        }
    };
    view! {
        <section class="cw-step cw-connecting" aria-busy="true">
            <StepHeading text=controller.text(Msg::ConnectingHeading { institution: &institution.name }) />
            <div class="cw-spinner" aria-hidden="true"></div>
            <p class="cw-progress" aria-live="polite">{progress}</p>
            <div class="cw-actions">
                <button type="button" class="cw-secondary" on:click=move |_| controller.back()>
                    {controller.text(Msg::Cancel)}
                </button>
            </div>
        </section>
    }
}
