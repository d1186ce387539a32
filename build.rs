//! Compiles the English catalogue (`locales/en.json`) into the module: a constant index per
//! message key (`key::SEARCH_HEADING` for `search.heading`, keys in sorted order) and English's
//! texts in that order as one string (entries split by NUL; plural forms `\u{1}one\u{2}text…`: no
//! table of pointers). The other catalogues are shipped as JSON arrays in the same order
//! (tools/bundle.mjs), so the module carries no key names.

use std::fmt::Write;

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
    for (index, (key, entry)) in entries.iter().enumerate() {
        let name = key.to_uppercase().replace(['.', '-'], "_");
        writeln!(keys, "    /// `{key}`\n    pub const {name}: usize = {index};").unwrap();
        english.push(match entry {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Object(forms) => forms
                .iter()
                .map(|(category, text)| {
                    format!("\u{1}{category}\u{2}{}", text.as_str().expect("a plural form is text"))
                })
                .collect(),
            other => panic!("locales/en.json: {key} is {other}"),
        });
    }
    let code = format!(
        "/// Each message key's index in the catalogues.\npub mod key {{\n{keys}}}\n\n\
         /// English's texts, by key index, split by NUL.\npub static ENGLISH: &str = {:?};\n",
        english.join("\0")
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("english.rs");
    std::fs::write(out, code).unwrap();
}
