//! The host's JavaScript callbacks as a transport (npm mode): Promises awaited with a timeout,
//! any rejection shape turned into an [`ApiError`], and a missing callback named precisely.

use async_trait::async_trait;
use js_sys::{Array, Function, Promise, Reflect};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::js::with_timeout;
use super::{from_rejection, ApiError, ApiErrorKind, ApiResult, Transport};
use crate::events::to_js;
use crate::json::object;

/// The host's object of MX-named callbacks.
pub struct JsCallbacks {
    callbacks: JsValue,
}

impl JsCallbacks {
    pub fn new(callbacks: JsValue) -> Self {
        Self { callbacks }
    }
}

#[async_trait(?Send)]
impl Transport for JsCallbacks {
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        let function = Reflect::get(&self.callbacks, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| ApiError::missing_callback(name))?;
        let arguments: Array = args.iter().map(to_js).collect();
        let rejected =
            |reason: &JsValue| to_json(name, reason).map_or_else(|error| error, |r| from_rejection(name, &r));
        let returned = function.apply(&self.callbacks, &arguments).map_err(|e| rejected(&e))?;
        let answer = JsFuture::from(Promise::resolve(&returned));
        match with_timeout(name, answer).await? {
            Ok(value) => to_json(name, &value),
            Err(reason) => Err(rejected(&reason)),
        }
    }
}

/// A JavaScript value as JSON; an `Error` keeps its name and message. A value too large to read
/// (see [`crate::events::MAX_NODES`]) is an invalid answer from `name`.
pub fn to_json(name: &str, value: &JsValue) -> ApiResult<Value> {
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => Ok(object(vec![
            ("name", String::from(error.name()).into()),
            ("message", String::from(error.message()).into()),
        ])),
        None => crate::events::from_js(value).map_err(|_| {
            let message = format!("`{name}` answered with more than {} values", crate::events::MAX_NODES);
            ApiError::new(ApiErrorKind::InvalidResponse { field: None }, message)
        }),
    }
}
