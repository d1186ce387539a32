//! Sends the routes' requests with gloo-net: JSON in and out, one deadline for the whole exchange
//! that aborts the fetch, and non-2xx answers read as MX-style rejections by their status (with
//! `{message}` from the body when it is JSON).

use async_trait::async_trait;
use futures::future::LocalBoxFuture;
use gloo_net::http::RequestBuilder;
use serde_json::Value;

use super::routes::{self, Method};
use crate::backend::js::with_timeout;
use crate::backend::{from_rejection, ApiError, ApiErrorKind, ApiResult, Transport};
use crate::events::to_js;
use crate::json::object;
use crate::lazy::lazy_fn;

/// The host's REST routes under `base_url` (no trailing slash), with an optional bearer token.
pub struct HttpTransport {
    base_url: String,
    token: Option<String>,
}

impl HttpTransport {
    pub fn new(base_url: String, token: Option<String>) -> Self {
        Self { base_url, token }
    }
}

#[async_trait(?Send)]
impl Transport for HttpTransport {
    /// The exchange's code is fetched with the first call (module `http`), so that the pages that
    /// use the bridge or the sandbox never load gloo-net.
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        exchange(self.base_url.clone(), self.token.clone(), name, args).await?.await
    }
}

lazy_fn!(http: fn exchange(base_url: String, token: Option<String>, name: &'static str, args: Vec<Value>) -> LocalBoxFuture<'static, ApiResult<Value>> {
    Box::pin(async move {
        let route = routes::request(name, &args).ok_or_else(|| {
            ApiError::new(ApiErrorKind::MissingCallback(name.into()), format!("no HTTP route for `{name}`"))
        })?;
        let path = route.path(|value| js_sys::encode_uri_component(value).into()).ok_or_else(|| {
            ApiError::new(ApiErrorKind::InvalidResponse { field: None }, "an id is empty, `.` or `..`")
        })?;
        let mut builder = RequestBuilder::new(&format!("{base_url}{path}"))
            .method(match route.method {
                Method::Get => gloo_net::http::Method::GET,
                Method::Post => gloo_net::http::Method::POST,
                Method::Put => gloo_net::http::Method::PUT,
                Method::Delete => gloo_net::http::Method::DELETE,
            })
            .query(route.query.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .header("Accept", "application/json");
        if let Some(token) = &token {
            builder = builder.header("Authorization", &format!("Bearer {token}"));
        }
        let abort = web_sys::AbortController::new().ok();
        builder = builder.abort_signal(abort.as_ref().map(|a| a.signal()).as_ref());
        let request = match &route.body {
            Some(body) => {
                let text = js_sys::JSON::stringify(&to_js(body)).map(String::from).unwrap_or_default();
                builder.header("Content-Type", "application/json").body(text)
            }
            None => builder.build(),
        }
        .map_err(|e| network(name, &e))?;

        // One deadline for the whole exchange: the answer and its body.
        let exchange = async {
            let response = request.send().await.map_err(|e| network(name, &e))?;
            let text = response.text().await;
            Ok::<_, ApiError>((response.status(), response.ok(), text))
        };
        let answered = with_timeout(name, Box::pin(exchange)).await;
        if answered.is_err() {
            abort.inspect(|a| a.abort());
        }
        let (status, ok, text) = answered??;
        if !ok {
            // The status first: an error page that is not JSON (a proxy's HTML 502) is still that status.
            let data = text.ok().and_then(|text| crate::json::parse(text.trim())).unwrap_or(Value::Null);
            let response = object(vec![("status", Value::from(status)), ("data", data)]);
            return Err(from_rejection(name, &object(vec![("response", response)])));
        }
        match text.map_err(|e| network(name, &e))?.trim() {
            "" => Ok(Value::Null),
            text => crate::json::parse(text).ok_or_else(|| {
                ApiError::new(
                    ApiErrorKind::InvalidResponse { field: None },
                    format!("`{name}` answered {status} with a body that is not JSON"),
                )
            }),
        }
    })
});

/// A request that never got an answer. Only the browser's own message is kept (formatting
/// gloo-net's error would bring serde_json's error texts into the bundle).
fn network(name: &str, error: &gloo_net::Error) -> ApiError {
    let detail = match error {
        gloo_net::Error::JsError(js) => js.message.as_str(),
        _ => "the request failed",
    };
    ApiError::new(ApiErrorKind::Network, format!("`{name}` could not reach the backend: {detail}"))
}
