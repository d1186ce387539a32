//! The success screen.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::Institution;
use crate::ui::components::StepHeading;
use crate::ui::controller::use_controller;

/// Says the connection is done and offers another.
#[component]
pub fn ConnectedStep(institution: Institution) -> impl IntoView {
    let controller = use_controller();
    view! {
        <section class="cw-step cw-connected">
            <StepHeading text=controller.text(Msg::ConnectedHeading) />
            <div class="cw-success-mark" aria-hidden="true">"✓"</div>
            <p>{controller.text(Msg::ConnectedBody { institution: &institution.name })}</p>
            <button type="button" class="cw-secondary" on:click=controller.on_back_to_search()>
                {controller.text(Msg::ConnectAnother)}
            </button>
        </section>
    }
}
