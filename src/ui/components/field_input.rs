//! One credential field: a labelled input, its error tied by `aria-describedby`, and for
//! passwords a show/hide toggle that keeps focus where it is.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{Field, FieldKind, FieldValues};
use crate::ui::controller::use_controller;

/// An input for `field`, reading and writing its value in `values`.
#[component]
pub fn FieldInput(
    field: Field,
    /// The input's element id (unique in the document).
    id: String,
    /// Every value of the form.
    values: RwSignal<FieldValues>,
    /// The field's current error message, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let controller = use_controller();
    let error_id = format!("{id}-error");
    let is_password = field.kind == FieldKind::Password;
    let revealed = RwSignal::new(false);
    let key = field.key.clone();
    let value = move || values.with(|v| v.get(&key).to_owned());
    let key = field.key.clone();
    let on_input = move |ev| values.update(|v| v.set(&key, event_target_value(&ev)));
    let optional = (!field.required).then(|| format!(" {}", controller.text(Msg::Optional)));
    let described_by = error_id.clone();

    view! {
        <div class="cw-field">
            <label for=id.clone() class="cw-label">{field.label.clone()}{optional}</label>
            <div class="cw-input-row">
                <input
                    id=id.clone()
                    class="cw-input"
                    type=move || if is_password && !revealed.get() { "password" } else { "text" }
                    autocomplete=if is_password { "current-password" } else { "off" }
                    spellcheck="false"
                    required=field.required
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| described_by.clone())
                    prop:value=value
                    on:input=on_input
                />
                {is_password.then(|| view! {
                    <button
                        type="button"
                        class="cw-reveal"
                        aria-controls=id.clone()
                        aria-pressed=move || revealed.get().to_string()
                        on:click=move |_| revealed.update(|shown| *shown = !*shown)
                    >
                        {controller.text(Msg::ShowPassword)}
                    </button>
                })}
            </div>
            <p id=error_id class="cw-field-error" hidden=move || error.with(Option::is_none)>
                {move || error.get()}
            </p>
        </div>
    }
}
