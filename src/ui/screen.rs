//! Screens that are a heading, text and actions — "Loading…", the progress screen, the OAuth
//! screens, the connected screen, the error screen and the disconnection's three — as data for one
//! view ([`crate::ui::steps::ScreenStep`]): what each
//! says and offers is decided here, in one place.

use std::cell::Cell;

use super::attempt::failure_message;
use super::controller::Controller;
use super::guided::{GuidedEvent, GuidedStart};
use crate::events::WidgetEvent;
use crate::flow::{Failure, OAuthStart, Remedy, Step};
use crate::i18n::Msg;
use crate::model::{ConnectedAccount, CredentialSchema, Institution};

/// What a screen shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screen {
    pub heading: String,
    /// Said first, as an alert (e.g. the last try failed).
    pub alert: Option<String>,
    /// The institution the screen is about (its logo beside the heading).
    pub institution: Option<Institution>,
    /// A mark over the heading: success or trouble.
    pub mark: Option<Mark>,
    /// Work in progress: a spinner, and the screen is busy.
    pub busy: bool,
    /// The connection's progress, live (what the bank is doing; "taking longer" after a while).
    pub progress: bool,
    /// What happened, or what to do.
    pub text: Option<String>,
    /// Items after the text (at most three: what a consent shares), then a closing paragraph.
    pub list: Vec<String>,
    pub closing: Option<String>,
    /// The words of the bank or the service, isolated as provider text.
    pub quote: Option<String>,
    /// The institution's own instructions (provider text).
    pub instructions: Option<String>,
    /// Says, live, when the user closed the bank's window (the OAuth wait).
    pub window_notice: bool,
    /// A link that opens the bank's page (label, URL), drawn as the primary action.
    pub link: Option<(String, String, Action)>,
    /// A form after the text (a guided flow's), whose valid values go to the flow.
    pub form: Option<ScreenForm>,
    /// The buttons (at most three), the primary one first.
    pub actions: Vec<(String, Action)>,
}

/// A screen's form: its fields (with what the user typed before as their values) and the
/// submit button's text.
#[derive(Clone, Debug, PartialEq)]
pub struct ScreenForm {
    pub schema: CredentialSchema,
    pub submit: String,
}

/// The mark over a screen's heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Success,
    Error,
}

/// What a screen's button does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// "Done" on the connected screen: the host hears it.
    Done(String),
    /// Back to the search (another institution).
    Search,
    /// A new job for the member being repaired (a refresh).
    Refresh(Institution),
    /// "Try again" after a failure at the institution.
    TryAgain(Institution, Failure),
    /// Ask to disconnect the member being repaired.
    AskDisconnect(Institution),
    /// The user confirmed the disconnection.
    Disconnect,
    /// One step back (the host's "back").
    Back,
    /// The user agreed to share what the consent asks for.
    AcceptConsent(Institution),
    /// The user declined: back to the search.
    DeclineConsent(Institution),
    /// "Continue to the bank": opens its page; `None` while it is being prepared (disabled).
    OpenOAuth(Institution, Option<OAuthStart>),
    /// Opens or focuses the bank's window again.
    ReopenOAuth,
    /// The user opened the bank's page from the link shown when the window was blocked.
    OAuthLinkOpened(Institution, OAuthStart),
    /// "Continue in this window": a top-level redirect to the bank's page.
    RedirectOAuth(Institution, OAuthStart),
    /// A guided flow's button (its action number), primary or not.
    Guided(u8, bool),
    /// "Contact support" on an error screen: the support request's form.
    ContactSupport,
}

impl Action {
    /// Whether it is the screen's primary action (drawn first, filled).
    pub fn is_primary(&self) -> bool {
        matches!(
            self,
            Action::Done(_)
                | Action::TryAgain(..)
                | Action::Disconnect
                | Action::OpenOAuth(..)
                | Action::ReopenOAuth
                | Action::AcceptConsent(_)
                | Action::Guided(_, true)
        )
    }

    /// Whether the button waits for something (disabled and busy).
    pub fn is_waiting(&self) -> bool {
        matches!(self, Action::OpenOAuth(_, None))
    }
}

