//! The guided flow itself (lazily loaded module `guided`): its state, the screen each view shows
//! and what the buttons and forms do, split by path in the sibling modules.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use super::{GuidedEvent, GuidedFlow, GuidedStart, HOST_BACK};
use crate::backend::{ApiError, ApiErrorKind};
use crate::dialect::DialectError;
use crate::flow::{MicrodepositStage, Step};
use crate::i18n::Msg;
use crate::model::{Field, FieldKind, FieldValues, Microdeposit};
use crate::ui::controller::Controller;
use crate::ui::screen::{Action, Screen, ScreenForm};

/// What the buttons of the guided screens do (the number in [`Action::Guided`]).
pub(super) mod act {
    /// One screen back (also the host's "back").
    pub const BACK: u8 = super::HOST_BACK;
    /// Back to the search.
    pub const SEARCH: u8 = 1;
    /// "Connect with account numbers": micro-deposits.
    pub const MICRODEPOSITS: u8 = 2;
    /// "Add an account manually".
    pub const MANUAL_ACCOUNT: u8 = 3;
    /// "Contact support".
    pub const SUPPORT: u8 = 4;
    /// Send the deposits to the confirmed details.
    pub const CONFIRM: u8 = 5;
    /// Change the account's details.
    pub const EDIT: u8 = 6;
    /// The flow's end screen is done with.
    pub const DONE: u8 = 7;
    /// Search for the bank by the routing number the user typed (connect it instead).
    pub const SEARCH_ROUTING: u8 = 8;
}

/// Where the guided flow is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum View {
    /// Loading a micro-deposit the host opened the widget on.
    #[default]
    Loading,
    /// "Can't find your bank?": the ways on.
    Menu,
    /// Micro-deposits: the routing number.
    Routing,
    /// Micro-deposits: account type and number (twice).
    Account,
    /// Micro-deposits: the account holder's name and email.
    Owner,
    /// Micro-deposits: the details to confirm, with "Edit".
    Confirm,
    /// Micro-deposits: sending the request, or checking the amounts.
    Working,
    /// Micro-deposits: where the micro-deposit's status leads.
    Stage(MicrodepositStage),
    /// A manual account's form, then its success screen.
    ManualForm,
    ManualDone,
    /// A support request's form, then its success screen.
    SupportForm,
    SupportSent,
    /// Verification mode: the connections that can verify an account, or the backend's
    /// `VerifyNotEnabled`.
    Members,
    VerifyNotEnabled,
    /// Verification mode: which of the connection's accounts to verify.
    ChooseAccount,
}

/// A guided flow in progress.
#[derive(Default)]
pub struct Guide {
    pub(super) state: RefCell<GuideState>,
}

/// What the guided flow keeps between its screens.
#[derive(Default)]
pub(super) struct GuideState {
    pub view: View,
    /// Everything the user typed in the guided forms: kept across screens, edits and failures.
    pub typed: FieldValues,
    /// The micro-deposit being set up or verified.
    pub microdeposit: Option<Microdeposit>,
    /// Said first on the current screen (why the last try did not work), by message key.
    pub alert: Option<usize>,
    /// The flow started at "Can't find your bank?": its paths go back there.
    pub from_menu: bool,
    /// The connections offered for verification.
    pub members: Vec<super::verify::Verifiable>,
    /// What the backend said (`VerifyNotEnabled`'s message).
    pub said: Option<String>,
    /// The connected step whose account to verify the user chooses.
    pub connected: Option<Step>,
}

impl Guide {
    /// Its first screen: the menu, or the micro-deposit the host opened the widget on.
    pub async fn begin(self: Rc<Self>, controller: Controller, start: GuidedStart) {
        match start {
            GuidedStart::Menu => {
                self.state.borrow_mut().from_menu = true;
                self.show(controller, View::Menu)
            }
            GuidedStart::Support => self.show(controller, View::SupportForm),
            GuidedStart::Verify => self.offer_members(controller).await,
            GuidedStart::Microdeposit(guid) => self.resume_microdeposit(controller, guid).await,
            GuidedStart::ChooseAccount(connected) => {
                self.state.borrow_mut().connected = Some(*connected);
                self.show(controller, View::ChooseAccount)
            }
        }
    }

    /// Moves to `view` (clearing the alert of the screen before).
    pub(super) fn show(&self, controller: Controller, view: View) {
        self.redraw(controller, view, None);
    }

    /// Stays on the form of `view`, saying `alert` (what the user typed is kept).
    pub(super) fn refuse(&self, controller: Controller, view: View, alert: usize) {
        self.redraw(controller, view, Some(alert));
    }

    /// Moves to `view` with `alert`, and the step with it.
    fn redraw(&self, controller: Controller, view: View, alert: Option<usize>) {
        {
            let mut state = self.state.borrow_mut();
            state.view = view;
            state.alert = alert;
        }
        controller.opening.try_set(false);
        let name = match view {
            View::Menu => "cantFindInstitution",
            View::Members => "verifyExistingMember",
            View::VerifyNotEnabled => "verifyError",
            View::ChooseAccount => "chooseAccount",
            View::ManualForm | View::ManualDone => "addManualAccount",
            View::SupportForm | View::SupportSent => "support",
            // While the backend works, the step keeps its name (verifying a connection, micro-deposits).
            View::Working => match controller.step.get_untracked() {
                Step::Guided { name, .. } => name,
                _ => "microdeposits",
            },
            _ => "microdeposits",
        };
        controller.go(Step::Guided { name, screen: screen_name(view) });
    }

