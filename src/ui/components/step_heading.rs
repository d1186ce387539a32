//! The heading every step starts with; focus moves to it when the step changes.

use leptos::prelude::*;

use super::InstitutionLogo;
use crate::model::Institution;

/// A step's `<h1>` (the widget is its own document in the iframe), focusable by script (not by
/// Tab) so focus can land on it; on an institution's steps, that institution's logo beside it.
#[component]
pub fn StepHeading(
    /// The heading text.
    text: String,
    /// The institution the step is about.
    institution: Option<Institution>,
) -> impl IntoView {
    view! {
        <div class="cw-title">
            {institution.map(|institution| view! { <InstitutionLogo institution /> })}
            <h1 class="cw-heading" data-step-heading="" tabindex="-1">{text}</h1>
        </div>
    }
}
