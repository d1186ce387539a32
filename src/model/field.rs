//! The canonical credential field: one model for every dialect's field shapes.

use super::Pattern;

/// How a field is rendered and what value it takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FieldKind {
    /// Free text (MX TEXT, LOGIN, TOKEN, URL; Salt Edge text; Tink plain).
    #[default]
    Text,
    /// Masked text with a show/hide toggle (MX PASSWORD; Salt Edge password; Tink `masked`).
    Password,
    /// Digits only (Salt Edge number; Tink `numeric`).
    Number,
    /// One of `options`, as a drop-down (MX OPTIONS; Salt Edge select, single dynamic_select; Tink `options`).
    Select,
    /// Any number of `options` (Salt Edge dynamic_select with `extra.multiple`).
    MultiSelect,
    /// Yes or no, submitted as "true"/"false" (MX CHECKBOX; Tink `checkbox`).
    Checkbox,
    /// One of `options`, shown as a radio group; options may be pictures (MX RADIO, IMAGE_OPTIONS).
    Radio,
    /// A file, submitted as a `data:` URL (Salt Edge file).
    File,
    /// A picture to read (`Field::image`) and a text answer (MX IMAGE_DATA, IMAGE_URL).
    Image,
    /// Not shown; its `value` is submitted as-is (MX HIDDEN).
    Hidden,
}

impl FieldKind {
    /// The kinds whose value is chosen from `options`.
    pub fn has_options(self) -> bool {
        matches!(self, FieldKind::Select | FieldKind::MultiSelect | FieldKind::Radio)
    }

    /// The kinds whose value is a choice (kept when a challenge is asked again), not a code.
    pub fn is_choice(self) -> bool {
        self.has_options() || self == FieldKind::Checkbox
    }
}

/// One choice of a select, multi-select or radio field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldOption {
    pub label: String,
    /// What is submitted when this option is chosen.
    pub value: String,
    /// Chosen by default.
    pub selected: bool,
    /// A picture for the option (data URI or URL), for image choices.
    pub image: Option<String>,
}

/// One input the bank asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Field {
    /// The key the backend expects the value under (MX guid, Salt Edge/Tink name).
    pub key: String,
    /// The label in English.
    pub label: String,
    /// The label in the provider's own language, when it gave one that differs.
    pub localized_label: Option<String>,
    pub kind: FieldKind,
    pub required: bool,
    /// Position in the form; lower first.
    pub order: i64,
    /// Placeholder text (Tink `hint`).
    pub hint: Option<String>,
    /// Help shown under the input (Tink `helpText`).
    pub help: Option<String>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<Pattern>,
    pub options: Vec<FieldOption>,
    /// A prefilled value.
    pub value: Option<String>,
    /// Shown with its prefilled value but not editable (Tink `immutable` with a value).
    pub read_only: bool,
    /// For [`FieldKind::Image`]: the picture (data URI or URL).
    pub image: Option<String>,
    /// Provider details the UI may show (Tink `additionalInfo`: account name, type, balance).
    pub extra: Option<serde_json::Value>,
}
