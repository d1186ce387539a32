//! Disconnecting the member being repaired: confirm, `deleteMember`, then a screen that says it
//! is done (and `memberDeleted` for the host). A failure asks again, saying so.

use futures::future::LocalBoxFuture;
use leptos::prelude::*;

use super::controller::Controller;
use crate::backend::ApiError;
use crate::events::WidgetEvent;
use crate::flow::{DisconnectStage, Step};
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
        match this.api().delete_member(&member_guid).await {
            Ok(()) => {
                this.services().repair.stop();
                this.emit(WidgetEvent::MemberDeleted { member_guid });
                this.disconnect_stage(DisconnectStage::Done);
            }
            Err(error) => this.not_disconnected(error),
        }
    })
});
