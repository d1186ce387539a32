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
