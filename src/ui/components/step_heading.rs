//! The heading every step starts with; focus moves to it when the step changes.

use leptos::prelude::*;

/// A step's `<h1>` (the widget is its own document in the iframe), focusable by script (not by Tab) so focus can land on it.
#[component]
pub fn StepHeading(
    /// The heading text.
    text: String,
) -> impl IntoView {
    view! { <h1 class="cw-heading" data-step-heading="" tabindex="-1">{text}</h1> }
}
