//! Plural forms come from the browser's `Intl.PluralRules`: Romanian's three (one, few, other),
//! Swedish's two, read from the shipped catalogues; counts are written by `Intl.NumberFormat`.
#![cfg(target_arch = "wasm32")]

use connect_widget::i18n::{Catalogue, Locale, Msg, Texts};
use serde_json::Value;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The catalogue `source` as tools/bundle.mjs ships it: entries in English's sorted key order.
fn shipped(source: &str) -> Catalogue {
    let english: serde_json::Map<String, Value> = serde_json::from_str(include_str!("../locales/en.json")).unwrap();
    let entries: serde_json::Map<String, Value> = serde_json::from_str(source).unwrap();
    let array = english.keys().map(|key| entries.get(key).cloned().unwrap_or(Value::Null)).collect();
    Catalogue::from_json(Value::Array(array)).unwrap()
}

#[wasm_bindgen_test]
fn romanian_has_three_plural_forms() {
    let texts = Texts::new(Locale::parse("ro").unwrap(), vec![shipped(include_str!("../locales/ro.json"))]);
    let found = |count| texts.text(Msg::ResultsCount { count, more: false });
    assert_eq!(found(1), "A fost găsită 1 instituție.");
    assert_eq!(found(3), "Au fost găsite 3 instituții.");
    assert_eq!(found(25), "Au fost găsite 25 de instituții.");
    assert_eq!(found(101), "Au fost găsite 101 instituții.", "101 is `few` in Romanian");
}

#[wasm_bindgen_test]
fn swedish_has_two() {
    let texts = Texts::new(Locale::parse("sv-SE").unwrap(), vec![shipped(include_str!("../locales/sv.json"))]);
    assert_eq!(texts.text(Msg::TimeLeftAnnouncement { minutes: 1, seconds: 0 }), "1 minut kvar att svara.");
    assert_eq!(texts.text(Msg::TimeLeftAnnouncement { minutes: 2, seconds: 0 }), "2 minuter kvar att svara.");
}

#[wasm_bindgen_test]
fn counts_are_written_as_the_language_writes_numbers() {
    let count = |tag: &str, source: Option<&str>| {
        let texts = Texts::new(Locale::parse(tag).unwrap(), source.map(shipped).into_iter().collect());
        texts.text(Msg::ResultsCount { count: 15_000, more: false })
    };
    assert_eq!(count("en", None), "15,000 institutions found.");
    // Romanian groups with a dot; French and Swedish with a (narrow) no-break space.
    assert!(count("ro", Some(include_str!("../locales/ro.json"))).contains("15.000"));
    assert!(count("fr", Some(include_str!("../locales/fr.json"))).contains("15\u{202f}000"));
    assert!(count("sv", Some(include_str!("../locales/sv.json"))).contains("15\u{a0}000"));
}
