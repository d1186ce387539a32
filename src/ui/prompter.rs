//! The page's [`Prompter`]: shows the bank's challenge as the MFA step (a redirect challenge as
//! the OAuth screens) and waits for the user.

use std::cell::RefCell;

use async_trait::async_trait;
use futures::channel::oneshot;

use super::controller::Controller;
use crate::backend::ApiError;
use crate::flow::{Answer, Failure, OAuthStage, OAuthStart, Prompter, Step};
use crate::model::{Challenge, CredentialSchema, FieldValues, Institution};

/// The bank's challenge on screen: where the user's answer goes, and the choices (never codes)
/// made in the last one, kept in case the bank asks again.
#[derive(Default)]
pub struct ChallengeState {
    answer: RefCell<Option<oneshot::Sender<Answer>>>,
    choices: RefCell<FieldValues>,
}

impl ChallengeState {
    /// Routes the answer to the challenge about to be shown to `sender`.
    pub fn await_answer(&self, sender: oneshot::Sender<Answer>) {
        self.answer.replace(Some(sender));
    }

    /// Where the answer goes, once (none when no challenge waits); dropping it ends the flow
    /// waiting for one.
    pub fn take_answer(&self) -> Option<oneshot::Sender<Answer>> {
        self.answer.take()
    }

    /// The choices of the last challenge.
    pub fn choices(&self) -> FieldValues {
        self.choices.borrow().clone()
    }

    /// Keeps the choices among submitted challenge values and drops the rest (codes, answers).
    pub fn keep_choices(&self, schema: &CredentialSchema, mut values: FieldValues) {
        for field in schema.fields.iter().filter(|f| !f.kind.is_choice()) {
            values.clear(&field.key);
        }
        self.choices.replace(values);
    }
}

/// Puts the bank's challenges on screen and waits for the user's answer.
pub struct PagePrompter {
    controller: Controller,
    institution: Institution,
}

impl PagePrompter {
    pub fn new(controller: Controller, institution: Institution) -> Self {
        Self { controller, institution }
    }
}

#[async_trait(?Send)]
impl Prompter for PagePrompter {
    async fn ask(&self, member_guid: &str, challenge: &Challenge) -> Answer {
        let (sender, receiver) = oneshot::channel();
        let waits_for_app = challenge.decoupled.is_some();
        if !waits_for_app {
            self.controller.services().challenge.await_answer(sender);
        }
        let institution = self.institution.clone();
        let step = match &challenge.redirect_url {
            // A second redirect: the OAuth screens, whose page's answer goes back as the answer.
            Some(url) => {
                // Its screens are the module `oauth`'s: fetched now if no bank's page came first.
                if let Err(not_loaded) = super::oauth_screen::fetched().await {
                    let error = ApiError::from(not_loaded);
                    self.controller.report(&error);
                    self.controller.go(Step::Failed { institution: Some(institution), failure: Failure::Api(error) });
                    return Answer::Cancelled;
                }
                let start =
                    OAuthStart { member_guid: member_guid.to_owned(), url: url.clone(), answers_challenge: true };
                Step::OAuth { institution, stage: OAuthStage::Ready(start) }
            }
            None => Step::Mfa { institution, member_guid: member_guid.to_owned(), challenge: challenge.clone() },
        };
        self.controller.go(step);
        if waits_for_app {
            // Nothing to type: the flow keeps polling while the user approves in the app.
            return Answer::Wait;
        }
        receiver.await.unwrap_or(Answer::Cancelled)
    }
}
