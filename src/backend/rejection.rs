//! A host callback's rejection, in any of the shapes MX hosts use, as one [`ApiError`]:
//! an `Error`, an axios-style `{response: {status, data}}`, or a plain `{status, message}`.

use serde_json::Value;

use super::{ApiError, ApiErrorKind};

/// The error for rejection `reason` (its JSON form; an `Error` arrives as `{name, message}`) of
/// callback `callback`.
pub fn from_rejection(callback: &str, reason: &Value) -> ApiError {
    let response = reason.get("response").filter(|r| r.is_object());
    let status = response.unwrap_or(reason).get("status").and_then(Value::as_u64);
    let data = response.and_then(|r| r.get("data"));
    let message = data
        .and_then(|d| d.get("message"))
        .or_else(|| reason.get("message"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or_else(|| reason.as_str().map(str::to_owned))
        .unwrap_or_else(|| "no message".into());
    let kind = match status.and_then(|s| u16::try_from(s).ok()) {
        Some(status) => ApiErrorKind::Status(status),
        None => ApiErrorKind::Network,
    };
    ApiError::new(kind, format!("{callback} rejected: {message}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_documented_shape() {
        let axios =
            from_rejection("addMember", &json!({ "response": { "status": 409, "data": { "guid": "MBR-123" } } }));
        assert_eq!(axios.kind, ApiErrorKind::Status(409));
        let with_message = from_rejection(
            "updateMFA",
            &json!({ "response": { "status": 400, "data": { "message": "Test message here" } } }),
        );
        assert_eq!(
            (with_message.kind.clone(), with_message.message.as_str()),
            (ApiErrorKind::Status(400), "updateMFA rejected: Test message here")
        );
        let plain = from_rejection("deleteMember", &json!({ "status": 404, "message": "gone" }));
        assert_eq!(plain.kind, ApiErrorKind::Status(404));
        let error = from_rejection("loadJob", &json!({ "name": "TypeError", "message": "Failed to fetch" }));
        assert_eq!(
            (error.kind.clone(), error.message.as_str()),
            (ApiErrorKind::Network, "loadJob rejected: Failed to fetch")
        );
        assert_eq!(from_rejection("x", &json!("boom")).message, "x rejected: boom");
        assert_eq!(from_rejection("x", &json!(null)).kind, ApiErrorKind::Network);
    }

    #[test]
    fn the_malformed_mx_sample_still_gives_a_message() {
        // loadPopularInstitutions' documented sample has a broken "status" key inside response.
        let sample = json!({ "response": { "data": { "message": "Test message here" }, "status: 40#": null }, "config": { "url": "www.test.com/loadPopularInstitutions" } });
        let error = from_rejection("loadPopularInstitutions", &sample);
        assert_eq!(
            (error.kind, error.message.as_str()),
            (ApiErrorKind::Network, "loadPopularInstitutions rejected: Test message here")
        );
    }
}
