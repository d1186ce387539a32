//! Helpers the browser transports share: JavaScript values as JSON, and a deadline per call.

use std::future::Future;

use futures::future::{select, Either};
use gloo_timers::future::TimeoutFuture;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

use super::{ApiError, ApiErrorKind, ApiResult};
use crate::json::object;

/// How long one call to the host may take before the widget gives up on it.
pub const CALL_TIMEOUT_MS: u32 = 30_000;

/// A JavaScript value as JSON; an `Error` keeps its name and message.
pub fn to_json(value: &JsValue) -> Value {
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => {
            object(vec![("name", String::from(error.name()).into()), ("message", String::from(error.message()).into())])
        }
        None => crate::events::from_js(value),
    }
}

/// `future`'s output, or a timeout error naming call `name` after [`CALL_TIMEOUT_MS`].
pub async fn with_timeout<F: Future + Unpin>(name: &str, future: F) -> ApiResult<F::Output> {
    match select(future, TimeoutFuture::new(CALL_TIMEOUT_MS)).await {
        Either::Left((output, _)) => Ok(output),
        Either::Right(_) => Err(ApiError::new(
            ApiErrorKind::Timeout,
            format!("`{name}` did not answer within {} s", CALL_TIMEOUT_MS / 1000),
        )),
    }
}
