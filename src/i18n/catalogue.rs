//! The texts of a language: English compiled in (build.rs, from `locales/en.json`), the others
//! fetched as JSON arrays in the same key order. A text has `{name}` placeholders; an entry with
//! plural forms maps each plural category (`one`, `few`, `other`, …) to a text.

use std::cell::Cell;

use serde_json::Value;

use super::keys::{Arg, Parts};

include!(concat!(env!("OUT_DIR"), "/english.rs"));

thread_local! {
    /// The English texts of the lazily loaded modules that registered theirs.
    static LAZY: [Cell<&'static str>; 3] = const { [Cell::new(""), Cell::new(""), Cell::new("")] };
}

/// The lazily loaded modules whose texts are theirs (build.rs `LAZY_TEXTS`).
#[derive(Clone, Copy)]
pub enum TextsOf {
    Guided,
    OAuth,
    MemberLifecycle,
}

/// Makes a lazily loaded module's English texts readable. Only that module calls it (on entry),
/// so its texts are in it, not in the first load.
pub fn register_english(module: TextsOf) {
    let texts = match module {
        TextsOf::Guided => ENGLISH_GUIDED,
        TextsOf::OAuth => ENGLISH_OAUTH,
        TextsOf::MemberLifecycle => ENGLISH_MEMBER_LIFECYCLE,
    };
    LAZY.with(|lazy| lazy[module as usize].set(texts));
}

/// English's template for the message at `index`, in plural `category` (else `other`).
pub fn english(index: usize, category: &str) -> &'static str {
    let nth = |all: &'static str| all.split('\0').nth(index).unwrap_or_default();
    let mut entry = nth(ENGLISH);
    LAZY.with(|lazy| {
        for texts in lazy {
            if entry.is_empty() {
                entry = nth(texts.get());
            }
        }
    });
    let Some(forms) = entry.strip_prefix('\u{1}') else { return entry };
    let form = |wanted: &str| forms.split('\u{1}').find_map(|f| f.strip_prefix(wanted)?.strip_prefix('\u{2}'));
    form(category).or_else(|| form("other")).unwrap_or_default()
}

/// A fetched language: each key's entry, by key index (`null` where it keeps the next language's).
#[derive(Clone, Debug, Default)]
pub struct Catalogue(Vec<Value>);

impl Catalogue {
    /// The catalogue in `value` (a JSON array, as tools/bundle.mjs ships them); `None` otherwise.
    pub fn from_json(value: Value) -> Option<Self> {
        match value {
            Value::Array(entries) => Some(Self(entries)),
            _ => None,
        }
    }

    /// The template at `index`: its text, or its plural form `category` (else `other`).
    pub fn template(&self, index: usize, category: &str) -> Option<&str> {
        match self.0.get(index)? {
            Value::String(text) => Some(text),
            Value::Object(forms) => forms.get(category).or_else(|| forms.get("other"))?.as_str(),
            _ => None,
        }
    }
}

/// The template with each `{name}` replaced by that value of `parts` (an unknown name stays as it
/// is), a count written by `number`. Values are inserted, never read as templates.
pub fn fill(template: &str, parts: &Parts<'_>, number: impl Fn(u64) -> String) -> String {
    let mut text = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        rest = &rest[open..];
        let Some(close) = rest.find('}') else { break };
        match parts.args.iter().find(|(name, _)| *name == &rest[1..close]) {
            Some((_, Arg::Text(value))) => text.push_str(value),
            Some((_, Arg::Owned(value))) => text.push_str(value),
            Some((_, Arg::Count(value))) => text.push_str(&number(*value)),
            None => text.push_str(&rest[..=close]),
        }
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    text
}
