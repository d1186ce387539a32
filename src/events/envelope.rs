//! The native envelope: `{type: "connect/<name>", version, seq, session_id, timestamp, metadata}`.

use serde_json::Value;

use super::WidgetEvent;
use crate::json::object;

/// Version of the native envelope's shape.
pub const ENVELOPE_VERSION: u32 = 1;

/// Wraps events for one widget session, numbering them with a strictly increasing `seq`.
#[derive(Debug)]
pub struct EventSequencer {
    session_id: String,
    next_seq: u64,
}

impl EventSequencer {
    pub fn new(session_id: String) -> Self {
        Self { session_id, next_seq: 1 }
    }

    /// The envelope for `event`, stamped with `timestamp_ms` (milliseconds since the epoch).
    pub fn envelope(&mut self, event: &WidgetEvent, timestamp_ms: f64) -> Value {
        let seq = self.next_seq;
        self.next_seq += 1;
        object(vec![
            ("type", Value::from(format!("connect/{}", event.name()))),
            ("version", Value::from(ENVELOPE_VERSION)),
            ("seq", Value::from(seq)),
            ("session_id", Value::from(self.session_id.as_str())),
            ("timestamp", Value::from(timestamp_ms as u64)),
            ("metadata", event.metadata()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::StepName;
    use crate::model::Mode;
    use serde_json::json;

    #[test]
    fn envelopes_are_numbered_and_typed() {
        let mut sequencer = EventSequencer::new("s-1".into());
        let first = sequencer
            .envelope(&WidgetEvent::Loaded { initial_step: StepName::Search, mode: Mode::Aggregation }, 1.5e12);
        let second = sequencer.envelope(
            &WidgetEvent::StepChange { previous: StepName::Search, current: StepName::EnterCredentials },
            1.5e12,
        );
        assert_eq!(first["type"], "connect/loaded");
        assert_eq!(first["metadata"]["initial_step"], "search");
        assert_eq!(first["version"], 1);
        assert_eq!(first["session_id"], "s-1");
        assert_eq!(first["timestamp"], 1_500_000_000_000u64);
        assert_eq!((first["seq"].as_u64(), second["seq"].as_u64()), (Some(1), Some(2)));
        assert_eq!(second["metadata"], json!({"previous": "search", "current": "enterCreds"}));
    }
}
