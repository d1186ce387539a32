//! The widget's language: its texts, shared with whoever may switch them (the npm handle's
//! `setLocale`), and a trigger that re-renders the widget when they change.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::i18n::{Msg, Texts};

/// The texts a widget renders with. Clones share them.
#[derive(Clone, Default)]
pub struct Language {
    texts: Rc<RefCell<Texts>>,
    changed: ArcTrigger,
}

impl Language {
    /// A language with `texts`.
    pub fn new(texts: Texts) -> Self {
        Self { texts: Rc::new(RefCell::new(texts)), changed: ArcTrigger::new() }
    }

    /// Switches to `texts`: the widget renders again in them.
    pub fn set(&self, texts: Texts) {
        self.texts.replace(texts);
        self.changed.notify();
    }

    /// A message's text.
    pub fn text(&self, message: Msg<'_>) -> String {
        self.texts.borrow().text(message)
    }

    /// A date as the language writes it ([`crate::i18n::Texts::date`]).
    pub fn date(&self, iso: &str) -> String {
        self.texts.borrow().date(iso)
    }

    /// The name of the country `code` in the widget's language, if the browser knows it.
    pub fn region_name(&self, code: &str) -> Option<String> {
        self.texts.borrow().region_name(code)
    }

    /// The BCP 47 tag, e.g. `fr-CA`.
    pub fn tag(&self) -> String {
        self.texts.borrow().locale().tag().to_owned()
    }

    /// Subscribes the running effect or view to language switches.
    pub fn track(&self) {
        self.changed.track();
    }
}
