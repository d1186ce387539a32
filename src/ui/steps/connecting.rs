//! The progress screen while the bank is contacted.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::Institution;
use crate::ui::components::StepHeading;
use crate::ui::controller::use_controller;

/// Shows what is happening; the controller's task moves on from here.
#[component]
pub fn ConnectingStep(institution: Institution) -> impl IntoView {
    let controller = use_controller();
    view! {
        <section class="cw-step cw-connecting" aria-busy="true">
            <StepHeading text=controller.text(Msg::ConnectingHeading { institution: &institution.name }) />
            <div class="cw-spinner" aria-hidden="true"></div>
            <p class="cw-progress" aria-live="polite">{move || controller.text(controller.phase.get().message())}</p>
        </section>
    }
}
