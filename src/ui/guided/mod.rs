//! Guided flows: the ways on when the user cannot connect their bank — verifying an account with
//! micro-deposits, adding an account by hand, writing to support — reached from "Can't find your
//! bank?", or opened on a micro-deposit (`current_microdeposit_guid`). Their code, screens and
//! texts are in the lazily loaded module `guided` (docs/architecture.md#lazily-loaded-modules);
//! the widget reaches them through [`GuidedFlow`], whose screens are [`Screen`] data for the one
//! screen view, forms included.

mod choose_account;
mod flow;
mod manual_account;
mod menu;
mod microdeposit_screens;
mod microdeposits;
mod support;
mod verify;

use std::cell::RefCell;
use std::rc::Rc;

use futures::future::LocalBoxFuture;

use super::controller::Controller;
use super::screen::Screen;
use crate::flow::Step;
use crate::lazy::lazy_fn;
use crate::model::FieldValues;

/// A guided flow as the widget sees it: one entry point, so the first load carries one call.
pub trait GuidedFlow {
    /// Answers `event`: the current screen (in the widget's language) for [`GuidedEvent::Draw`],
    /// an empty one otherwise.
    fn handle(self: Rc<Self>, controller: Controller, event: GuidedEvent) -> Screen;
}

/// What the widget asks of the guided flow.
pub enum GuidedEvent {
    /// Its current screen.
    Draw,
    /// The screen's button `action` was pressed ([`HOST_BACK`]: the host's "back").
    Act(u8),
    /// The screen's form was submitted with valid values.
    Submit(FieldValues),
}

/// The action the host's "back" (npm `back()`, the loader's `back`) sends to the flow.
pub const HOST_BACK: u8 = 0;

/// Where a guided flow starts.
#[derive(Clone, Debug, PartialEq)]
pub enum GuidedStart {
    /// "Can't find your bank?": the ways on that the host offers.
    Menu,
    /// The micro-deposit the host opened the widget on.
    Microdeposit(String),
    /// "Contact support" on an error screen.
    Support,
    /// Verification mode: the connections that can verify an account first.
    Verify,
    /// Verification mode: which of the connected step's accounts to verify, before it shows.
    ChooseAccount(Box<Step>),
}

/// The guided flow on screen, if any.
#[derive(Default)]
pub struct GuidedState {
    flow: RefCell<Option<Rc<dyn GuidedFlow>>>,
}

impl Controller {
    /// Starts a guided flow (its code fetched now, module `guided`); if the code cannot be
    /// fetched, the error screen says so and offers the search.
    pub fn start_guided(&self, start: GuidedStart) {
        let this = *self;
        self.spawn_fetched(guiding(this, start), move |error| this.not_opened(error));
    }

    /// Whether the search offers "Can't find your bank?" (the host offers a way on, and shows the
    /// search).
    pub fn offers_guided(&self) -> bool {
        self.services().settings.paths.count() > 0 && !self.search_hidden()
    }

    /// Asks the guided flow on screen: its screen, or to act on a button or a form.
    pub fn guided(&self, event: GuidedEvent) -> Screen {
        let flow = self.services().guided.flow.borrow().clone();
        flow.map(|flow| flow.handle(*self, event)).unwrap_or_default()
    }
}

lazy_fn!(guided: fn guiding(this: Controller, start: GuidedStart) -> LocalBoxFuture<'static, ()> {
    crate::i18n::register_english(crate::i18n::TextsOf::Guided);
    let flow = Rc::new(flow::Guide::default());
    this.services().guided.flow.replace(Some(flow.clone()));
    Box::pin(flow.begin(this, start))
});
