//! The postMessage bridge's wire format, both directions. Every message is an object tagged
//! `{"connect_widget_bridge": 1, "kind": …}`; anything without the tag is not ours and is ignored,
//! a tagged message of another version or shape is reported.
//!
//! Host (loader) → widget: `ping`, `config {config, client_config}`, `response {id, ok, value |
//! error | missing}`, `back`, `locale {locale}`. Widget → host: `ack`, `request {id, name, args}`, `event {name, metadata,
//! message?}`.

use serde_json::Value;

use crate::json::{object, scalar_text};

/// The tag every bridge message carries, and its value: the protocol version.
pub const CHANNEL: &str = "connect_widget_bridge";
pub const VERSION: u64 = 1;

/// A message from the host's loader.
#[derive(Clone, Debug, PartialEq)]
pub enum Inbound {
    /// "Are you there?": answered with `ack` until the configuration arrives.
    Ping,
    /// The widget's configuration (the same keys as the iframe URL's query) and MX's `clientConfig`.
    Config { pairs: Vec<(String, String)>, client_config: Value },
    /// The answer to request `id`.
    Response { id: u64, outcome: Outcome },
    /// The host's "back": one step back.
    Back,
    /// The host's `setLocale`: the widget's new language tag.
    Locale(String),
}

/// How the host's callback answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// It resolved with this value.
    Answer(Value),
    /// It rejected with this reason (an `Error` as `{name, message}`, axios-style, `{status, message}`).
    Rejected(Value),
    /// The host gave no callback of that name.
    Missing,
}

/// Reads a message: `None` when it is not a bridge message at all, `Some(Err(why))` when it is
/// one the widget cannot use.
pub fn parse_inbound(data: &Value) -> Option<Result<Inbound, String>> {
    let tag = data.get(CHANNEL)?;
    if tag.as_u64() != Some(VERSION) {
        let version = crate::json::scalar_text(tag).unwrap_or_else(|| "?".into());
        return Some(Err(format!("unsupported bridge version {version} (this widget speaks {VERSION})")));
    }
    Some(match data.get("kind").and_then(Value::as_str).unwrap_or_default() {
        "ping" => Ok(Inbound::Ping),
        "config" => config(data),
        "response" => response(data),
        "back" => Ok(Inbound::Back),
        "locale" => match data.get("locale").and_then(Value::as_str) {
            Some(tag) => Ok(Inbound::Locale(tag.to_owned())),
            None => Err("`locale` should be a language tag".into()),
        },
        other => Err(format!("unknown bridge message kind \"{other}\"")),
    })
}

fn config(data: &Value) -> Result<Inbound, String> {
    let mut pairs = Vec::new();
    match data.get("config") {
        None | Some(Value::Null) => {}
        Some(Value::Object(entries)) => {
            for (key, value) in entries.iter().filter(|(_, value)| !value.is_null()) {
                let text = scalar_text(value).ok_or_else(|| format!("config `{key}` should be a string"))?;
                pairs.push((key.clone(), text));
            }
        }
        Some(_) => return Err("`config` should be an object".into()),
    }
    let client_config = data.get("client_config").cloned().unwrap_or(Value::Null);
    if !(client_config.is_object() || client_config.is_null()) {
        return Err("`client_config` should be an object".into());
    }
    Ok(Inbound::Config { pairs, client_config })
}

fn response(data: &Value) -> Result<Inbound, String> {
    let id = data.get("id").and_then(Value::as_u64).ok_or("a response needs a numeric `id`")?;
    let outcome = match data.get("ok").and_then(Value::as_bool) {
        Some(true) => Outcome::Answer(data.get("value").cloned().unwrap_or(Value::Null)),
        Some(false) if data.get("missing").and_then(Value::as_bool) == Some(true) => Outcome::Missing,
        Some(false) => Outcome::Rejected(data.get("error").cloned().unwrap_or(Value::Null)),
        None => return Err(format!("response {id} needs a boolean `ok`")),
    };
    Ok(Inbound::Response { id, outcome })
}

fn tagged(kind: &str, mut entries: Vec<(&str, Value)>) -> Value {
    entries.splice(0..0, [(CHANNEL, Value::from(VERSION)), ("kind", Value::from(kind))]);
    object(entries)
}

