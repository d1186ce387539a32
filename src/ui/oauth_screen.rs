//! The OAuth screens, drawn by the lazily loaded module `oauth` (registered when it is entered,
//! with its texts; [`crate::ui::screen::register_drawer`]).

use super::controller::Controller;
use super::screen::{register_drawer, Action, DrawnBy, Screen};
use crate::flow::{OAuthStage, Step};
use crate::i18n::{key, register_english, Msg, TextsOf};
use crate::lazy::lazy_fn;

lazy_fn!(oauth: pub(super) fn fetched() -> () {
    register()
});

/// Makes the OAuth screens and their texts drawable: the module `oauth` calls it when entered
/// (and [`fetched`] when a bank's challenge sends the user to its page).
pub(super) fn register() {
    register_english(TextsOf::OAuth);
    register_drawer(DrawnBy::OAuth, draw);
}

/// The OAuth screens: instructions with "Continue to the bank", the wait while the user is on
/// the bank's page (reopen, cancel, a notice when its window was closed), and the link offered
/// when the browser blocked the window (with "Continue in this window" when the host has a
/// `client_redirect_url`, unless the page answers a bank's challenge).
fn draw(controller: &Controller, step: &Step) -> Screen {
    let Step::OAuth { institution, stage } = step else { return Screen::default() };
    let mut screen = Screen::default();
    let bank = institution.name.as_str();
    let services = controller.services();
    let (heading, body, cancel) = match stage {
        OAuthStage::Preparing | OAuthStage::Ready(_) => {
            screen.instructions = institution.instructions.clone();
            let start = match stage {
                OAuthStage::Ready(start) => Some(start.clone()),
                _ => None,
            };
            let open = Action::OpenOAuth(institution.clone(), start);
            screen.actions.push((controller.text(Msg::keyed_with(key::OAUTH_CONTINUE, "institution", bank)), open));
            (
                Msg::keyed_with(key::OAUTH_HEADING, "institution", bank),
                Msg::keyed_with(key::OAUTH_EXPLANATION, "institution", bank),
                Msg::ChooseAnother,
            )
        }
        OAuthStage::Waiting(_) => {
            screen.busy = true;
            screen.window_notice = true;
            if !services.settings.mobile_webview {
                screen.actions.push((controller.text(Msg::keyed(key::OAUTH_REOPEN)), Action::ReopenOAuth));
            }
            (
                Msg::keyed_with(key::OAUTH_WAITING_HEADING, "institution", bank),
                Msg::keyed_with(key::OAUTH_WAITING, "institution", bank),
                Msg::Cancel,
            )
        }
        OAuthStage::Blocked(start) => {
            screen.instructions = institution.instructions.clone();
            let label = controller.text(Msg::keyed_with(key::OAUTH_OPEN_PAGE, "institution", bank));
            screen.link = Some((label, start.url.clone(), Action::OAuthLinkOpened(institution.clone(), start.clone())));
            // A top-level redirect needs the host's page to come back to; a bank's challenge
            // is answered in a window only.
            let body = match services.settings.client_redirect_url.is_some() && !start.answers_challenge {
                true => {
                    let here = Action::RedirectOAuth(institution.clone(), start.clone());
                    screen.actions.push((controller.text(Msg::keyed(key::OAUTH_CONTINUE_HERE)), here));
                    Msg::keyed_with(key::OAUTH_BLOCKED_OR_HERE, "institution", bank)
                }
                false => Msg::keyed_with(key::OAUTH_BLOCKED, "institution", bank),
            };
            (Msg::keyed(key::OAUTH_BLOCKED_HEADING), body, Msg::Cancel)
        }
    };
    screen.heading = controller.text(heading);
    screen.text = Some(controller.text(body));
    screen.actions.push((controller.text(cancel), Action::Search));
    screen
}
