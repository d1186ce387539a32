//! A file field: the chosen file is read in the browser and submitted as a `data:` URL; its name
//! is shown. The file never leaves the widget except in the submission to the host backend.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::FieldChrome;
use crate::i18n::Msg;
use crate::model::{Field, FieldValues};
use crate::ui::controller::use_controller;

/// A labelled file input for `field`.
pub(super) fn file_input(field: Field, chrome: FieldChrome, values: RwSignal<FieldValues>) -> impl IntoView {
    let controller = use_controller();
    let chosen_name = RwSignal::new(None::<String>);
    let key = field.key.clone();
    let on_change = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            values.update(|v| v.clear(&key));
            chosen_name.set(None);
            return;
        };
        chosen_name.set(Some(file.name()));
        read_as_data_url(&file, key.clone(), values);
    };
    let described_by = chrome.described_by(field.help.is_some());
    view! {
        <div class="cw-field">
            <label for=chrome.id.clone() class="cw-label">{chrome.label.clone()}</label>
            <input
                id=chrome.id.clone()
                class="cw-input"
                type="file"
                required=field.required
                aria-invalid=move || chrome.error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                on:change=on_change
            />
            <p class="cw-help">{move || chosen_name.get().map(|name| controller.text(Msg::ChosenFile { name: &name }))}</p>
            {chrome.footer(field.help.clone())}
        </div>
    }
}

/// Reads `file` and stores it as a `data:` URL under `key` once loaded.
fn read_as_data_url(file: &web_sys::File, key: String, values: RwSignal<FieldValues>) {
    let Ok(reader) = web_sys::FileReader::new() else { return };
    let loaded = reader.clone();
    let on_load = Closure::once(move || {
        if let Some(url) = loaded.result().ok().and_then(|r| r.as_string()) {
            values.try_update(|v| v.set(&key, url));
        }
    });
    reader.set_onload(Some(on_load.as_ref().unchecked_ref()));
    on_load.forget();
    let _ = reader.read_as_data_url(file);
}
