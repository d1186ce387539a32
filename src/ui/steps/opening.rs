//! What shows instead of the search while the widget opens the preselected institution, when the
//! host keeps the search (`disable_institution_search`).

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::components::StepHeading;
use crate::ui::controller::use_controller;

/// "Loading…" with a spinner.
#[component]
pub fn OpeningStep() -> impl IntoView {
    let controller = use_controller();
    view! {
        <section class="cw-step">
            <StepHeading text=controller.text(Msg::Loading) />
            <div class="cw-spinner" aria-hidden="true"></div>
        </section>
    }
}
