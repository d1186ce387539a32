//! Building JSON objects in the bundle's code paths.

use serde_json::{Map, Value};

/// A JSON object from key/value pairs. Unlike `json!`, it has no hidden `unwrap`, so serde_json's
/// error formatting stays out of the bundle; it is not generic, so its code exists once.
pub fn object(entries: Vec<(&str, Value)>) -> Value {
    let mut map = Map::new();
    for (key, value) in entries {
        map.insert(key.to_owned(), value);
    }
    Value::Object(map)
}

/// A string, number or boolean as text (numbers and booleans as JSON writes them); `None` for
/// null, arrays and objects. Avoids `Value`'s `Display`, which would bring the JSON printer in.
pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number_text(number)),
        Value::Bool(flag) => Some(if *flag { "true" } else { "false" }.into()),
        _ => None,
    }
}

/// A JSON number as text: a whole number as its digits, any other as the browser writes it
/// (`String(n)`; natively Rust's `Display`), so that no float printer is bundled.
pub fn number_text(number: &serde_json::Number) -> String {
    if let Some(whole) = number.as_i64() {
        return whole.to_string();
    }
    if let Some(whole) = number.as_u64() {
        return whole.to_string();
    }
    let float = number.as_f64().unwrap_or(f64::NAN);
    #[cfg(target_arch = "wasm32")]
    return js_sys::Number::from(float).to_string_with_radix(10).map(String::from).unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    float.to_string()
}

/// Parses JSON text: in the browser with `JSON.parse` (so the bundle carries no JSON parser),
/// natively with serde_json. `None` when the text is not JSON (or, in the browser, holds more
/// than [`crate::events::MAX_NODES`] values).
pub fn parse(text: &str) -> Option<Value> {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JSON::parse(text).ok().and_then(|value| crate::events::from_js(&value).ok());
    #[cfg(not(target_arch = "wasm32"))]
    return serde_json::from_str(text).ok();
}

/// JSON text for `value`: in the browser with `JSON.stringify` (no JSON printer in the bundle),
/// natively with serde_json.
pub fn print(value: &Value) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JSON::stringify(&crate::events::to_js(value))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    return value.to_string();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_digits_and_others_as_written() {
        let text = |number: serde_json::Number| number_text(&number);
        assert_eq!(text(6.into()), "6");
        assert_eq!(text((-3).into()), "-3");
        assert_eq!(text(u64::MAX.into()), "18446744073709551615");
        assert_eq!(text(serde_json::Number::from_f64(0.25).unwrap()), "0.25");
        assert_eq!(scalar_text(&Value::from(7)).as_deref(), Some("7"));
    }
}
