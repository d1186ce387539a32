//! Fuzz targets for what the host and other frames send: the bridge's messages, the
//! configuration (iframe URL pairs, MX `clientConfig`), callback rejections, the HTTP routes built
//! from callback arguments, the OAuth `state` and the saved OAuth attempt.

use proptest::prelude::*;
use serde_json::Value;

use super::targets::{ensure, Check};
use connect_widget::backend::bridge::protocol::{self, Inbound, Outcome};
use connect_widget::backend::http::routes;
use connect_widget::backend::{from_rejection, ApiErrorKind};
use connect_widget::config::{client_config_pairs, WidgetConfig};
use connect_widget::flow::{with_state, PendingOAuth};

use super::json::{any_json, odd_string};

/// Keys of the bridge's messages.
pub const BRIDGE_KEYS: &[&str] =
    &["connect_widget_bridge", "kind", "id", "ok", "value", "error", "missing", "config", "client_config", "locale"];

/// The `clientConfig` keys that configure the widget, then the other keys of rejections and of
/// MX's `clientConfig`.
const HOST_KEY_LIST: [&str; 21] = [
    "color_scheme",
    "is_mobile_webview",
    "ui_message_webview_url_scheme",
    "oauth_referral_source",
    "current_institution_code",
    "current_institution_guid",
    "disable_institution_search",
    "response",
    "status",
    "data",
    "message",
    "name",
    "config",
    "mode",
    "ui_message_version",
    "institution",
    "guid",
    "code",
    "url",
    "logo_url",
    "member_guid",
];

/// Keys of rejections and MX's `clientConfig`.
pub const HOST_KEYS: &[&str] = &HOST_KEY_LIST;

/// The `clientConfig` keys that are also configuration keys of the widget.
const WIDGET_CLIENT_CONFIG_KEYS: &[&str] = HOST_KEYS.split_at(7).0;

pub fn bridge(data: &Value) -> Check {
    let parsed = protocol::parse_inbound(data);
    ensure(parsed.is_none() == data.get(protocol::CHANNEL).is_none(), || {
        format!("a message is ours exactly when it is tagged: {data} → {parsed:?}")
    })?;
    if let Some(Ok(Inbound::Config { pairs, client_config: given_client_config })) = &parsed {
        configuration(pairs)?;
        client_config(given_client_config)?;
    }
    if let Some(Err(why)) = &parsed {
        ensure(!why.is_empty(), || "an empty refusal".into())?;
    }
    Ok(())
}

/// What the loader sends for an answer (0), a rejection (1) or a missing callback (2) is read back
/// as exactly that.
pub fn bridge_round_trip((id, value, shape): (u64, Value, u8)) -> Check {
    let tag = (protocol::CHANNEL, Value::from(protocol::VERSION));
    let message = match shape {
        0 => serde_json::json!({ tag.0: tag.1, "kind": "response", "id": id, "ok": true, "value": value }),
        1 => serde_json::json!({ tag.0: tag.1, "kind": "response", "id": id, "ok": false, "error": value }),
        _ => serde_json::json!({ tag.0: tag.1, "kind": "response", "id": id, "ok": false, "missing": true }),
    };
    let expected = match shape {
        0 => Outcome::Answer(value),
        1 => Outcome::Rejected(value),
        _ => Outcome::Missing,
    };
    let parsed = protocol::parse_inbound(&message);
    ensure(parsed == Some(Ok(Inbound::Response { id, outcome: expected })), || format!("{message} → {parsed:?}"))
}

pub fn config_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let key = prop_oneof![
        prop::sample::select(
            [
                &["host_origin", "locale", "dialect", "event_format", "backend", "api_base_url", "api_token"][..],
                &["client_redirect_url", "oauth_resume", "theme", "mode"],
                WIDGET_CLIENT_CONFIG_KEYS,
            ]
            .concat()
        )
        .prop_map(str::to_owned),
        "[a-z_]{0,12}",
    ];
    prop::collection::vec((key, odd_string()), 0..8)
}

