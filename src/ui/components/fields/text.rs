//! Text-like inputs: text, password (show/hide, Caps Lock warning), number, and a picture with
//! a text answer.

use leptos::prelude::*;

use super::{safe_image, FieldChrome};
use crate::i18n::Msg;
use crate::model::{Field, FieldKind, FieldValues};
use crate::ui::controller::use_controller;

/// A labelled text input for `field`.
pub(super) fn text_input(field: Field, chrome: FieldChrome, values: RwSignal<FieldValues>) -> impl IntoView {
    let controller = use_controller();
    let is_password = field.kind == FieldKind::Password;
    let revealed = RwSignal::new(false);
    let caps_lock = RwSignal::new(false);
    let key = field.key.clone();
    let value = move || values.with(|v| v.get(&key).to_owned());
    let key = field.key.clone();
    let on_input = move |ev| values.update(|v| v.set(&key, event_target_value(&ev)));
    let on_key = move |ev: web_sys::KeyboardEvent| caps_lock.set(ev.get_modifier_state("CapsLock"));
    let described_by = chrome.described_by(field.help.is_some());
    let input_type = move || match field.kind {
        FieldKind::Password if !revealed.get() => "password",
        _ => "text",
    };
    let picture = safe_image(field.image.as_deref()).map(|src| {
        let alt = controller.text(Msg::PictureFor { label: &field.label });
        view! { <img class="cw-field-image" src=src alt=alt /> }
    });
    let autocomplete = match field.kind {
        FieldKind::Password => "current-password",
        FieldKind::Number => "one-time-code",
        _ => "off",
    };
    let id = chrome.id.clone();

    view! {
        <div class="cw-field">
            <label for=chrome.id.clone() class="cw-label">{chrome.label.clone()}</label>
            {picture}
            <div class="cw-input-row">
                <input
                    id=chrome.id.clone()
                    class="cw-input"
                    type=input_type
                    inputmode=(field.kind == FieldKind::Number).then_some("numeric")
                    autocomplete=autocomplete
                    spellcheck="false"
                    placeholder=field.hint.clone()
                    minlength=field.min_length.map(|n| n.to_string())
                    maxlength=field.max_length.map(|n| n.to_string())
                    readonly=field.read_only
                    required=field.required
                    aria-invalid=move || chrome.error.with(Option::is_some).then_some("true")
                    aria-describedby=described_by
                    prop:value=value
                    on:input=on_input
                    on:keydown=on_key
                    on:keyup=on_key
                />
                {is_password.then(|| view! {
                    <button
                        type="button"
                        class="cw-reveal"
                        aria-controls=id
                        aria-pressed=move || revealed.get().to_string()
                        on:click=move |_| revealed.update(|shown| *shown = !*shown)
                    >
                        {controller.text(Msg::Reveal { label: &field.label })}
                    </button>
                })}
            </div>
            {is_password.then(|| view! {
                <p class="cw-caps" aria-live="polite">{move || caps_lock.get().then(|| controller.text(Msg::CapsLockOn))}</p>
            })}
            {chrome.footer(field.help.clone())}
        </div>
    }
}
