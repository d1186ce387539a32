//! "Can't find your bank?": the ways on the host offers (micro-deposits in verification mode, a
//! manual account in aggregation, a support request), and the search again.

use super::flow::{act, button, Guide};
use crate::i18n::{key, Msg};
use crate::ui::controller::Controller;
use crate::ui::screen::Screen;

impl Guide {
    /// The menu: one button per offered path, then back to the search.
    pub(super) fn menu_screen(&self, controller: Controller) -> Screen {
        let paths = controller.services().settings.paths;
        let mut actions = Vec::new();
        for (offered, label, action) in [
            (paths.microdeposits, key::GUIDED_MICRODEPOSITS, act::MICRODEPOSITS),
            (paths.manual_accounts, key::GUIDED_MANUAL_ACCOUNT, act::MANUAL_ACCOUNT),
            (paths.support, key::GUIDED_SUPPORT, act::SUPPORT),
        ] {
            if offered {
                actions.push(button(controller, Msg::keyed(label), action, actions.is_empty()));
            }
        }
        actions.truncate(2);
        actions.push(button(controller, Msg::Back, act::SEARCH, false));
        Screen {
            heading: controller.text(Msg::keyed(key::GUIDED_HEADING)),
            text: Some(controller.text(Msg::keyed(key::GUIDED_BODY))),
            actions,
            ..Screen::default()
        }
    }
}
