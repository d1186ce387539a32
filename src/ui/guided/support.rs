//! A support request (`createSupportTicket({email, title, message})`): the form, then a screen
//! that says it was sent. A failure keeps what the user wrote and says so.

use std::rc::Rc;

use serde_json::Value;

use super::flow::{act, button, form, Guide, View};
use crate::events::WidgetEvent;
use crate::i18n::{key, Msg};
use crate::json::object;
use crate::model::{FieldKind, Pattern};
use crate::ui::controller::Controller;
use crate::ui::screen::{Mark, Screen};

/// The form's fields, in order.
const FIELDS: [(&str, usize); 3] =
    [("email", key::GUIDED_EMAIL), ("title", key::SUPPORT_TITLE), ("message", key::SUPPORT_MESSAGE)];

impl Guide {
    /// The form, or the screen that says the request was sent.
    pub(super) fn support_screen(&self, controller: Controller, view: View) -> Screen {
        let mut screen = Screen::default();
        if view == View::SupportSent {
            let typed = &self.state.borrow().typed;
            screen.heading = controller.text(Msg::keyed(key::SUPPORT_SENT_HEADING));
            screen.mark = Some(Mark::Success);
            screen.text = Some(controller.text(Msg::keyed_with(key::SUPPORT_SENT_BODY, "email", typed.get("email"))));
            screen.actions.push(button(controller, crate::i18n::Msg::Done, act::DONE, true));
            return screen;
        }
        let mut fields = Vec::new();
        for (name, label) in FIELDS {
            let mut field = self.field(name, controller.text(Msg::keyed(label)), FieldKind::Text);
            field.max_length = Some(if name == "message" { 2000 } else { 200 });
            if name == "email" {
                field.pattern = email_pattern(controller);
            }
            fields.push(field);
        }
        screen.heading = controller.text(Msg::keyed(key::SUPPORT_HEADING));
        screen.text = Some(controller.text(Msg::keyed(key::SUPPORT_BODY)));
        screen.form = form(controller, fields, Msg::keyed(key::SUPPORT_SEND));
        screen.actions.push(button(controller, crate::i18n::Msg::Back, act::BACK, false));
        screen
    }

    /// Sends the request; on success the sent screen (and `support/requestSent` for the host).
    pub(super) fn send_support_request(self: Rc<Self>, controller: Controller) {
        let ticket = {
            let typed = &self.state.borrow().typed;
            object(FIELDS.iter().map(|(name, _)| (*name, Value::from(typed.get(name).trim()))).collect())
        };
        controller.spawn(async move {
            match controller.api().call("createSupportTicket", vec![ticket]).await {
                Ok(_) => {
                    controller.emit(WidgetEvent::support_request_sent());
                    self.show(controller, View::SupportSent);
                }
                Err(error) => {
                    controller.report(&error);
                    self.refuse(controller, View::SupportForm, key::SUPPORT_FAILED);
                }
            }
        });
    }
}

/// An email address's shape, with the message that shows an example.
pub(super) fn email_pattern(controller: Controller) -> Option<Pattern> {
    Pattern::new(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", Some(controller.text(Msg::keyed(key::GUIDED_EMAIL_INVALID)))).ok()
}