/// Every pair is used or reported, a report names a key that was given, and the app scheme
/// events may navigate to is never one a browser acts on itself.
pub fn configuration(pairs: &[(String, String)]) -> Check {
    let (config, problems) = WidgetConfig::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    ensure(problems.len() <= pairs.len(), || format!("more problems than pairs: {problems:?}"))?;
    for problem in &problems {
        ensure(pairs.iter().any(|(key, _)| *key == problem.key), || format!("{problem} names no given key"))?;
    }
    let scheme = config.webview_url_scheme.unwrap_or_default();
    let browser_schemes = ["http", "https", "javascript", "data", "file", "blob", "about", "vbscript"];
    ensure(!browser_schemes.contains(&scheme.as_str()) && !scheme.contains([':', '/', ' ']), || {
        format!("the web view scheme {scheme:?} would not reach an app")
    })
}

pub fn client_config(given: &Value) -> Check {
    let pairs = client_config_pairs(given);
    configuration(&pairs)?;
    let (config, _) = WidgetConfig::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let passed_on = config.mx_client_config(given.clone());
    ensure(passed_on.is_object() || passed_on == *given, || format!("clientConfig {given} became {passed_on}"))
}

pub fn callback_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "loadPopularInstitutions",
        "loadInstitutions",
        "loadInstitutionByGuid",
        "loadInstitutionByCode",
        "getInstitutionCredentials",
        "addMember",
        "runJob",
        "loadJob",
        "updateMFA",
        "loadMemberByGuid",
        "oAuthStart",
        "getOAuthWindowURI",
        "loadOAuthStates",
        "oAuthComplete",
        "deleteMember",
        "unknown",
    ])
}

/// A rejection always becomes one error that names the callback; only a real HTTP status counts
/// as one.
pub fn rejection(name: &str, reason: &Value) -> Check {
    let error = from_rejection(name, reason);
    ensure(error.message.starts_with(name), || format!("{error:?} does not name {name}"))?;
    ensure(!error.code().is_empty(), || format!("{error:?} has no code"))?;
    if let ApiErrorKind::Status(status) = error.kind {
        let given = reason.pointer("/response/status").or_else(|| reason.get("status")).and_then(Value::as_u64);
        ensure(given == Some(status.into()), || format!("status {status} from {reason}"))?;
    }
    Ok(())
}

/// Arguments as a backend's answers make them: guids (some hostile), objects, anything.
pub fn route_arg() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec!["MBR-1", "", ".", "..", "../admin", "%2e%2e", "a/b", "?x=1", "#f"])
            .prop_map(Value::from),
        any_json(HOST_KEYS),
    ]
}

/// `encodeURIComponent`, as the HTTP client applies it.
pub fn encode_uri_component(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// A route keeps its template's shape whatever the arguments: a guid cannot add, remove or walk
/// out of path segments.
pub fn route(name: &str, args: &[Value]) -> Check {
    let Some(request) = routes::request(name, args) else { return Ok(()) };
    let Some(path) = request.path(encode_uri_component) else { return Ok(()) };
    let segments: Vec<&str> = path.split('/').collect();
    ensure(segments.len() == request.template.split('/').count(), || format!("{path} from {}", request.template))?;
    ensure(segments[1..].iter().all(|s| !s.is_empty() && *s != "." && *s != ".."), || format!("path {path}"))
}

/// The page gets a `state`; it is the one the page had, or the fresh one; nothing else changes.
pub fn oauth_state(url: &str, fresh: Option<&str>) -> Check {
    let Some((with, state)) = with_state(url, fresh) else {
        return ensure(fresh.is_none_or(str::is_empty), || format!("refused {url} with fresh {fresh:?}"));
    };
    ensure(!state.is_empty() && with.contains(&format!("state={state}")), || format!("{url} → {with} ({state})"))?;
    ensure(with.starts_with(url.split(['?', '#']).next().unwrap_or_default()), || format!("{url} → {with}"))
}

pub fn oauth_resume(saved: &Value) -> Check {
    let Some(pending) = PendingOAuth::from_json(saved) else { return Ok(()) };
    let again = PendingOAuth::from_json(&pending.to_json());
    ensure(again.as_ref() == Some(&pending), || format!("{saved} does not survive a round trip: {again:?}"))
}
