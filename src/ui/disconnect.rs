//! Disconnecting the member being repaired: confirm, `deleteMember`, then a screen that says it
//! is done (and `memberDeleted` for the host). A failure asks again, saying so.

use futures::future::LocalBoxFuture;
use leptos::prelude::*;

use super::controller::Controller;
use super::screen::{register_drawer, Action, DrawnBy, Mark, Screen};
use crate::backend::{calls, ApiError};
use crate::events::WidgetEvent;
use crate::flow::{DisconnectStage, Step};
use crate::i18n::{key, register_english, Msg, TextsOf};
use crate::lazy::lazy_fn;
use crate::model::Institution;

impl Controller {
    /// "Disconnect" on the screen of the member being repaired: asks to confirm; "Cancel" comes
    /// back to the current step.
    pub fn ask_disconnect(&self, institution: Institution) {
        let Some(member_guid) = self.repairing() else { return };
        let back = Box::new(self.step.get_untracked());
        self.go(Step::Disconnect { institution, member_guid, stage: DisconnectStage::Confirm { failed: false }, back });
    }

    /// The user confirmed: `deleteMember` (code fetched then: module `member_lifecycle`), then the
    /// done screen, or the question again saying the try failed.
    pub fn disconnect(&self) {
        let Step::Disconnect { member_guid, .. } = self.step.get_untracked() else { return };
        self.disconnect_stage(DisconnectStage::Disconnecting);
        let this = *self;
        self.spawn_fetched(disconnecting(this, member_guid), move |error| this.not_disconnected(error));
    }

    /// The disconnection failed: the host hears why, the user is asked again.
    fn not_disconnected(&self, error: ApiError) {
        self.report(&error);
        self.disconnect_stage(DisconnectStage::Confirm { failed: true });
    }

    /// Moves the disconnection on screen to `stage`.
    fn disconnect_stage(&self, stage: DisconnectStage) {
        self.step.update(|step| {
            if let Step::Disconnect { stage: current, .. } = step {
                *current = stage;
            }
        });
    }
}

lazy_fn!(member_lifecycle: fn disconnecting(this: Controller, member_guid: String) -> LocalBoxFuture<'static, ()> {
    Box::pin(async move {
        match calls::delete_member(&*this.api(), &member_guid).await {
            Ok(()) => {
                this.services().repair.stop();
                this.emit(WidgetEvent::MemberDeleted { member_guid });
                this.disconnect_stage(DisconnectStage::Done);
            }
            Err(error) => this.not_disconnected(error),
        }
    })
});

/// Makes the screens of the module `member_lifecycle` (the consent, the disconnection) and their
/// texts drawable: the module calls it when it asks for consent or opens a member (the only way
/// to a disconnection).
pub(super) fn register() {
    register_english(TextsOf::MemberLifecycle);
    register_drawer(DrawnBy::MemberLifecycle, draw);
}

/// The screens of the module `member_lifecycle`.
fn draw(controller: &Controller, step: &Step) -> Screen {
    match step {
        Step::Consent { institution } => super::consent::screen(controller, institution),
        Step::Disconnect { institution, stage, .. } => disconnection(controller, institution, *stage),
        _ => Screen::default(),
    }
}

/// The disconnection's screens (confirm, disconnecting, done).
fn disconnection(controller: &Controller, institution: &Institution, stage: DisconnectStage) -> Screen {
    let mut screen = Screen::default();
    let name = institution.name.as_str();
    match stage {
        DisconnectStage::Confirm { failed } => {
            screen.heading = controller.text(Msg::keyed_with(key::DISCONNECT_HEADING, "institution", name));
            screen.alert =
                failed.then(|| controller.text(Msg::keyed_with(key::DISCONNECT_FAILED, "institution", name)));
            screen.text = Some(controller.text(Msg::keyed_with(key::DISCONNECT_BODY, "institution", name)));
            screen.actions.push((controller.text(Msg::Disconnect), Action::Disconnect));
            screen.actions.push((controller.text(Msg::Cancel), Action::Back));
        }
        DisconnectStage::Disconnecting => {
            screen.heading = controller.text(Msg::keyed_with(key::DISCONNECT_PROGRESS, "institution", name));
            screen.busy = true;
        }
        DisconnectStage::Done => {
            screen.heading = controller.text(Msg::keyed(key::DISCONNECT_DONE_HEADING));
            screen.mark = Some(Mark::Success);
            screen.text = Some(controller.text(Msg::keyed_with(key::DISCONNECT_DONE_BODY, "institution", name)));
            screen.actions.push((controller.text(Msg::ConnectAnother), Action::Search));
        }
    }
    screen
}
