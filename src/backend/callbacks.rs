//! The host's JavaScript callbacks as a transport (npm mode): Promises awaited with a timeout,
//! any rejection shape turned into an [`ApiError`], and a missing callback named precisely.

use async_trait::async_trait;
use js_sys::{Array, Function, Promise, Reflect};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::js::{to_json, with_timeout};
use super::{from_rejection, ApiError, ApiResult, Transport};
use crate::events::to_js;

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
        let returned = function.apply(&self.callbacks, &arguments).map_err(|e| from_rejection(name, &to_json(&e)))?;
        let answer = JsFuture::from(Promise::resolve(&returned));
        match with_timeout(name, answer).await? {
            Ok(value) => Ok(to_json(&value)),
            Err(reason) => Err(from_rejection(name, &to_json(&reason))),
        }
    }
}
