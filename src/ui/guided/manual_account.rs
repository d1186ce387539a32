//! A manual account (`createAccount({account_type, user_name, balance, is_personal})`): the
//! form, then a screen that says it was added (and `manualAccount/added` for the host). A failure
//! keeps what the user typed and says so.

use std::rc::Rc;

use serde_json::Value;

use super::flow::{act, button, form, Guide, View};
use crate::events::WidgetEvent;
use crate::flow::balance_text;
use crate::i18n::{key, Msg};
use crate::json::object;
use crate::model::{FieldKind, FieldOption, Pattern};
use crate::ui::controller::Controller;
use crate::ui::screen::{Mark, Screen};

/// The account types offered, with MX's `account_type` codes.
const TYPES: [(usize, &str); 9] = [
    (key::MANUAL_ACCOUNT_TYPE_CHECKING, "1"),
    (key::MANUAL_ACCOUNT_TYPE_SAVINGS, "2"),
    (key::MANUAL_ACCOUNT_TYPE_CREDIT_CARD, "4"),
    (key::MANUAL_ACCOUNT_TYPE_LOAN, "3"),
    (key::MANUAL_ACCOUNT_TYPE_MORTGAGE, "7"),
    (key::MANUAL_ACCOUNT_TYPE_INVESTMENT, "5"),
    (key::MANUAL_ACCOUNT_TYPE_PROPERTY, "8"),
    (key::MANUAL_ACCOUNT_TYPE_CASH, "9"),
    (key::MANUAL_ACCOUNT_TYPE_OTHER, "0"),
];

impl Guide {
    /// The form, or the screen that says the account was added.
    pub(super) fn manual_account_screen(&self, controller: Controller, view: View) -> Screen {
        let mut screen = Screen::default();
        if view == View::ManualDone {
            let typed = &self.state.borrow().typed;
            screen.heading = controller.text(Msg::keyed(key::MANUAL_ACCOUNT_ADDED_HEADING));
            screen.mark = Some(Mark::Success);
            let name = typed.get("user_name").trim();
            screen.text = Some(controller.text(Msg::keyed_with(key::MANUAL_ACCOUNT_ADDED_BODY, "name", name)));
            screen.actions.push(button(controller, Msg::Done, act::DONE, true));
            return screen;
        }
        let option = |label: usize, value: &str| FieldOption {
            label: controller.text(Msg::keyed(label)),
            value: value.into(),
            ..FieldOption::default()
        };
        let mut kind =
            self.field("account_type", controller.text(Msg::keyed(key::MANUAL_ACCOUNT_TYPE)), FieldKind::Select);
        kind.options = TYPES.iter().map(|(label, value)| option(*label, value)).collect();
        let mut name = self.field("user_name", controller.text(Msg::keyed(key::MANUAL_ACCOUNT_NAME)), FieldKind::Text);
        name.max_length = Some(100);
        let mut balance =
            self.field("balance", controller.text(Msg::keyed(key::MANUAL_ACCOUNT_BALANCE)), FieldKind::Text);
        balance.required = false;
        let example = controller.text(Msg::keyed(key::MANUAL_ACCOUNT_BALANCE_INVALID));
        balance.pattern = Pattern::new(r"^\s*-?\s*[$€£]?\s*[0-9][0-9, ]*(\.[0-9]{1,2})?\s*$", Some(example)).ok();
        let mut owner =
            self.field("is_personal", controller.text(Msg::keyed(key::MANUAL_ACCOUNT_OWNER)), FieldKind::Radio);
        owner.options =
            vec![option(key::MANUAL_ACCOUNT_PERSONAL, "true"), option(key::MANUAL_ACCOUNT_BUSINESS, "false")];
        owner.value = owner.value.filter(|value| !value.is_empty()).or(Some("true".into()));
        screen.heading = controller.text(Msg::keyed(key::MANUAL_ACCOUNT_HEADING));
        screen.form = form(controller, vec![kind, name, balance, owner], Msg::keyed(key::MANUAL_ACCOUNT_ADD));
        screen.actions.push(button(controller, Msg::Back, act::BACK, false));
        screen
    }

    /// Creates the account; on success its screen, else the form again saying so.
    pub(super) fn add_manual_account(self: Rc<Self>, controller: Controller) {
        let account = {
            let typed = &self.state.borrow().typed;
            let balance = match typed.get("balance").trim() {
                "" => Some(Value::Null),
                typed => balance_text(typed).map(Value::from),
            };
            balance.map(|balance| typed_account(typed, balance))
        };
        match account {
            Some(account) => self.send_account(controller, account),
            None => self.refuse(controller, View::ManualForm, key::MANUAL_ACCOUNT_BALANCE_INVALID),
        }
    }

    fn send_account(self: Rc<Self>, controller: Controller, account: Value) {
        controller.spawn(async move {
            match controller.api().call("createAccount", vec![account.clone()]).await {
                Ok(answer) => {
                    let guid = crate::dialect::mx_guided::account_guid(&answer);
                    let kind = account.get("account_type").and_then(Value::as_u64).unwrap_or_default();
                    controller.emit(WidgetEvent::manual_account_added(&guid, kind));
                    self.show(controller, View::ManualDone);
                }
                Err(error) => {
                    controller.report(&error);
                    self.refuse(controller, View::ManualForm, key::MANUAL_ACCOUNT_FAILED);
                }
            }
        });
    }
}

/// `createAccount`'s argument from what the user typed.
fn typed_account(typed: &crate::model::FieldValues, balance: Value) -> Value {
    object(vec![
        ("account_type", typed.get("account_type").parse::<u64>().unwrap_or_default().into()),
        ("user_name", typed.get("user_name").trim().into()),
        ("balance", balance),
        ("is_personal", (typed.get("is_personal") != "false").into()),
    ])
}
