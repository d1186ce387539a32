//! Choices: a drop-down, a radio group (options may be pictures), a checkbox group for a
//! multi-select, and a single checkbox. Groups are fieldsets with the label as legend.

use leptos::prelude::*;

use super::{safe_image, FieldChrome};
use crate::i18n::Msg;
use crate::model::{Field, FieldOption, FieldValues};
use crate::ui::controller::use_controller;

/// The id of option `index` of a group: the first option carries the field's own id, so that
/// focusing the field focuses the group.
fn option_id(chrome: &FieldChrome, index: usize) -> String {
    if index == 0 {
        chrome.id.clone()
    } else {
        format!("{}-{index}", chrome.id)
    }
}

/// A `<select>` with a "Choose…" placeholder.
pub(super) fn select(field: Field, chrome: FieldChrome, values: RwSignal<FieldValues>) -> impl IntoView {
    let controller = use_controller();
    let key = field.key.clone();
    let current = Memo::new(move |_| values.with(|v| v.get(&key).to_owned()));
    let key = field.key.clone();
    let on_change = move |ev| values.update(|v| v.set(&key, event_target_value(&ev)));
    let described_by = chrome.described_by(field.help.is_some());
    let options = field.options.iter().map(|option| {
        let value = option.value.clone();
        let selected = move || current.with(|c| *c == value);
        view! { <option value=option.value.clone() selected=selected>{option.label.clone()}</option> }
    });
    view! {
        <div class="cw-field">
            <label for=chrome.id.clone() class="cw-label">{chrome.label.clone()}</label>
            <select
                id=chrome.id.clone()
                class="cw-input"
                required=field.required
                aria-invalid=move || chrome.error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                on:change=on_change
            >
                <option value="" selected=move || current.with(String::is_empty)>{controller.text(Msg::ChooseOne)}</option>
                {options.collect_view()}
            </select>
            {chrome.footer(field.help.clone())}
        </div>
    }
}

/// Option content: its picture (if any) and its label.
fn option_content(option: &FieldOption) -> impl IntoView {
    let picture =
        safe_image(option.image.as_deref()).map(|src| view! { <img class="cw-option-image" src=src alt="" /> });
    view! { {picture}<span>{option.label.clone()}</span> }
}

/// A radio group; picture options show as a grid of image buttons.
pub(super) fn radio_group(field: Field, chrome: FieldChrome, values: RwSignal<FieldValues>) -> impl IntoView {
    let key = field.key.clone();
    let current = Memo::new(move |_| values.with(|v| v.get(&key).to_owned()));
    let pictures = field.options.iter().any(|o| o.image.is_some());
    let described_by = chrome.described_by(field.help.is_some());
    let group_name = chrome.id.clone();
    let radios = field.options.iter().enumerate().map(|(index, option)| {
        let (key, value) = (field.key.clone(), option.value.clone());
        let checked_value = option.value.clone();
        view! {
            <label class="cw-choice" for=option_id(&chrome, index)>
                <input
                    type="radio"
                    id=option_id(&chrome, index)
                    name=group_name.clone()
                    value=option.value.clone()
                    prop:checked=move || current.with(|c| *c == checked_value)
                    on:change=move |_| values.update(|v| v.set(&key, value.clone()))
                />
                {option_content(option)}
            </label>
        }
    });
    view! {
        <fieldset class=if pictures { "cw-fieldset cw-picture-grid" } else { "cw-fieldset" } aria-describedby=described_by>
            <legend class="cw-label">{chrome.label.clone()}</legend>
            <div class="cw-choices">{radios.collect_view()}</div>
            {chrome.footer(field.help.clone())}
        </fieldset>
    }
}

/// A group of checkboxes for a multi-select (submitted as a list).
pub(super) fn checkbox_group(field: Field, chrome: FieldChrome, values: RwSignal<FieldValues>) -> impl IntoView {
    let described_by = chrome.described_by(field.help.is_some());
    let boxes = field.options.iter().enumerate().map(|(index, option)| {
        let (key, value) = (field.key.clone(), option.value.clone());
        let (checked_key, checked_value) = (field.key.clone(), option.value.clone());
        view! {
            <label class="cw-choice" for=option_id(&chrome, index)>
                <input
                    type="checkbox"
                    id=option_id(&chrome, index)
                    value=option.value.clone()
                    prop:checked=move || values.with(|v| v.get_many(&checked_key).contains(&checked_value))
                    on:change=move |ev| values.update(|v| v.choose(&key, &value, event_target_checked(&ev)))
                />
                {option_content(option)}
            </label>
        }
    });
    view! {
        <fieldset class="cw-fieldset" aria-describedby=described_by>
            <legend class="cw-label">{chrome.label.clone()}</legend>
            <div class="cw-choices">{boxes.collect_view()}</div>
            {chrome.footer(field.help.clone())}
        </fieldset>
    }
}

/// A single checkbox, submitted as "true" or "false".
pub(super) fn checkbox(field: Field, chrome: FieldChrome, values: RwSignal<FieldValues>) -> impl IntoView {
    let key = field.key.clone();
    let checked = move || values.with(|v| v.get(&key) == "true");
    let key = field.key.clone();
    let on_change = move |ev| values.update(|v| v.set(&key, event_target_checked(&ev).to_string()));
    let described_by = chrome.described_by(field.help.is_some());
    view! {
        <div class="cw-field cw-checkbox">
            <div class="cw-choice">
                <input
                    type="checkbox"
                    id=chrome.id.clone()
                    disabled=field.read_only
                    aria-describedby=described_by
                    prop:checked=checked
                    on:change=on_change
                />
                <label for=chrome.id.clone()>{chrome.label.clone()}</label>
            </div>
            {chrome.footer(field.help.clone())}
        </div>
    }
}
