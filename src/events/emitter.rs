//! Numbers, stamps and delivers events for one widget session.

use std::cell::RefCell;

use super::{EventSequencer, EventSink, WidgetEvent};

/// The one way the widget emits events.
pub struct Emitter {
    sequencer: RefCell<EventSequencer>,
    sink: Box<dyn EventSink>,
    now_ms: fn() -> f64,
}

impl Emitter {
    /// An emitter for session `session_id`, delivering to `sink`, reading time from `now_ms`.
    pub fn new(session_id: String, sink: Box<dyn EventSink>, now_ms: fn() -> f64) -> Self {
        Self { sequencer: RefCell::new(EventSequencer::new(session_id)), sink, now_ms }
    }

    /// Emits one event. Safe to call from a panic hook: if the emitter is busy, the event is dropped.
    pub fn emit(&self, event: &WidgetEvent) {
        let Ok(mut sequencer) = self.sequencer.try_borrow_mut() else { return };
        let envelope = sequencer.envelope(event, (self.now_ms)());
        drop(sequencer);
        self.sink.deliver(&envelope);
    }
}
