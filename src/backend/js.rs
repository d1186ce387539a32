//! What the browser transports share: a deadline per call.

use std::future::Future;

use futures::future::{select, Either};
use gloo_timers::future::TimeoutFuture;

use super::{ApiError, ApiErrorKind, ApiResult};

/// How long one call to the host may take before the widget gives up on it.
pub const CALL_TIMEOUT_MS: u32 = 30_000;

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
