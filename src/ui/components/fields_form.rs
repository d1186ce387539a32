//! A form of a schema's fields with the model's validation: errors shown under their fields and
//! announced, focus on the first invalid field, and `on_valid` once everything is right.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{field_error_text, unique_id, FieldInput};
use crate::i18n::Msg;
use crate::model::{CredentialSchema, Field, FieldError, FieldKind, FieldValues};
use crate::ui::controller::{use_controller, Controller};

/// The form; `values` holds what the user typed.
#[component]
pub fn FieldsForm(
    schema: CredentialSchema,
    values: RwSignal<FieldValues>,
    /// The submit button's text.
    submit_label: String,
    /// Runs when the user submits valid values.
    #[prop(into)]
    on_valid: Callback<()>,
    /// Focus the first password field once drawn: refused credentials left it empty to type again.
    #[prop(optional)]
    focus_password: bool,
) -> impl IntoView {
    let controller = use_controller();
    let form_id = unique_id("cw-form");
    let errors = RwSignal::new(Vec::<(String, FieldError)>::new());
    let input_id = move |index: usize| format!("{form_id}-{index}");
    let password = schema.fields.iter().position(|field| field.kind == FieldKind::Password);
    if let Some(id) = password.filter(|_| focus_password).map(&input_id) {
        request_animation_frame(move || focus(&id));
    }
    let checked = schema.clone();
    let focus_id = input_id.clone();
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let found = values.with_untracked(|v| checked.validate(v));
        match found.first() {
            Some((first_key, _)) => {
                let index = checked.fields.iter().position(|f| &f.key == first_key).unwrap_or(0);
                controller.announce(controller.text(Msg::FormHasErrors { count: found.len() }));
                errors.set(found);
                focus(&focus_id(index));
            }
            None => on_valid.run(()),
        }
    };
    let fields = schema.fields.into_iter().enumerate().map(|(index, field)| {
        let error = error_signal(controller, errors, values, &field);
        view! { <FieldInput field id=input_id(index) values error /> }
    });
    view! {
        <form class="cw-form" novalidate=true on:submit=on_submit>
            {fields.collect_view()}
            <div class="cw-actions">
                <button type="submit" class="cw-primary">{submit_label}</button>
            </div>
        </form>
    }
}

/// The message for `field`'s error once a submit flagged it; it follows the value as the user
/// types and disappears when the value is fixed.
fn error_signal(
    controller: Controller,
    errors: RwSignal<Vec<(String, FieldError)>>,
    values: RwSignal<FieldValues>,
    field: &Field,
) -> Signal<Option<String>> {
    let field = field.clone();
    Signal::derive(move || {
        if !errors.with(|all| all.iter().any(|(key, _)| *key == field.key)) {
            return None;
        }
        let error = values.with(|v| field.validate(v.value(&field.key))).err()?;
        Some(field_error_text(controller, &field, error))
    })
}

fn focus(id: &str) {
    let element = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
