//! The three envelopes the host can choose (`event_format`): the native one, MX's
//! `{mx: true, type: "mx/connect/<name>", metadata}`, and Salt Edge's JSON-string messages
//! (`fetching` / `success` / `error`, with the detailed `api_stage`; never a `secret`).

use serde_json::Value;

use super::{EventSequencer, WidgetEvent};
use crate::backend::DUPLICATED_CODE;
use crate::json::object;
use crate::model::ConnectionStatus;

/// Which envelope the host receives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EventFormat {
    #[default]
    Native,
    Mx,
    SaltEdge,
}

impl EventFormat {
    /// The format for a configuration value (`native`, `mx`, `saltedge`).
    pub fn parse(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().replace(['-', '_', ' '], "").as_str() {
            "native" => Some(Self::Native),
            "mx" => Some(Self::Mx),
            "saltedge" => Some(Self::SaltEdge),
            _ => None,
        }
    }
}

/// One message for the host: a JSON value, or (Salt Edge) that value as a JSON string.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub value: Value,
    /// Deliver `value` serialised as a JSON string.
    pub as_text: bool,
}

/// Turns events into messages of one format, numbering native ones.
#[derive(Debug)]
pub struct Formatter {
    format: EventFormat,
    sequencer: EventSequencer,
    /// The member the Salt Edge messages speak of (`connection_id`).
    member_guid: Option<String>,
}

impl Formatter {
    pub fn new(format: EventFormat, session_id: String) -> Self {
        Self { format, sequencer: EventSequencer::new(session_id), member_guid: None }
    }

    /// The message for `event`, or `None` when the format has no such message.
    pub fn message(&mut self, event: &WidgetEvent, timestamp_ms: f64) -> Option<Message> {
        match self.format {
            EventFormat::Native => {
                Some(Message { value: self.sequencer.envelope(event, timestamp_ms), as_text: false })
            }
            EventFormat::Mx => {
                let kind = Value::from(format!("mx/connect/{}", event.name()));
                let value = object(vec![("mx", Value::from(true)), ("type", kind), ("metadata", event.metadata())]);
                Some(Message { value, as_text: false })
            }
            EventFormat::SaltEdge => self.salt_edge(event).map(|value| Message { value, as_text: true }),
        }
    }

    fn salt_edge(&mut self, event: &WidgetEvent) -> Option<Value> {
        // Salt Edge's duplicated connection callback names the connection's id differently.
        let duplicated = matches!(event, WidgetEvent::Error { code, .. } if code == DUPLICATED_CODE);
        let (stage, api_stage, error) = match event {
            WidgetEvent::MemberStatusUpdate { member_guid, connection_status, fetching } => {
                self.member_guid = Some(member_guid.clone());
                match (connection_status, fetching) {
                    // Refused credentials send the user back to the form, with no `error` event.
                    (ConnectionStatus::Denied, _) => ("error", "finish", Some(("InvalidCredentials", REFUSED))),
                    (_, Some(fetching)) => ("fetching", fetching.stage_name(), None),
                    (status, None) => ("fetching", api_stage(*status)?, None),
                }
            }
            WidgetEvent::MemberConnected { member_guid } => {
                self.member_guid = Some(member_guid.clone());
                ("success", "finish", None)
            }
            WidgetEvent::Error { .. } if duplicated => ("error", "finish", None),
            WidgetEvent::Error { code, message, .. } => {
                ("error", "finish", Some((error_class(code)?, message.as_str())))
            }
            _ => return None,
        };
        let id_key = if duplicated { "duplicated_connection_id" } else { "connection_id" };
        let mut data = vec![
            (id_key, Value::from(self.member_guid.clone()?)),
            ("stage", Value::from(stage)),
            ("api_stage", Value::from(api_stage)),
            ("custom_fields", object(vec![])),
        ];
        if let Some((class, message)) = error {
            data.push(("error_class", Value::from(class)));
            data.push(("error_message", Value::from(message)));
        }
        Some(object(vec![("data", object(data))]))
    }
}

/// The `error_message` of refused credentials (the bank's own message stays on the form).
const REFUSED: &str = "The bank refused the credentials.";

/// Salt Edge's detailed stage for a connection status, while fetching.
fn api_stage(status: ConnectionStatus) -> Option<&'static str> {
    use ConnectionStatus::*;
    Some(match status {
        Created => "start",
        Pending => "connect",
        Challenged | Rejected => "interactive",
        Resumed => "fetch_accounts",
        Updated | Reconnected => "fetch_recent",
        _ => return None,
    })
}

