//! The catalogues in `locales/`: English has exactly the keys the messages use; every other
//! language has them all (a regional catalogue, only the texts that differ), with no placeholder
//! English lacks, plural forms that a language has, and its own words, not English left behind.

use std::collections::BTreeSet;

use connect_widget::i18n::{Catalogue, Locale, Msg, Texts, CATALOGUES};
use serde_json::{Map, Value};

/// Texts a translation may keep as in English (`*`: every language), because they are the same word.
const SAME_AS_ENGLISH: [(&str, &str); 3] =
    [("*", "account_type.other"), ("sv", "account_type.pension"), ("fr", "support.message")];
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
/// The plural forms each language's counted texts need (CLDR, for the whole numbers shown).
const PLURAL_FORMS: [(&str, &[&str]); 6] = [
    ("en", &["one", "other"]),
    ("es", &["one", "other"]),
    ("fr", &["one", "other"]),
    ("fr-CA", &["one", "other"]),
    ("ro", &["one", "few", "other"]),
    ("sv", &["one", "other"]),
];

fn file(name: &str) -> Map<String, Value> {
    let path = format!("{}/locales/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match serde_json::from_str(&text) {
        Ok(Value::Object(entries)) => entries,
        other => panic!("{path} is not a JSON object: {other:?}"),
    }
}

/// The key constants the code names (`key::SEARCH_HEADING`): `src/i18n/keys.rs`'s messages and the
/// texts of lazily loaded modules read as `Msg::Keyed` anywhere in `src/`.
fn keys_in_code() -> BTreeSet<String> {
    fn read(dir: &std::path::Path, code: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read(&path, code);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                *code += &std::fs::read_to_string(path).unwrap();
            }
        }
    }
    let mut code = String::new();
    read(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut code);
    code.split("key::")
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| c.is_ascii_uppercase() || *c == '_').collect::<String>())
        .filter(|name| !name.is_empty()) // `key::{…}` imports and `key::…` in doc comments
        .collect()
}

/// A key's constant name (build.rs names them so).
fn constant(key: &str) -> String {
    key.to_uppercase().replace(['.', '-'], "_")
}

/// A shipped catalogue (tools/bundle.mjs): `entries` at their keys' places in English's sorted keys.
fn shipped(entries: Value) -> Catalogue {
    let keys: Vec<String> = file("en").keys().cloned().collect();
    Catalogue::from_json(Value::Array(
        keys.iter().map(|key| entries.get(key).cloned().unwrap_or(Value::Null)).collect(),
    ))
    .unwrap()
}

/// The `{name}` placeholders of every form of an entry.
fn placeholders(entry: &Value) -> BTreeSet<String> {
    let texts: Vec<&str> = match entry {
        Value::String(text) => vec![text],
        Value::Object(forms) => forms.values().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    texts
        .iter()
        .flat_map(|t| t.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(n, _)| n.to_owned()))
        .collect()
}

#[test]
fn english_has_exactly_the_keys_the_messages_use() {
    let english: BTreeSet<String> = file("en").keys().map(|key| constant(key)).collect();
    let used = keys_in_code();
    assert_eq!(used.difference(&english).collect::<Vec<_>>(), Vec::<&String>::new(), "used, not in en.json");
    assert_eq!(english.difference(&used).collect::<Vec<_>>(), Vec::<&String>::new(), "in en.json, never used");
}

#[test]
fn docs_copy_md_lists_every_message_key() {
    let listed = include_str!("../docs/copy.md");
    let missing: Vec<_> = file("en").keys().filter(|key| !listed.contains(&format!("| `{key}` |"))).cloned().collect();
    assert!(missing.is_empty(), "docs/copy.md lacks {missing:?}");
    let rows = listed.lines().filter(|line| line.starts_with("| `")).count();
    assert_eq!(rows, file("en").len(), "docs/copy.md lists a key that does not exist");
}

