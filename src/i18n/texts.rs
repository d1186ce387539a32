//! A locale's texts: its catalogues in fallback order (`fr-CA` → `fr` → English).

use super::catalogue::{english, fill};
use super::keys::Arg;
use super::{Catalogue, Locale, Msg};

/// What renders messages for one widget.
#[derive(Clone, Debug, Default)]
pub struct Texts {
    locale: Locale,
    /// Most specific first; English, compiled in, comes after them.
    catalogues: Vec<Catalogue>,
}

impl Texts {
    /// The texts of `locale` from its `loaded` catalogues (most specific first), then English.
    pub fn new(locale: Locale, loaded: Vec<Catalogue>) -> Self {
        Self { locale, catalogues: loaded }
    }

    /// These texts with the host's own (`copy`) read first.
    pub fn with_host_copy(mut self, host_copy: Option<Catalogue>) -> Self {
        self.catalogues.splice(0..0, host_copy);
        self
    }

    /// The date `iso` (`YYYY-MM-DD`, or an RFC 3339 time) as the language writes dates
    /// (`5 July 2026`), in UTC so that a day stays that day: the browser's `toLocaleDateString`;
    /// natively, or when it is no date, as given.
    pub fn date(&self, iso: &str) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            let date = js_sys::Date::new(&iso.into());
            let options = js_sys::JSON::parse(r#"{"dateStyle":"long","timeZone":"UTC"}"#).unwrap_or_default();
            if !date.get_time().is_nan() {
                return date.to_locale_date_string(self.locale.tag(), &options).into();
            }
        }
        iso.to_owned()
    }

    /// The name of the country `code` (ISO 3166) in this language, from the browser's
    /// `Intl.DisplayNames`; `None` for a code it does not know (Salt Edge's `XF`, `XO`).
    #[cfg(target_arch = "wasm32")]
    pub fn region_name(&self, code: &str) -> Option<String> {
        let locales = js_sys::Array::of1(&self.locale.tag().into());
        let options = js_sys::JSON::parse(r#"{"type":"region","fallback":"none"}"#).unwrap_or_default();
        js_sys::Intl::DisplayNames::new(&locales, &options.into()).of(code).map(String::from)
    }

    /// Natively there are no country names.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn region_name(&self, _code: &str) -> Option<String> {
        None
    }

    /// The locale these texts are in.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// A message's text: from the first catalogue that has it, else English.
    pub fn text(&self, message: Msg<'_>) -> String {
        let parts = message.parts();
        let category = match parts.args.iter().find_map(|(_, arg)| match arg {
            Arg::Count(count) => Some(*count),
            _ => None,
        }) {
            Some(count) => plural_category(self.locale.tag(), count),
            None => String::new(),
        };
        let template = self.catalogues.iter().find_map(|catalogue| catalogue.template(parts.key, &category));
        let number = |count| format_number(self.locale.tag(), count);
        fill(template.unwrap_or_else(|| english(parts.key, &category)), &parts, number)
    }
}

/// The plural category (`one`, `few`, `other`, …) of `count` in `tag`: the browser's
/// `Intl.PluralRules`; natively, English's rule.
fn plural_category(tag: &str, count: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    let category = {
        let locales = js_sys::Array::of1(&tag.into());
        js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new()).select(count as f64).into()
    };
    #[cfg(not(target_arch = "wasm32"))]
    let category = {
        let _ = tag;
        if count == 1 { "one" } else { "other" }.into()
    };
    category
}

/// `count` written as `tag` writes numbers (`1 000` in French): the browser's `Intl.NumberFormat`;
/// natively, digits.
fn format_number(tag: &str, count: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    let text = {
        let locales = js_sys::Array::of1(&tag.into());
        let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
        format.call1(&wasm_bindgen::JsValue::UNDEFINED, &(count as f64).into()).ok().and_then(|text| text.as_string())
    };
    #[cfg(not(target_arch = "wasm32"))]
    let text = {
        let _ = tag;
        None
    };
    text.unwrap_or_else(|| count.to_string())
}