    /// Keeps `values` among what the user typed.
    pub(super) fn keep(&self, values: FieldValues) {
        self.state.borrow_mut().typed.merge(values);
    }

    /// A form field `key`, required, holding what the user typed in it before.
    pub(super) fn field(&self, key: &str, label: String, kind: FieldKind) -> Field {
        let value = self.state.borrow().typed.get(key).to_owned();
        Field { key: key.into(), label, kind, required: true, value: Some(value), ..Field::default() }
    }
}

/// The focus-tracking name of `view`'s screen.
fn screen_name(view: View) -> &'static str {
    match view {
        View::Loading => "guided-loading",
        View::Menu => "guided-menu",
        View::Routing => "microdeposits-routing",
        View::Account => "microdeposits-account",
        View::Owner => "microdeposits-owner",
        View::Confirm => "microdeposits-confirm",
        View::Working => "microdeposits-working",
        View::Stage(MicrodepositStage::Details) => "microdeposits-details",
        View::Stage(MicrodepositStage::Waiting) => "microdeposits-waiting",
        View::Stage(MicrodepositStage::Amounts { .. }) => "microdeposits-amounts",
        View::Stage(MicrodepositStage::Verified) => "microdeposits-verified",
        View::Stage(_) => "microdeposits-failed",
        View::ManualForm => "manual-account",
        View::ManualDone => "manual-account-added",
        View::SupportForm => "support",
        View::SupportSent => "support-sent",
        View::Members => "verify-members",
        View::VerifyNotEnabled => "verify-not-enabled",
        View::ChooseAccount => "choose-account",
    }
}

/// A button of a guided screen.
pub(super) fn button(controller: Controller, label: Msg<'_>, action: u8, primary: bool) -> (String, Action) {
    (controller.text(label), Action::Guided(action, primary))
}

/// A form of a guided screen.
pub(super) fn form(controller: Controller, fields: Vec<Field>, submit: Msg<'_>) -> Option<ScreenForm> {
    let schema = crate::model::CredentialSchema::new(crate::model::Dialect::Mx, fields);
    Some(ScreenForm { schema, submit: controller.text(submit) })
}

/// A backend answer the flow could not read, as the failure the host hears about.
pub(super) fn unreadable(name: &str, error: DialectError) -> ApiError {
    ApiError::new(ApiErrorKind::InvalidResponse { field: None }, format!("`{name}` answered: {error}"))
}

impl GuidedFlow for Guide {
    fn handle(self: Rc<Self>, controller: Controller, event: GuidedEvent) -> Screen {
        match event {
            GuidedEvent::Draw => return self.screen(controller),
            GuidedEvent::Act(action) => self.act(controller, action),
            GuidedEvent::Submit(values) => self.submit(controller, values),
        }
        Screen::default()
    }
}

impl Guide {
    /// The current screen.
    fn screen(&self, controller: Controller) -> Screen {
        let view = self.state.borrow().view;
        let mut screen = match view {
            View::Loading => Screen { heading: controller.text(Msg::Loading), busy: true, ..Screen::default() },
            View::Menu => self.menu_screen(controller),
            View::ManualForm | View::ManualDone => self.manual_account_screen(controller, view),
            View::SupportForm | View::SupportSent => self.support_screen(controller, view),
            View::Members | View::VerifyNotEnabled => self.members_screen(controller, view),
            View::ChooseAccount => self.account_choice_screen(controller),
            _ => self.microdeposit_screen(controller, view),
        };
        screen.alert = self.state.borrow().alert.map(|key| controller.text(Msg::keyed(key)));
        screen
    }

    /// A button of the current screen was pressed.
    fn act(self: Rc<Self>, controller: Controller, action: u8) {
        let view = self.state.borrow().view;
        match action {
            act::SEARCH => controller.back_to_search(),
            act::MICRODEPOSITS => self.show(controller, View::Routing),
            act::MANUAL_ACCOUNT => self.show(controller, View::ManualForm),
            act::SUPPORT => self.show(controller, View::SupportForm),
            HOST_BACK => match view {
                View::Account => self.show(controller, View::Routing),
                View::Owner => self.show(controller, View::Account),
                View::Confirm => self.show(controller, View::Owner),
                View::Routing | View::ManualForm | View::SupportForm
                    if controller.services().settings.paths.count() > 1 =>
                {
                    self.show(controller, View::Menu)
                }
                // Nothing to go back to while the backend works, nor once connected.
                View::Working | View::Loading | View::ChooseAccount => {}
                _ => controller.back_to_search(),
            },
            _ => self.microdeposit_act(controller, action),
        }
    }

    /// The current screen's form was submitted with valid `values`.
    fn submit(self: Rc<Self>, controller: Controller, values: FieldValues) {
        self.keep(values);
        let view = self.state.borrow().view;
        match view {
            View::ManualForm => self.add_manual_account(controller),
            View::SupportForm => self.send_support_request(controller),
            View::Members => self.verify_member(controller),
            View::Menu => self.choose_country(controller),
            View::ChooseAccount => self.choose_account(controller),
            _ => self.microdeposit_submit(controller, view),
        }
    }
}