/// The lazily loaded modules that draw their own steps' screens.
#[derive(Clone, Copy)]
pub enum DrawnBy {
    /// The OAuth screens (module `oauth`).
    OAuth,
    /// The consent's and the disconnection's screens (module `member_lifecycle`).
    MemberLifecycle,
}

/// Draws the screen of a step of a lazily loaded module.
pub type Drawer = fn(&Controller, &Step) -> Screen;

thread_local! {
    /// The drawers the lazily loaded modules registered.
    static DRAWERS: [Cell<Option<Drawer>>; 2] = const { [Cell::new(None), Cell::new(None)] };
}

/// Registers the drawer of a lazily loaded module's steps: only that module calls it (on entry),
/// so the drawing code and its texts stay out of the first load.
pub fn register_drawer(module: DrawnBy, drawer: Drawer) {
    DRAWERS.with(|drawers| drawers[module as usize].set(Some(drawer)));
}

impl Controller {
    /// The screen of `step` as its module draws it (empty until that module is loaded; its
    /// steps come after it is).
    fn drawn(&self, module: DrawnBy, step: &Step) -> Screen {
        let drawer = DRAWERS.with(|drawers| drawers[module as usize].get());
        drawer.map_or_else(Screen::default, |draw| draw(self, step))
    }

    /// The screen of `step`, for the steps that are a heading, text and actions (the search's is
    /// "Loading…", shown while the widget opens somewhere else).
    pub fn screen(&self, step: &Step) -> Screen {
        let mut screen = Screen::default();
        let disconnect = |institution: &Institution| {
            self.repairing().map(|_| (self.text(Msg::Disconnect), Action::AskDisconnect(institution.clone())))
        };
        match step {
            Step::Search => {
                screen.heading = self.text(Msg::Loading);
                screen.busy = true;
            }
            Step::Connecting { institution } => {
                screen.heading = self.text(Msg::ConnectingHeading { institution: &institution.name });
                screen.busy = true;
                screen.progress = true;
                screen.actions.push((self.text(Msg::Cancel), Action::Back));
            }
            Step::Connected { institution, member_guid, accounts } => {
                screen.heading = self.text(Msg::ConnectedHeading);
                screen.mark = Some(Mark::Success);
                screen.text = Some(self.text(Msg::ConnectedBody { institution: &institution.name }));
                screen.list = account_lines(accounts, |message| self.text(message));
                screen.actions.push((self.text(Msg::Done), Action::Done(member_guid.clone())));
                // An existing member the widget was opened on can be refreshed or disconnected.
                match disconnect(institution) {
                    Some(disconnect) => {
                        screen.actions.push((self.text(Msg::Refresh), Action::Refresh(institution.clone())));
                        screen.actions.push(disconnect);
                    }
                    None => screen.actions.push((self.text(Msg::ConnectAnother), Action::Search)),
                }
            }
            Step::Failed { institution, failure } => {
                let remedy = match failure {
                    Failure::Bank { status, code, .. } => Remedy::for_member(*status, *code),
                    // Already connected: starting it again would find the same connection.
                    Failure::Duplicated => Remedy::Nothing,
                    _ => Remedy::TryAgain,
                };
                let name = institution.as_ref().map_or("", |institution| institution.name.as_str());
                screen.heading = self.text(match failure {
                    Failure::Duplicated => Msg::DuplicatedHeading,
                    _ => Msg::ErrorHeading,
                });
                screen.mark = Some(Mark::Error);
                screen.text = Some(self.text(match remedy {
                    Remedy::VisitBank => Msg::ErrorVisitBank { institution: name },
                    Remedy::TryLater => Msg::ErrorTryLater { institution: name },
                    Remedy::ChooseAnother => Msg::ErrorFinal { institution: name },
                    Remedy::NoAccounts => Msg::ErrorNoAccounts { institution: name },
                    _ => failure_message(failure),
                }));
                // The bank's or the service's own words, when they sent some.
                screen.quote = match failure {
                    Failure::Bank { message, .. } => message.clone(),
                    Failure::Api(error) => error.user_message.clone(),
                    _ => None,
                };
                if let Some(institution) = institution.as_ref().filter(|_| remedy.retry_helps()) {
                    screen
                        .actions
                        .push((self.text(Msg::TryAgain), Action::TryAgain(institution.clone(), failure.clone())));
                }
                screen.actions.push((self.text(Msg::ChooseAnother), Action::Search));
                screen.actions.extend(institution.as_ref().and_then(disconnect));
                if self.services().settings.paths.support && screen.actions.len() < 3 {
                    screen.actions.push((self.text(Msg::ContactSupport), Action::ContactSupport));
                }
            }
            Step::OAuth { .. } => screen = self.drawn(DrawnBy::OAuth, step),
            Step::Disconnect { .. } | Step::Consent { .. } => screen = self.drawn(DrawnBy::MemberLifecycle, step),
            Step::Guided { .. } => return self.guided(GuidedEvent::Draw),
            _ => {}
        }
        screen.institution = step.institution().cloned();
        screen
    }

