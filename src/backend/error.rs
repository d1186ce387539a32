//! One typed error for every way a backend call can fail.

use crate::dialect::DialectError;
use crate::lazy::NotLoaded;

/// What kind of failure, so the UI can pick its message and its way out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiErrorKind {
    /// The backend answered with an HTTP-like status (4xx, 5xx).
    Status(u16),
    /// No answer in time.
    Timeout,
    /// The answer did not have the documented shape; `field` names the form field concerned.
    InvalidResponse { field: Option<String> },
    /// The host did not provide an operation the flow needs (names the callback).
    MissingCallback(String),
    /// Could not reach the backend at all.
    Network,
    /// `addMember` refused because the member exists (MX: 409 `{guid}`): its guid.
    MemberExists(String),
    /// The connection exists already with these credentials (Salt Edge's `ConnectionDuplicated`).
    Duplicated,
}

/// The `error` event's code for a connection that exists already.
pub const DUPLICATED_CODE: &str = "member_duplicated";

/// A failed backend call: its [`CallFailure`], boxed so that every `ApiResult` stays small (its
/// fields read through it: `error.kind`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError(Box<CallFailure>);

/// What went wrong in a backend call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallFailure {
    pub kind: ApiErrorKind,
    /// Technical detail for developers (console, `error` event); never shown as-is to users.
    pub message: String,
    /// The backend's own message for the user, when its refusal carried one (`data.message`).
    pub user_message: Option<String>,
    /// The call was `addMember`, so no member exists (MX's `createMemberError`).
    pub creating_member: bool,
}

impl ApiError {
    pub fn new(kind: ApiErrorKind, message: impl Into<String>) -> Self {
        Self(Box::new(CallFailure { kind, message: message.into(), user_message: None, creating_member: false }))
    }

    /// The host gave no callback `name`.
    pub fn missing_callback(name: &str) -> Self {
        Self::new(ApiErrorKind::MissingCallback(name.into()), format!("the host did not provide the `{name}` callback"))
    }

    /// The same failure, marked as that of `addMember`.
    pub fn creating_member(mut self) -> Self {
        self.0.creating_member = true;
        self
    }

    /// A short machine-readable code for the `error` event.
    pub fn code(&self) -> String {
        match &self.kind {
            ApiErrorKind::Status(status) => format!("http_{status}"),
            ApiErrorKind::MemberExists(_) => "http_409".into(),
            ApiErrorKind::Timeout => "timeout".into(),
            ApiErrorKind::InvalidResponse { .. } => "invalid_response".into(),
            ApiErrorKind::MissingCallback(_) => "missing_callback".into(),
            ApiErrorKind::Network => "network".into(),
            ApiErrorKind::Duplicated => DUPLICATED_CODE.into(),
        }
    }
}

impl std::ops::Deref for ApiError {
    type Target = CallFailure;

    fn deref(&self) -> &CallFailure {
        &self.0
    }
}

impl std::ops::DerefMut for ApiError {
    fn deref_mut(&mut self) -> &mut CallFailure {
        &mut self.0
    }
}

impl From<DialectError> for ApiError {
    fn from(error: DialectError) -> Self {
        let field = error.field.clone();
        Self::new(ApiErrorKind::InvalidResponse { field }, error.to_string())
    }
}

impl From<NotLoaded> for ApiError {
    fn from(_: NotLoaded) -> Self {
        Self::new(ApiErrorKind::Network, "a part of the widget that is fetched when first needed could not be loaded")
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code())
    }
}
