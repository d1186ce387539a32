//! Verification mode, after connecting: when the connection lists several accounts, the user
//! chooses the one to verify (`verification/accountSelected`); the connected screen then shows it
//! and the host hears `memberConnected`.

use super::flow::{form, Guide};
use crate::events::WidgetEvent;
use crate::flow::Step;
use crate::i18n::{key, Msg};
use crate::model::{FieldKind, FieldOption};
use crate::ui::controller::Controller;
use crate::ui::screen::{account_line, Screen};

/// The choice field's key.
const ACCOUNT: &str = "account";

impl Guide {
    /// The connection's accounts to choose from, by name and the end of their numbers.
    pub(super) fn account_choice_screen(&self, controller: Controller) -> Screen {
        let Some(Step::Connected { institution, accounts, .. }) = self.state.borrow().connected.clone() else {
            return Screen::default();
        };
        let text = |message: Msg<'_>| controller.text(message);
        let mut choice = self.field(ACCOUNT, text(Msg::keyed(key::GUIDED_ACCOUNT)), FieldKind::Radio);
        choice.options = (accounts.iter().enumerate())
            .map(|(index, account)| FieldOption {
                label: account_line(account, text),
                value: index.to_string(),
                ..FieldOption::default()
            })
            .collect();
        Screen {
            heading: text(Msg::keyed(key::GUIDED_ACCOUNT_HEADING)),
            text: Some(controller.text(Msg::keyed_with(key::GUIDED_ACCOUNT_BODY, "institution", &institution.name))),
            institution: Some(institution),
            form: form(controller, vec![choice], Msg::keyed(key::GUIDED_VERIFY_SUBMIT)),
            ..Screen::default()
        }
    }

    /// The user chose the account to verify: the host hears which, then the connection.
    pub(super) fn choose_account(&self, controller: Controller) {
        let chosen = self.state.borrow().typed.get(ACCOUNT).parse::<usize>().ok();
        let Some(Step::Connected { institution, member_guid, accounts }) = self.state.borrow_mut().connected.take()
        else {
            return;
        };
        let Some(account) = chosen.and_then(|index| accounts.into_iter().nth(index)) else { return };
        controller.emit(WidgetEvent::account_selected(&member_guid, &account));
        controller.connected(Step::Connected { institution, member_guid, accounts: vec![account] });
    }
}
