//! JSON values as JavaScript values, built directly (no string round trip, so no JSON printer in
//! the bundle).

use serde_json::Value;
use wasm_bindgen::JsValue;

/// The JavaScript value for `value`: objects, arrays, strings, numbers, booleans and null.
pub fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(entries) => {
            let object = js_sys::Object::new();
            for (key, item) in entries {
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &to_js(item));
            }
            object.into()
        }
    }
}