/// The widget's answer to `ping`.
pub fn ack() -> Value {
    tagged("ack", vec![])
}

/// A call of the host's callback `name` with `args`, answered by a `response` with the same `id`.
pub fn request(id: u64, name: &str, args: Vec<Value>) -> Value {
    tagged("request", vec![("id", id.into()), ("name", name.into()), ("args", Value::Array(args))])
}

/// An event for the host: its name and native metadata (the loader sizes the iframe and calls
/// `onSuccess` from them). The port adds `message`, the event in the host's chosen format, when
/// that format has one (a Salt Edge message stays a JSON string).
pub fn event(name: &str, metadata: Value) -> Value {
    tagged("event", vec![("name", Value::from(name)), ("metadata", metadata)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_each_host_message() {
        assert_eq!(parse_inbound(&json!({ "connect_widget_bridge": 1, "kind": "ping" })), Some(Ok(Inbound::Ping)));
        assert_eq!(parse_inbound(&json!({ "connect_widget_bridge": 1, "kind": "back" })), Some(Ok(Inbound::Back)));
        assert_eq!(
            parse_inbound(&json!({ "connect_widget_bridge": 1, "kind": "locale", "locale": "fr-CA" })),
            Some(Ok(Inbound::Locale("fr-CA".into())))
        );
        let config = json!({ "connect_widget_bridge": 1, "kind": "config",
            "config": { "locale": "en", "event_format": "mx", "dialect": null }, "client_config": { "mode": "aggregation" } });
        let pairs = vec![("event_format".into(), "mx".into()), ("locale".into(), "en".into())];
        assert_eq!(
            parse_inbound(&config),
            Some(Ok(Inbound::Config { pairs, client_config: json!({ "mode": "aggregation" }) }))
        );
        let answer = json!({ "connect_widget_bridge": 1, "kind": "response", "id": 3, "ok": true, "value": [1] });
        assert_eq!(parse_inbound(&answer), Some(Ok(Inbound::Response { id: 3, outcome: Outcome::Answer(json!([1])) })));
        let rejected =
            json!({ "connect_widget_bridge": 1, "kind": "response", "id": 4, "ok": false, "error": { "status": 500 } });
        assert_eq!(
            parse_inbound(&rejected),
            Some(Ok(Inbound::Response { id: 4, outcome: Outcome::Rejected(json!({ "status": 500 })) }))
        );
        let missing = json!({ "connect_widget_bridge": 1, "kind": "response", "id": 5, "ok": false, "missing": true });
        assert_eq!(parse_inbound(&missing), Some(Ok(Inbound::Response { id: 5, outcome: Outcome::Missing })));
    }

    #[test]
    fn ignores_foreign_messages_and_reports_broken_ones() {
        assert_eq!(parse_inbound(&json!({ "type": "connect/loaded" })), None);
        assert_eq!(parse_inbound(&json!("text")), None);
        for broken in [
            json!({ "connect_widget_bridge": 2, "kind": "ping" }),
            json!({ "connect_widget_bridge": 1, "kind": "shout" }),
            json!({ "connect_widget_bridge": 1, "kind": "response", "ok": true }),
            json!({ "connect_widget_bridge": 1, "kind": "response", "id": 1 }),
            json!({ "connect_widget_bridge": 1, "kind": "config", "config": { "locale": ["en"] } }),
            json!({ "connect_widget_bridge": 1, "kind": "config", "client_config": "mode=x" }),
            json!({ "connect_widget_bridge": 1, "kind": "locale", "locale": 7 }),
        ] {
            assert!(matches!(parse_inbound(&broken), Some(Err(_))), "{broken}");
        }
    }

    #[test]
    fn writes_tagged_messages() {
        assert_eq!(ack(), json!({ "connect_widget_bridge": 1, "kind": "ack" }));
        assert_eq!(
            request(7, "loadJob", vec![json!("JOB-1")]),
            json!({ "connect_widget_bridge": 1, "kind": "request", "id": 7, "name": "loadJob", "args": ["JOB-1"] })
        );
        assert_eq!(
            event("resize", json!({ "height": 500 })),
            json!({ "connect_widget_bridge": 1, "kind": "event", "name": "resize", "metadata": { "height": 500 } })
        );
    }
}