#[test]
fn every_catalogue_is_complete_and_fills_the_same_placeholders() {
    let english = file("en");
    for name in CATALOGUES {
        let catalogue = file(name);
        let regional = name.contains('-');
        for (key, entry) in &catalogue {
            let original = english.get(key).unwrap_or_else(|| panic!("{name}: {key} is not an English key"));
            let extra: Vec<_> = placeholders(entry).difference(&placeholders(original)).cloned().collect();
            assert!(extra.is_empty(), "{name}: {key} has placeholders English lacks: {extra:?}");
            match entry {
                Value::String(_) => assert!(original.is_string(), "{name}: {key} needs plural forms"),
                Value::Object(forms) => {
                    let needed = PLURAL_FORMS.iter().find(|(language, _)| *language == name).unwrap().1;
                    assert!(
                        needed.iter().all(|form| forms.contains_key(*form)),
                        "{name}: {key} needs the forms {needed:?}"
                    );
                    assert!(forms.keys().all(|c| PLURAL_CATEGORIES.contains(&c.as_str())), "{name}: {key}: {forms:?}");
                }
                other => panic!("{name}: {key} is {other:?}"),
            }
            if !SAME_AS_ENGLISH.iter().any(|(language, same)| (*language == "*" || *language == name) && same == key) {
                assert_ne!(entry, original, "{name}: {key} is still English");
            }
        }
        if !regional {
            let missing: Vec<_> = english.keys().filter(|k| !catalogue.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{name} lacks {missing:?}");
        }
    }
}

#[test]
fn locale_tags_keep_their_region_and_fall_back_to_the_language() {
    let table: [(&str, Option<&str>, &[&str]); 8] = [
        ("en", Some("en"), &[]),
        ("en-US", Some("en-US"), &[]),
        ("fr-CA", Some("fr-CA"), &["fr-CA", "fr"]),
        ("fr_ca", Some("fr-CA"), &["fr-CA", "fr"]),
        ("fr-BE", Some("fr-BE"), &["fr"]),
        ("sv-Latn-SE", Some("sv-SE"), &["sv"]),
        ("RO", Some("ro"), &["ro"]),
        ("de-DE", None, &[]),
    ];
    for (tag, expected, names) in table {
        let locale = Locale::parse(tag);
        assert_eq!(locale.as_ref().map(Locale::tag), expected, "{tag}");
        assert_eq!(locale.map(|l| l.catalogue_names()).unwrap_or_default(), names, "{tag}");
    }
}

#[test]
fn a_text_comes_from_the_most_specific_catalogue_that_has_it() {
    let regional = shipped(serde_json::json!({ "common.back": "Retour (CA)" }));
    let language = shipped(serde_json::json!({ "common.back": "Retour", "common.close": "Fermer" }));
    let texts = Texts::new(Locale::parse("fr-CA").unwrap(), vec![regional, language]);
    assert_eq!(texts.text(Msg::Back), "Retour (CA)");
    assert_eq!(texts.text(Msg::Close), "Fermer");
    assert_eq!(texts.text(Msg::Continue), "Continue", "English is the last fallback");
}

#[test]
fn values_fill_placeholders_and_are_never_read_as_templates() {
    let texts = Texts::default();
    assert_eq!(texts.text(Msg::CredentialsHeading { institution: "{query} Bank" }), "Sign in to {query} Bank");
    assert_eq!(texts.text(Msg::ResultsCount { count: 1, more: false }), "1 institution found.");
    assert_eq!(texts.text(Msg::ResultsCount { count: 25, more: true }), "25 institutions shown, more available.");
    assert_eq!(texts.text(Msg::TimeLeft { minutes: 2, seconds: 5 }), "Time left: 2:05");
    assert_eq!(texts.text(Msg::TimeLeftAnnouncement { minutes: 0, seconds: 1 }), "1 second left to answer.");
    assert_eq!(texts.text(Msg::AccountType { code: "BROKERAGE" }), "BROKERAGE");
    assert_eq!(texts.text(Msg::FieldTooShort { label: "PIN", min: 4 }), "PIN must be at least 4 characters.");
    let odd = shipped(serde_json::json!({ "common.back": "{unknown} {", "common.close": 7 }));
    let texts = Texts::new(Locale::default(), vec![odd]);
    assert_eq!(texts.text(Msg::Back), "{unknown} {", "an unknown placeholder stays");
    assert_eq!(texts.text(Msg::Close), "Close", "an entry that is not text falls back");
}

#[test]
fn a_lazily_loaded_modules_texts_are_english_once_it_registers_them() {
    use connect_widget::i18n::{key, register_english, TextsOf};
    let texts = Texts::new(Locale::default(), Vec::new());
    let verify = Msg::keyed(key::MICRODEPOSITS_VERIFY);
    let waiting = Msg::keyed_with(key::MICRODEPOSITS_WAITING_EXPECTED, "date", "4 December 2026");
    let consent_days = Msg::KeyedCount { key: key::CONSENT_FOR_DAYS, count: 90 };
    assert_eq!(texts.text(verify), "", "not in the first load");
    assert_eq!(texts.text(Msg::Disconnect), "");
    register_english(TextsOf::Guided);
    assert_eq!(texts.text(verify), "Verify");
    assert_eq!(texts.text(waiting), "They should arrive by 4 December 2026.");
    assert_eq!(texts.text(Msg::CantFind), "Can't find your bank?", "the search's own texts are always there");
    assert_eq!(texts.text(consent_days), "");
    register_english(TextsOf::MemberLifecycle);
    assert_eq!(texts.text(Msg::Disconnect), "Disconnect");
    assert_eq!(texts.text(consent_days), "You agree for 90 days, unless you withdraw your consent sooner.");
    let french = shipped(serde_json::json!({ "microdeposits.verify": "Vérifier" }));
    let texts = Texts::new(Locale::parse("fr").unwrap(), vec![french]);
    assert_eq!(texts.text(verify), "Vérifier", "a fetched catalogue has them all");
}
