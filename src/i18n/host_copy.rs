//! The host's own texts (`copy`) as a catalogue read before every language's: the iframe page's
//! (the npm package builds the same catalogue in its script, npm/index.js).

use serde_json::{Map, Value};

use super::Catalogue;

/// The host's `copy` as a catalogue in the order of `keys` (locales/keys.json), and a problem for
/// each entry it cannot use: a key no message has, or a text that is neither a string nor plural
/// forms of strings.
pub fn host_catalogue(keys: &[String], copy: &Map<String, Value>) -> (Catalogue, Vec<String>) {
    let usable = |text: &Value| match text {
        Value::String(_) => true,
        Value::Object(forms) => forms.values().all(Value::is_string),
        _ => false,
    };
    let problems = copy
        .iter()
        .filter(|(key, text)| !keys.contains(key) || !usable(text))
        .map(|(key, _)| match keys.contains(key) {
            true => format!("copy.{key}: a text is a string, or plural forms of strings; ignored"),
            false => format!("copy.{key}: no message has this key (docs/copy.md lists them); ignored"),
        })
        .collect();
    let entries = keys.iter().map(|key| copy.get(key).filter(|text| usable(text)).cloned().unwrap_or(Value::Null));
    (Catalogue::from_json(Value::Array(entries.collect())).unwrap_or_default(), problems)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::i18n::{Locale, Msg, Texts};

    #[test]
    fn known_keys_override_every_language_and_the_rest_is_reported() {
        // locales/keys.json: English's keys, sorted (tools/bundle.mjs).
        let english: Map<String, Value> = serde_json::from_str(include_str!("../../locales/en.json")).unwrap();
        let mut keys: Vec<String> = english.keys().cloned().collect();
        keys.sort();
        let copy = json!({
            "search.popular_heading": "Banks our customers use",
            "search.results_count": { "one": "{count} bank", "other": "{count} banks" },
            "search.nope": "x",
            "search.heading": 3,
        });
        let (catalogue, problems) = host_catalogue(&keys, copy.as_object().unwrap());
        assert_eq!(
            problems,
            [
                "copy.search.heading: a text is a string, or plural forms of strings; ignored",
                "copy.search.nope: no message has this key (docs/copy.md lists them); ignored",
            ]
        );
        let texts = Texts::new(Locale::parse("fr").unwrap(), Vec::new()).with_host_copy(Some(catalogue));
        assert_eq!(texts.text(Msg::PopularHeading), "Banks our customers use");
        assert_eq!(texts.text(Msg::ResultsCount { count: 2, more: false }), "2 banks");
        assert_eq!(texts.text(Msg::SearchHeading), Texts::default().text(Msg::SearchHeading), "a bad text is left out");
    }
}
