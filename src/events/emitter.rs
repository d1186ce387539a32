//! Numbers, stamps and delivers events for one widget session.

use std::cell::RefCell;

use super::{EventFormat, EventSink, Formatter, WidgetEvent};

/// The one way the widget emits events.
pub struct Emitter {
    formatter: RefCell<Formatter>,
    sink: Box<dyn EventSink>,
    now_ms: fn() -> f64,
}

impl Emitter {
    /// An emitter for session `session_id` in `format`, delivering to `sink`, reading time from `now_ms`.
    pub fn new(session_id: String, format: EventFormat, sink: Box<dyn EventSink>, now_ms: fn() -> f64) -> Self {
        Self { formatter: RefCell::new(Formatter::new(format, session_id)), sink, now_ms }
    }

    /// Emits one event. Safe to call from a panic hook: if the emitter is busy, the event is dropped.
    pub fn emit(&self, event: &WidgetEvent) {
        let Ok(mut formatter) = self.formatter.try_borrow_mut() else { return };
        let message = formatter.message(event, (self.now_ms)());
        drop(formatter);
        self.sink.deliver(event, message.as_ref());
    }
}