/// Salt Edge's error class for a connection failure (other errors have no Salt Edge message).
fn error_class(code: &str) -> Option<&'static str> {
    Some(match code {
        "member_denied" | "member_prevented" => "InvalidCredentials",
        "member_locked" => "AccountLocked",
        "timeout" => "ExecutionTimeout",
        "mfa_expired" => "InteractiveTimeout",
        code if code.starts_with("member_") => "ProviderError",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::StepName;
    use crate::model::Mode;
    use serde_json::json;

    fn messages(format: EventFormat, events: &[WidgetEvent]) -> Vec<Message> {
        let mut formatter = Formatter::new(format, "s".into());
        events.iter().filter_map(|event| formatter.message(event, 0.0)).collect()
    }

    fn journey() -> Vec<WidgetEvent> {
        let member_guid = || "MBR-1".to_string();
        vec![
            WidgetEvent::Loaded { initial_step: StepName::Search, mode: Mode::Aggregation },
            WidgetEvent::MemberStatusUpdate {
                member_guid: member_guid(),
                connection_status: ConnectionStatus::Pending,
                fetching: None,
            },
            WidgetEvent::MemberStatusUpdate {
                member_guid: member_guid(),
                connection_status: ConnectionStatus::Resumed,
                fetching: None,
            },
            WidgetEvent::MemberConnected { member_guid: member_guid() },
        ]
    }

    #[test]
    fn mx_envelopes() {
        let sent = messages(EventFormat::Mx, &journey());
        assert_eq!(
            sent[0].value,
            json!({ "mx": true, "type": "mx/connect/loaded", "metadata": { "initial_step": "search", "mode": "aggregation" } })
        );
        assert_eq!(sent[3].value["type"], "mx/connect/memberConnected");
        assert!(sent.iter().all(|m| !m.as_text));
    }

    #[test]
    fn salt_edge_messages_follow_the_reference_shape() {
        let sent = messages(EventFormat::SaltEdge, &journey());
        let stages: Vec<_> =
            sent.iter().map(|m| (m.value["data"]["stage"].clone(), m.value["data"]["api_stage"].clone())).collect();
        assert_eq!(
            stages,
            [
                (json!("fetching"), json!("connect")),
                (json!("fetching"), json!("fetch_accounts")),
                (json!("success"), json!("finish"))
            ]
        );
        assert!(sent.iter().all(|m| m.as_text
            && m.value["data"]["connection_id"] == "MBR-1"
            && m.value["data"].get("secret").is_none()));
        assert_eq!(sent[2].value["data"]["custom_fields"], json!({}));
    }

    #[test]
    fn salt_edge_errors_only_for_connection_failures() {
        let mut formatter = Formatter::new(EventFormat::SaltEdge, "s".into());
        let error = |code: &str| WidgetEvent::Error { code: code.into(), message: "m".into(), recoverable: true };
        assert!(formatter.message(&error("member_locked"), 0.0).is_none(), "no connection yet");
        let update = WidgetEvent::MemberStatusUpdate {
            member_guid: "M".into(),
            connection_status: ConnectionStatus::Created,
            fetching: None,
        };
        assert_eq!(formatter.message(&update, 0.0).unwrap().value["data"]["api_stage"], "start");
        let locked = formatter.message(&error("member_locked"), 0.0).unwrap().value;
        assert_eq!(
            (locked["data"]["stage"].as_str(), locked["data"]["error_class"].as_str()),
            (Some("error"), Some("AccountLocked"))
        );
        assert!(formatter.message(&error("http_503"), 0.0).is_none());
        let denied = WidgetEvent::MemberStatusUpdate {
            member_guid: "M".into(),
            connection_status: ConnectionStatus::Denied,
            fetching: None,
        };
        let refused = formatter.message(&denied, 0.0).unwrap().value;
        assert_eq!(
            (refused["data"]["stage"].as_str(), refused["data"]["error_class"].as_str()),
            (Some("error"), Some("InvalidCredentials"))
        );
        let duplicated = formatter.message(&error("member_duplicated"), 0.0).unwrap().value;
        let sample: Value =
            serde_json::from_str(include_str!("../../tests/fixtures/saltedge_js_callback_error_duplicated.json"))
                .unwrap();
        let keys = |value: &Value| {
            value["data"].as_object().unwrap().keys().cloned().collect::<std::collections::BTreeSet<_>>()
        };
        assert_eq!(keys(&duplicated), keys(&sample), "the reference's keys, no secret, no error_class");
        assert_eq!(
            (duplicated["data"]["duplicated_connection_id"].as_str(), duplicated["data"]["stage"].as_str()),
            (Some("M"), Some("error"))
        );
        assert_eq!(EventFormat::parse("salt-edge"), Some(EventFormat::SaltEdge));
        assert_eq!(EventFormat::parse("xml"), None);
    }
}
