//! Compiles the English catalogue (`locales/en.json`) into the module: a constant index per
//! message key (`key::SEARCH_HEADING` for `search.heading`, keys in sorted order) and English's
//! texts in that order as one string (entries split by NUL; plural forms `\u{1}one\u{2}text…`: no
//! table of pointers). The other catalogues are shipped as JSON arrays in the same order
//! (tools/bundle.mjs), so the module carries no key names. The texts that only a lazily loaded
//! module shows ([`LAZY_TEXTS`]) are a string of their own (`ENGLISH_OAUTH`, …) that only that
//! module reads; each string has an empty entry where another has the text.

use std::fmt::Write;

/// The texts shown only by a lazily loaded module, by key prefix: compiled into that module.
const LAZY_TEXTS: [(&str, &[&str]); 3] = [
    ("GUIDED", &["microdeposits.", "manual_account.", "support.", "guided."]),
    ("OAUTH", &["oauth.", "oauth_error."]),
    ("MEMBER_LIFECYCLE", &["consent.", "disconnect.", "connected.refresh", "credentials.update"]),
];

fn main() {
    println!("cargo::rerun-if-changed=locales/en.json");
    let text = std::fs::read_to_string("locales/en.json").expect("locales/en.json");
    let serde_json::Value::Object(entries) =
        serde_json::from_str::<serde_json::Value>(&text).expect("locales/en.json is JSON")
    else {
        panic!("locales/en.json must be an object");
    };
    let mut keys = String::new();
    let mut english = Vec::new();
    let mut lazy = vec![Vec::new(); LAZY_TEXTS.len()];
    for (index, (key, entry)) in entries.iter().enumerate() {
        let name = key.to_uppercase().replace(['.', '-'], "_");
        writeln!(keys, "    /// `{key}`\n    pub const {name}: usize = {index};").unwrap();
        let text = match entry {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Object(forms) => forms
                .iter()
                .map(|(category, text)| {
                    format!("\u{1}{category}\u{2}{}", text.as_str().expect("a plural form is text"))
                })
                .collect(),
            other => panic!("locales/en.json: {key} is {other}"),
        };
        let home = LAZY_TEXTS.iter().position(|(_, prefixes)| prefixes.iter().any(|prefix| key.starts_with(prefix)));
        for (module, texts) in lazy.iter_mut().enumerate() {
            texts.push(if home == Some(module) { text.clone() } else { String::new() });
        }
        english.push(if home.is_none() { text } else { String::new() });
    }
    let mut code = format!(
        "/// Each message key's index in the catalogues.\npub mod key {{\n{keys}}}\n\n\
         /// English's texts, by key index, split by NUL (empty for those of lazily loaded modules).\n\
         pub static ENGLISH: &str = {:?};\n",
        english.join("\0")
    );
    for ((module, _), texts) in LAZY_TEXTS.iter().zip(&lazy) {
        writeln!(code, "\n/// The English texts only the module `{}` shows, by key index.", module.to_lowercase())
            .unwrap();
        writeln!(code, "pub static ENGLISH_{module}: &str = {:?};", texts.join("\0")).unwrap();
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("english.rs");
    std::fs::write(out, code).unwrap();
}
