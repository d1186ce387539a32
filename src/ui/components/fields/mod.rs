//! One credential field of any kind, rendered accessibly: a real label per control, help and
//! error text tied with `aria-describedby`, groups in fieldsets with legends.

mod choice;
mod file;
mod text;

use leptos::either::EitherOf7;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::model::{Field, FieldError, FieldKind, FieldValues};
use crate::ui::controller::{use_controller, Controller};

/// The ids and texts every field kind shares.
#[derive(Clone)]
pub(crate) struct FieldChrome {
    /// The id of the (first) focusable control.
    pub id: String,
    pub help_id: String,
    pub error_id: String,
    /// The label, with "(optional)" when the field is optional.
    pub label: String,
    pub error: Signal<Option<String>>,
}

impl FieldChrome {
    /// What `aria-describedby` should name: the help text, and the error while there is one.
    pub fn described_by(&self, has_help: bool) -> Signal<Option<String>> {
        let (help_id, error_id, error) = (self.help_id.clone(), self.error_id.clone(), self.error);
        Signal::derive(move || {
            let ids: Vec<&str> =
                [has_help.then_some(help_id.as_str()), error.with(Option::is_some).then_some(error_id.as_str())]
                    .into_iter()
                    .flatten()
                    .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    }

    /// The help paragraph (if any) and the error paragraph.
    pub fn footer(&self, help: Option<String>) -> impl IntoView {
        let error = self.error;
        view! {
            {help.map(|text| view! { <p id=self.help_id.clone() class="cw-help">{text}</p> })}
            <p id=self.error_id.clone() class="cw-field-error" hidden=move || error.with(Option::is_none)>
                {move || error.get()}
            </p>
        }
    }
}

/// An input for `field`, reading and writing its value in `values`.
#[component]
pub fn FieldInput(
    field: Field,
    /// The id of the field's (first) control, unique in the document.
    id: String,
    /// Every value of the form.
    values: RwSignal<FieldValues>,
    /// The field's current error message, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let controller = use_controller();
    let optional = if field.required { String::new() } else { format!(" {}", controller.text(Msg::Optional)) };
    let field = Field { help: field.help.clone().or_else(|| account_details(controller, &field)), ..field };
    let chrome = FieldChrome {
        help_id: format!("{id}-help"),
        error_id: format!("{id}-error"),
        id,
        label: format!("{}{optional}", field.label),
        error,
    };
    match field.kind {
        FieldKind::Hidden => EitherOf7::A(()),
        FieldKind::Select => EitherOf7::B(choice::select(field, chrome, values)),
        FieldKind::Radio => EitherOf7::C(choice::radio_group(field, chrome, values)),
        FieldKind::MultiSelect => EitherOf7::D(choice::checkbox_group(field, chrome, values)),
        FieldKind::Checkbox => EitherOf7::E(choice::checkbox(field, chrome, values)),
        FieldKind::File => EitherOf7::F(file::file_input(field, chrome, values)),
        FieldKind::Text | FieldKind::Password | FieldKind::Number | FieldKind::Image => {
            EitherOf7::G(text::text_input(field, chrome, values))
        }
    }
}

/// For an account opt-in checkbox (Tink `additionalInfo`): "Savings · balance 385,245.33".
fn account_details(controller: Controller, field: &Field) -> Option<String> {
    let extra = field.extra.as_ref()?;
    let kind = controller.text(Msg::AccountType { code: extra.get("accountType")?.as_str()? });
    let balance = extra.get("balance").and_then(serde_json::Value::as_f64).map_or_else(String::new, |amount| {
        String::from(js_sys::Number::from(amount).to_locale_string(&controller.locale_tag()))
    });
    Some(controller.text(Msg::AccountDetails { kind: &kind, balance: &balance }))
}

/// The message for a field's error, in the user's language (the provider's own text for a
/// pattern mismatch when it gave one).
pub fn field_error_text(controller: Controller, field: &Field, error: FieldError) -> String {
    let label = field.label.as_str();
    match error {
        FieldError::Required => controller.text(Msg::FieldRequired { label }),
        FieldError::TooShort(min) => controller.text(Msg::FieldTooShort { label, min }),
        FieldError::TooLong(max) => controller.text(Msg::FieldTooLong { label, max }),
        FieldError::NotANumber => controller.text(Msg::FieldNotANumber { label }),
        FieldError::NotAnOption => controller.text(Msg::FieldNotAnOption { label }),
        FieldError::PatternMismatch => match field.pattern.as_ref().and_then(|p| p.error.clone()) {
            Some(provider_text) => provider_text,
            None => controller.text(Msg::FieldPattern { label }),
        },
    }
}

/// `url` if it is a picture the widget may show: a `data:image/` URI or an http(s) URL.
pub fn safe_image(url: Option<&str>) -> Option<String> {
    url.filter(|u| u.starts_with("data:image/") || u.starts_with("https://") || u.starts_with("http://"))
        .map(str::to_owned)
}
