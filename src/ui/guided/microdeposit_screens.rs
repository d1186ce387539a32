//! The micro-deposit screens: the three forms (routing number; account type and number, twice;
//! the holder's name and email), the details to confirm, and the screen of every status.

use super::flow::{act, button, form, Guide, View};
use super::support::email_pattern;
use crate::flow::MicrodepositStage;
use crate::i18n::{key, Msg};
use crate::model::{Field, FieldKind, FieldOption};
use crate::ui::controller::Controller;
use crate::ui::screen::{Mark, Screen};

impl Guide {
    /// The micro-deposit screens.
    pub(super) fn microdeposit_screen(&self, controller: Controller, view: View) -> Screen {
        let text = |key| controller.text(Msg::keyed(key));
        let mut screen = Screen::default();
        let back = button(controller, Msg::Back, act::BACK, false);
        let done = button(controller, Msg::Done, act::DONE, true);
        let account = self.account_label(controller);
        match view {
            View::Routing => {
                screen.heading = text(key::MICRODEPOSITS_ROUTING_HEADING);
                screen.text = Some(text(key::MICRODEPOSITS_ROUTING_BODY));
                let mut routing =
                    self.field("routing_number", text(key::MICRODEPOSITS_ROUTING_NUMBER), FieldKind::Number);
                (routing.min_length, routing.max_length) = (Some(9), Some(9));
                screen.form = form(controller, vec![routing], Msg::Continue);
                if self.state.borrow().alert == Some(key::MICRODEPOSITS_ROUTING_CONNECT_INSTEAD) {
                    screen.actions.push(button(
                        controller,
                        Msg::keyed(key::MICRODEPOSITS_FIND_BANK),
                        act::SEARCH_ROUTING,
                        false,
                    ));
                }
                screen.actions.push(back);
            }
            View::Account => {
                screen.heading = text(key::MICRODEPOSITS_ACCOUNT_HEADING);
                let mut kind = self.field("account_type", text(key::MICRODEPOSITS_ACCOUNT_TYPE), FieldKind::Radio);
                kind.options = [(key::MICRODEPOSITS_CHECKING, "1"), (key::MICRODEPOSITS_SAVINGS, "2")]
                    .map(|(label, value)| FieldOption {
                        label: text(label),
                        value: value.into(),
                        ..FieldOption::default()
                    })
                    .into();
                kind.value = kind.value.filter(|value| !value.is_empty()).or(Some("1".into()));
                let number = |key: &str, label| {
                    let mut field = self.field(key, text(label), FieldKind::Number);
                    (field.min_length, field.max_length) = (Some(4), Some(17));
                    field
                };
                let fields = vec![
                    kind,
                    number("account_number", key::MICRODEPOSITS_ACCOUNT_NUMBER),
                    number("account_number_again", key::MICRODEPOSITS_ACCOUNT_NUMBER_AGAIN),
                ];
                screen.form = form(controller, fields, Msg::Continue);
                screen.actions.push(back);
            }
            View::Owner => {
                screen.heading = text(key::MICRODEPOSITS_OWNER_HEADING);
                screen.text = Some(text(key::MICRODEPOSITS_OWNER_BODY));
                let mut fields: Vec<Field> = [
                    ("first_name", key::MICRODEPOSITS_FIRST_NAME),
                    ("last_name", key::MICRODEPOSITS_LAST_NAME),
                    ("email", key::GUIDED_EMAIL),
                ]
                .map(|(name, label)| self.field(name, text(label), FieldKind::Text))
                .into();
                fields[2].pattern = email_pattern(controller);
                screen.form = form(controller, fields, Msg::Continue);
                screen.actions.push(back);
            }
            View::Confirm => {
                let typed = &self.state.borrow().typed;
                screen.heading = text(key::MICRODEPOSITS_CONFIRM_HEADING);
                let routing = typed.get("routing_number");
                let owner = format!("{} {}, {}", typed.get("first_name"), typed.get("last_name"), typed.get("email"));
                screen.list = vec![
                    controller.text(Msg::keyed_with(key::MICRODEPOSITS_CONFIRM_ROUTING, "routing_number", routing)),
                    account,
                    owner,
                ];
                screen.closing = Some(text(key::MICRODEPOSITS_CONFIRM_BODY));
                screen.actions = vec![
                    button(controller, Msg::keyed(key::MICRODEPOSITS_SEND), act::CONFIRM, true),
                    button(controller, Msg::keyed(key::MICRODEPOSITS_EDIT), act::EDIT, false),
                    back,
                ];
            }
            View::Working => {
                screen.heading = text(key::MICRODEPOSITS_WORKING);
                screen.busy = true;
            }
            View::Stage(MicrodepositStage::Waiting) => {
                screen.heading = text(key::MICRODEPOSITS_WAITING_HEADING);
                screen.text =
                    Some(controller.text(Msg::keyed_with(key::MICRODEPOSITS_WAITING_BODY, "account", &account)));
                let expected = self.state.borrow().microdeposit.as_ref().and_then(|m| m.deposit_expected_at.clone());
                screen.closing = expected.map(|iso| {
                    let date = controller.services().language.date(&iso);
                    controller.text(Msg::keyed_with(key::MICRODEPOSITS_WAITING_EXPECTED, "date", &date))
                });
                screen.actions.push(done);
            }
            View::Stage(MicrodepositStage::Amounts { .. }) => {
                screen.heading = text(key::MICRODEPOSITS_AMOUNTS_HEADING);
                screen.text =
                    Some(controller.text(Msg::keyed_with(key::MICRODEPOSITS_AMOUNTS_BODY, "account", &account)));
                let amount = |name: &str, label| {
                    let mut field = self.field(name, text(label), FieldKind::Text);
                    (field.hint, field.max_length) = (Some("0.07".into()), Some(8));
                    field
                };
                let fields = vec![
                    amount("amount_1", key::MICRODEPOSITS_FIRST_AMOUNT),
                    amount("amount_2", key::MICRODEPOSITS_SECOND_AMOUNT),
                ];
                screen.form = form(controller, fields, Msg::keyed(key::MICRODEPOSITS_VERIFY));
                screen.actions.push(back);
            }
            View::Stage(MicrodepositStage::Verified) => {
                screen.heading = text(key::MICRODEPOSITS_VERIFIED_HEADING);
                screen.mark = Some(Mark::Success);
                screen.text =
                    Some(controller.text(Msg::keyed_with(key::MICRODEPOSITS_VERIFIED_BODY, "account", &account)));
                screen.actions.push(done);
            }
            View::Stage(stage) => {
                let (heading, body) = match stage {
                    MicrodepositStage::TooManyAttempts => {
                        (key::MICRODEPOSITS_PREVENTED_HEADING, key::MICRODEPOSITS_PREVENTED)
                    }
                    MicrodepositStage::CheckDetails => (key::MICRODEPOSITS_FAILED_HEADING, key::MICRODEPOSITS_ERRORED),
                    MicrodepositStage::Rejected => (key::MICRODEPOSITS_FAILED_HEADING, key::MICRODEPOSITS_REJECTED),
                    _ => (key::MICRODEPOSITS_FAILED_HEADING, key::MICRODEPOSITS_CONFLICTED),
                };
                screen.heading = text(heading);
                screen.mark = Some(Mark::Error);
                screen.text = Some(text(body));
                screen.list = vec![account];
                if stage == MicrodepositStage::CheckDetails {
                    screen.actions.push(button(controller, Msg::keyed(key::MICRODEPOSITS_EDIT), act::EDIT, true));
                    screen.actions.push(button(controller, Msg::ChooseAnother, act::SEARCH, false));
                } else {
                    screen.actions.push(done);
                }
            }
            _ => {}
        }
        screen
    }

    /// The account's name for the user: the micro-deposit's, or "Checking ending in 1234" from
    /// what the user typed.
    pub(super) fn account_label(&self, controller: Controller) -> String {
        let state = self.state.borrow();
        if let Some(name) = state.microdeposit.as_ref().and_then(|m| m.account_name.clone()) {
            return name;
        }
        let number = state.typed.get("account_number");
        let last_four = &number[number.len().saturating_sub(4)..];
        let kind = match state.typed.get("account_type") {
            "2" => key::MICRODEPOSITS_SAVINGS,
            _ => key::MICRODEPOSITS_CHECKING,
        };
        let kind = controller.text(Msg::keyed(kind));
        controller.text(Msg::Keyed {
            key: key::MICRODEPOSITS_ACCOUNT_NAME,
            values: [("account_type", &kind), ("last_four", last_four)],
        })
    }
}
