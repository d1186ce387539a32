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

/// How deep [`from_js`] follows nested values (deeper ones, and cycles, become `null`).
const MAX_DEPTH: u32 = 64;

/// The most values [`from_js`] reads from one JavaScript value: an object graph that shares
/// references (which structured clone keeps) can be exponentially larger than its clone.
pub const MAX_NODES: u32 = 100_000;

/// A JavaScript value with more than [`MAX_NODES`] values in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLarge;

/// The JSON value of a JavaScript value, as `JSON.stringify` would see it: `toJSON` is used,
/// functions, symbols and `undefined` properties are left out, non-finite numbers are `null`. Built
/// directly, so the bundle needs no JSON parser. Reads at most [`MAX_NODES`] values.
pub fn from_js(value: &JsValue) -> Result<Value, TooLarge> {
    let mut budget = MAX_NODES;
    from_js_at(value, 0, &mut budget)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    // The reflection `from_js` needs, as results: a hostile or revoked proxy throws from each of
    // them, and an exception must not unwind through the widget.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = from)]
    fn array_items(value: &JsValue) -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<js_sys::Array, JsValue>;
}

fn from_js_at(value: &JsValue, depth: u32, budget: &mut u32) -> Result<Value, TooLarge> {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::JsCast;
    *budget = budget.checked_sub(1).ok_or(TooLarge)?;
    if depth > MAX_DEPTH {
        return Ok(Value::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return Ok(match number.is_finite() && number.fract() == 0.0 && number.abs() < 9.0e15 {
            true => Value::from(number as i64),
            false => serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number),
        });
    }
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text));
    }
    if !value.is_object() || value.is_function() {
        return Ok(Value::Null);
    }
    if let Ok(to_json) = Reflect::get(value, &"toJSON".into()).and_then(|f| f.dyn_into::<Function>()) {
        return to_json.call0(value).map_or(Ok(Value::Null), |converted| from_js_at(&converted, depth + 1, budget));
    }
    let Ok(array) = is_array(value) else { return Ok(Value::Null) };
    if array {
        let Ok(items) = array_items(value) else { return Ok(Value::Null) };
        let mut read = Vec::new();
        for item in items.iter() {
            read.push(from_js_at(&item, depth + 1, budget)?);
        }
        return Ok(Value::Array(read));
    }
    let Ok(keys) = object_keys(value) else { return Ok(Value::Null) };
    let mut map = serde_json::Map::new();
    for key in keys.iter() {
        let Some(name) = key.as_string() else { continue };
        let item = Reflect::get(value, &key).unwrap_or(JsValue::UNDEFINED);
        if !(item.is_undefined() || item.is_function() || item.is_symbol()) {
            map.insert(name, from_js_at(&item, depth + 1, budget)?);
        }
    }
    Ok(Value::Object(map))
}
