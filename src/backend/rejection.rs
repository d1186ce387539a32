//! A host callback's rejection, in any of the shapes MX hosts use, as one [`ApiError`]:
//! an `Error`, an axios-style `{response: {status, data}}`, or a plain `{status, message}`.

use serde_json::Value;

use super::{ApiError, ApiErrorKind};
use crate::model::DUPLICATED_CLASS;

/// The error for rejection `reason` (its JSON form; an `Error` arrives as `{name, message}`) of
/// callback `callback`.
pub fn from_rejection(callback: &str, reason: &Value) -> ApiError {
    let response = reason.get("response").filter(|r| r.is_object());
    let status = response.unwrap_or(reason).get("status").and_then(Value::as_u64);
    let data = response.and_then(|r| r.get("data"));
    // The backend's own words: in the answer's data, or beside a plain status.
    let backend_message = data
        .or(status.and(Some(reason)))
        .and_then(|d| d.get("message"))
        .and_then(Value::as_str)
        .filter(|text| !text.trim().is_empty())
        .map(str::to_owned);
    let message = backend_message
        .clone()
        .or_else(|| reason.get("message").and_then(Value::as_str).map(str::to_owned))
        .or_else(|| reason.as_str().map(str::to_owned))
        .unwrap_or_else(|| "no message".into());
    // A named `Error` (`TypeError`, MX's `VerifyNotEnabled`) keeps its name, as its `toString` does.
    let message = match reason.get("name").and_then(Value::as_str).filter(|name| *name != "Error") {
        Some(name) => format!("{name}: {message}"),
        None => message,
    };
    let existing = data.and_then(|d| d.get("guid")).and_then(Value::as_str).filter(|guid| !guid.is_empty());
    // Salt Edge's error object: `{error: {class, message}}`.
    let class = data.unwrap_or(reason).get("error").and_then(|e| e.get("class")).and_then(Value::as_str);
    let kind = match (status.and_then(|s| u16::try_from(s).ok()), existing) {
        _ if class == Some(DUPLICATED_CLASS) => ApiErrorKind::Duplicated,
        (Some(409), Some(guid)) => ApiErrorKind::MemberExists(guid.to_owned()),
        (Some(status), _) => ApiErrorKind::Status(status),
        (None, _) => ApiErrorKind::Network,
    };
    let mut error = ApiError::new(kind, format!("{callback} rejected: {message}"));
    error.user_message = backend_message;
    error
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_documented_shape() {
        let axios =
            from_rejection("addMember", &json!({ "response": { "status": 409, "data": { "guid": "MBR-123" } } }));
        assert_eq!(axios.kind, ApiErrorKind::MemberExists("MBR-123".into()));
        assert_eq!(axios.code(), "http_409");
        let with_message = from_rejection(
            "updateMFA",
            &json!({ "response": { "status": 400, "data": { "message": "Test message here" } } }),
        );
        assert_eq!(
            (with_message.kind.clone(), with_message.message.as_str()),
            (ApiErrorKind::Status(400), "updateMFA rejected: Test message here")
        );
        assert_eq!(with_message.user_message.as_deref(), Some("Test message here"));
        let plain = from_rejection("deleteMember", &json!({ "status": 404, "message": "gone" }));
        assert_eq!((plain.kind.clone(), plain.user_message.as_deref()), (ApiErrorKind::Status(404), Some("gone")));
        let error = from_rejection("loadJob", &json!({ "name": "TypeError", "message": "Failed to fetch" }));
        assert_eq!(
            (error.kind.clone(), error.message.as_str()),
            (ApiErrorKind::Network, "loadJob rejected: TypeError: Failed to fetch")
        );
        // A script's own error is not the backend talking to the user.
        assert_eq!(error.user_message, None);
        assert_eq!(from_rejection("x", &json!("boom")).message, "x rejected: boom");
        assert_eq!(from_rejection("x", &json!(null)).kind, ApiErrorKind::Network);
    }

    #[test]
    fn salt_edges_duplicated_connection_in_either_shape() {
        let class = json!({ "error": { "class": "ConnectionDuplicated", "message": "The client tried to create a connection that already exists" } });
        let axios = from_rejection("addMember", &json!({ "response": { "status": 409, "data": class.clone() } }));
        assert_eq!((axios.kind.clone(), axios.code()), (ApiErrorKind::Duplicated, "member_duplicated".into()));
        assert_eq!(from_rejection("addMember", &class).kind, ApiErrorKind::Duplicated);
        let other = json!({ "response": { "status": 404, "data": { "error": { "class": "ConnectionNotFound" } } } });
        assert_eq!(from_rejection("loadMemberByGuid", &other).kind, ApiErrorKind::Status(404));
    }

    #[test]
    fn the_malformed_mx_sample_still_gives_a_message() {
        // loadPopularInstitutions' documented sample has a broken "status" key inside response.
        let sample = json!({ "response": { "data": { "message": "Test message here" }, "status: 40#": null }, "config": { "url": "www.test.com/loadPopularInstitutions" } });
        let error = from_rejection("loadPopularInstitutions", &sample);
        assert_eq!(
            (error.kind.clone(), error.message.as_str()),
            (ApiErrorKind::Network, "loadPopularInstitutions rejected: Test message here")
        );
    }
}
