//! Screens that are a heading, text and actions — "Loading…", the progress screen, the connected
//! screen, the error screen and the disconnection's three — as data for one view ([`crate::ui::steps::ScreenStep`]): what each
//! says and offers is decided here, in one place.

use super::attempt::failure_message;
use super::controller::Controller;
use crate::events::WidgetEvent;
use crate::flow::{DisconnectStage, Failure, Remedy, Step};
use crate::i18n::Msg;
use crate::model::Institution;

/// What a screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen {
    pub heading: String,
    /// Said first, as an alert (e.g. the last try failed).
    pub alert: Option<String>,
    /// A success mark under the heading.
    pub success: bool,
    /// Work in progress: a spinner, and the screen is busy.
    pub busy: bool,
    /// The connection's progress, live (what the bank is doing; "taking longer" after a while).
    pub progress: bool,
    /// What happened, or what to do.
    pub text: Option<String>,
    /// The words of the bank or the service, isolated as provider text.
    pub quote: Option<String>,
    /// The buttons (at most three), the primary one first.
    pub actions: Vec<(String, Action)>,
}

/// What a screen's button does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// "Done" on the connected screen: the host hears it.
    Done(String),
    /// Back to the search (another institution).
    Search,
    /// "Try again" after a failure at the institution.
    TryAgain(Institution, Failure),
    /// Ask to disconnect the member being repaired.
    AskDisconnect(Institution),
    /// The user confirmed the disconnection.
    Disconnect,
    /// One step back (the host's "back").
    Back,
}

impl Action {
    /// Whether it is the screen's primary action (drawn first, filled).
    pub fn is_primary(&self) -> bool {
        matches!(self, Action::Done(_) | Action::TryAgain(..) | Action::Disconnect)
    }
}

impl Controller {
    /// The screen of `step`, for the steps that are a heading, text and actions (the search's is
    /// "Loading…", shown while the widget opens somewhere else).
    pub fn screen(&self, step: &Step) -> Screen {
        let mut screen = Screen {
            heading: String::new(),
            alert: None,
            success: false,
            busy: false,
            progress: false,
            text: None,
            quote: None,
            actions: Vec::new(),
        };
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
            Step::Connected { institution, member_guid } => {
                screen.heading = self.text(Msg::ConnectedHeading);
                screen.success = true;
                screen.text = Some(self.text(Msg::ConnectedBody { institution: &institution.name }));
                screen.actions.push((self.text(Msg::Done), Action::Done(member_guid.clone())));
                screen.actions.push((self.text(Msg::ConnectAnother), Action::Search));
                screen.actions.extend(disconnect(institution));
            }
            Step::Failed { institution, failure } => {
                let remedy = match failure {
                    Failure::Bank { status, .. } => Remedy::for_status(*status),
                    _ => Remedy::TryAgain,
                };
                let name = institution.as_ref().map_or("", |institution| institution.name.as_str());
                screen.heading = self.text(Msg::ErrorHeading);
                screen.text = Some(self.text(match remedy {
                    Remedy::VisitBank => Msg::ErrorVisitBank { institution: name },
                    Remedy::TryLater => Msg::ErrorTryLater { institution: name },
                    Remedy::ChooseAnother => Msg::ErrorFinal { institution: name },
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
            }
            Step::Disconnect { institution, stage, .. } => {
                let name = institution.name.as_str();
                match stage {
                    DisconnectStage::Confirm { failed } => {
                        screen.heading = self.text(Msg::DisconnectHeading { institution: name });
                        screen.alert = failed.then(|| self.text(Msg::DisconnectFailed { institution: name }));
                        screen.text = Some(self.text(Msg::DisconnectBody { institution: name }));
                        screen.actions.push((self.text(Msg::Disconnect), Action::Disconnect));
                        screen.actions.push((self.text(Msg::Cancel), Action::Back));
                    }
                    DisconnectStage::Disconnecting => {
                        screen.heading = self.text(Msg::Disconnecting { institution: name });
                        screen.busy = true;
                    }
                    DisconnectStage::Done => {
                        screen.heading = self.text(Msg::DisconnectedHeading);
                        screen.text = Some(self.text(Msg::DisconnectedBody { institution: name }));
                        screen.actions.push((self.text(Msg::ConnectAnother), Action::Search));
                    }
                }
            }
            _ => {}
        }
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
            Action::AskDisconnect(institution) => self.ask_disconnect(institution.clone()),
            Action::Disconnect => self.disconnect(),
            Action::Back => self.back(),
        }
    }
}
