//! The page's [`Prompter`]: shows the bank's challenge as the MFA step (a redirect challenge as
//! the OAuth screens) and waits for the user.

use async_trait::async_trait;
use futures::channel::oneshot;

use super::controller::Controller;
use crate::flow::{Answer, OAuthStage, OAuthStart, Prompter, Step};
use crate::model::{Challenge, Institution};

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
            self.controller.await_answer(sender);
        }
        let institution = self.institution.clone();
        let step = match &challenge.redirect_url {
            // A second redirect: the OAuth screens, whose page's answer goes back as the answer.
            Some(url) => {
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
