//! Every user-visible text, through catalogues. Messages are typed: a message that needs a value
//! carries it, so a translation cannot forget it. Each message has a stable key (`keys.rs`); each
//! language is a JSON file in `locales/` whose texts have `{name}` placeholders and plural forms.
//! English is compiled in (build.rs); the others are fetched when a widget first needs them.

mod catalogue;
#[cfg(target_arch = "wasm32")]
mod fetch;
mod host_copy;
mod keys;
mod messages;
mod texts;

pub use catalogue::{key, register_english, Catalogue, TextsOf};
#[cfg(target_arch = "wasm32")]
pub use fetch::{fetch_json, load_texts};
pub use host_copy::host_catalogue;
pub use messages::Msg;
pub use texts::Texts;

/// The languages the widget speaks besides English, by catalogue name (a file in `locales/`).
pub const CATALOGUES: [&str; 5] = ["es", "fr", "fr-CA", "ro", "sv"];

/// A language the widget speaks, with its region when one was given (`fr-CA`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale(String);

impl Default for Locale {
    fn default() -> Self {
        Locale("en".into())
    }
}

impl Locale {
    /// The locale for a tag such as `en`, `fr-CA` or `sv_SE` (language, then an optional region;
    /// other subtags are left out); `None` for a language the widget does not speak.
    pub fn parse(tag: &str) -> Option<Self> {
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next()?.to_ascii_lowercase();
        if language != "en" && !CATALOGUES.contains(&language.as_str()) {
            return None;
        }
        let region = subtags.find(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()));
        Some(Locale(match region {
            Some(region) => format!("{language}-{}", region.to_ascii_uppercase()),
            None => language,
        }))
    }

    /// The BCP 47 tag, e.g. `en` or `fr-CA`.
    pub fn tag(&self) -> &str {
        &self.0
    }

    /// The catalogues this locale reads, most specific first (`fr-CA`, then `fr`); English, the
    /// last fallback, is not listed.
    pub fn catalogue_names(&self) -> Vec<&'static str> {
        let language = self.0.split('-').next().unwrap_or_default();
        let mut names: Vec<_> = CATALOGUES.into_iter().filter(|name| *name == self.0 || *name == language).collect();
        names.reverse();
        names
    }
}
