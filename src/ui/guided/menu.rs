//! "Can't find your bank?": the ways on the host offers (micro-deposits in verification mode, a
//! manual account in aggregation, a support request), searching in another of the host's
//! countries (`allowed_countries`), and the search again.

use super::flow::{act, button, form, Guide};
use crate::i18n::{key, Msg};
use crate::model::{FieldKind, FieldOption};
use crate::ui::controller::Controller;
use crate::ui::screen::Screen;

/// The country field's key.
const COUNTRY: &str = "country";

impl Guide {
    /// The menu: the country to search in (when the host allows several), one button per offered
    /// path, then back to the search.
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
            form: paths.countries.then(|| self.country_form(controller)).flatten(),
            actions,
            ..Screen::default()
        }
    }

    /// The host's countries, by name in the widget's language, the one searched now chosen.
    fn country_form(&self, controller: Controller) -> Option<crate::ui::screen::ScreenForm> {
        let services = controller.services();
        let name = |code: &str| match code {
            "XF" => controller.text(Msg::keyed(key::GUIDED_COUNTRY_FAKE)),
            "XO" => controller.text(Msg::keyed(key::GUIDED_COUNTRY_OTHER)),
            _ => services.language.region_name(code).unwrap_or_else(|| code.to_owned()),
        };
        let mut country = self.field(COUNTRY, controller.text(Msg::keyed(key::GUIDED_COUNTRY)), FieldKind::Select);
        country.options = (services.settings.countries.split(','))
            .map(|code| FieldOption {
                label: name(code.trim()),
                value: code.trim().to_owned(),
                ..FieldOption::default()
            })
            .collect();
        let searched = services.search_country.borrow().clone();
        country.value = country.value.filter(|typed| !typed.is_empty()).or(searched);
        form(controller, vec![country], Msg::keyed(key::GUIDED_COUNTRY_SEARCH))
    }

    /// The user chose a country: the search asks for its institutions from now on, and runs again.
    pub(super) fn choose_country(&self, controller: Controller) {
        let chosen = self.state.borrow().typed.get(COUNTRY).to_owned();
        controller.services().search_country.replace(Some(chosen).filter(|code| !code.is_empty()));
        controller.back_to_search();
    }
}
