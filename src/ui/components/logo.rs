//! An institution's logo, or its monogram when it has none or the image does not load.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::safe_link;
use crate::model::Institution;
use crate::ui::controller::use_controller;

/// The institution's logo beside its name, decorative (the name is next to it): its monogram in
/// a circle, covered by the http(s) logo when there is one; a logo that fails to load removes
/// itself, uncovering the monogram.
#[component]
pub fn InstitutionLogo(
    /// The institution whose logo (its `logo_url`, else the host's template) and name are shown.
    institution: Institution,
) -> impl IntoView {
    let template = use_controller().services().settings.logo_template.clone();
    let logo = safe_link(institution.logo(template.as_deref()).as_deref())
        .map(|src| view! { <img src=src alt="" loading="lazy" on:error=|event| remove_target(event.as_ref()) /> });
    view! { <span class="cw-logo" aria-hidden="true">{institution.monogram().map(String::from)}{logo}</span> }
}

/// Removes the element an event happened on (an image that failed to load).
fn remove_target(event: &web_sys::Event) {
    if let Some(element) = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()) {
        element.remove();
    }
}
