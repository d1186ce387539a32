//! Random identifiers from the browser.

use js_sys::{Function, Reflect};
use wasm_bindgen::JsCast;

/// `crypto.randomUUID()`, or `None` where the page has none (outside a secure context it is
/// missing, and calling it would throw).
pub fn random_uuid() -> Option<String> {
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).ok().filter(|crypto| crypto.is_object())?;
    let random_uuid = Reflect::get(&crypto, &"randomUUID".into()).ok()?.dyn_into::<Function>().ok()?;
    random_uuid.call0(&crypto).ok()?.as_string()
}