    /// Carries out a screen's `action`.
    pub fn act(&self, action: &Action) {
        match action {
            Action::Done(member_guid) => {
                self.emit(WidgetEvent::ConnectedPrimaryAction { member_guid: member_guid.clone() })
            }
            Action::Search => self.back_to_search(),
            Action::TryAgain(institution, failure) => self.try_again(institution.clone(), failure),
            Action::Refresh(institution) => self.refresh(institution.clone()),
            Action::AskDisconnect(institution) => self.ask_disconnect(institution.clone()),
            Action::Disconnect => self.disconnect(),
            Action::Back => self.back(),
            Action::AcceptConsent(institution) => self.accept_consent(institution.clone()),
            Action::DeclineConsent(institution) => self.decline_consent(institution),
            Action::OpenOAuth(institution, Some(start)) => self.open_oauth(institution.clone(), start.clone()),
            Action::OpenOAuth(_, None) => {}
            Action::ReopenOAuth => self.reopen_oauth(),
            Action::OAuthLinkOpened(institution, start) => self.oauth_link_opened(institution.clone(), start.clone()),
            Action::RedirectOAuth(institution, start) => self.redirect_oauth(institution.clone(), start.clone()),
            Action::Guided(action, _) => _ = self.guided(GuidedEvent::Act(*action)),
            Action::ContactSupport => self.start_guided(GuidedStart::Support),
        }
    }
}

/// The connected screen's lines for `accounts`: each by its name and the end of its number;
/// three at most, the third "and 4 more" beyond.
fn account_lines(accounts: &[ConnectedAccount], text: impl Fn(Msg<'_>) -> String) -> Vec<String> {
    let mut lines: Vec<String> = accounts.iter().map(|account| account_line(account, &text)).collect();
    if accounts.len() > 3 {
        lines.truncate(2);
        lines.push(text(Msg::MoreAccounts { count: accounts.len() as u64 - 2 }));
    }
    lines
}

/// An account by its name and the end of its number ("Checking (ending in 5678)").
pub(super) fn account_line(account: &ConnectedAccount, text: impl Fn(Msg<'_>) -> String) -> String {
    match &account.number_end {
        Some(number_end) => text(Msg::ConnectedAccount { name: &account.name, number_end }),
        None => account.name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, Texts};

    #[test]
    fn the_connected_accounts_are_three_lines_at_most() {
        let texts = Texts::new(Locale::default(), Vec::new());
        let account = |name: &str, number| ConnectedAccount::new(name, number);
        let lines = |accounts: &[ConnectedAccount]| account_lines(accounts, |message| texts.text(message));
        let three = [account("Checking", Some("1234-5678")), account("Card", None), account("Savings", Some("99"))];
        assert_eq!(lines(&three), ["Checking (ending in 5678)", "Card", "Savings (ending in 99)"]);
        let five = [three.as_slice(), &[account("ISK", None), account("Loan", None)]].concat();
        assert_eq!(lines(&five), ["Checking (ending in 5678)", "Card", "and 3 more accounts"]);
        assert_eq!(lines(&five[..4]), ["Checking (ending in 5678)", "Card", "and 2 more accounts"]);
        assert!(lines(&[]).is_empty());
    }
}
