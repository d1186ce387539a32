//! Verification mode's start: the connections the user made before that can verify an account
//! (`loadMembers`: `verification_is_enabled`, and managed by the user) are offered first, with the
//! search as the other way; MX's `VerifyNotEnabled` answer is said as such. Verifying one runs a
//! verification job on it (`runJob` with jobType 1) and follows it like any connection.

use std::rc::Rc;

use leptos::prelude::*;
use serde_json::Value;

use super::flow::{act, button, form, Guide, View};
use crate::backend::ApiErrorKind;
use crate::flow::Attempt;
use crate::i18n::{key, Msg};
use crate::model::{FieldKind, FieldOption, InstitutionKey};
use crate::ui::controller::Controller;
use crate::ui::screen::{Mark, Screen};

/// A connection that can verify an account: its guid, name and institution's guid.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Verifiable {
    guid: String,
    name: String,
    institution_guid: String,
}

impl Guide {
    /// `loadMembers(locale)`: the connections to offer, else the search (a backend without the
    /// callback, or with no such connection, starts there).
    pub(super) async fn offer_members(self: Rc<Self>, controller: Controller) {
        match controller.api().call("loadMembers", vec![controller.locale_tag().into()]).await {
            Ok(answer) => {
                let members = verifiable_members(&answer);
                if members.is_empty() {
                    controller.opening.try_set(false);
                    return;
                }
                self.state.borrow_mut().members = members;
                self.show(controller, View::Members);
            }
            Err(error) if error.message.contains("VerifyNotEnabled") => {
                let said = error.message.split("VerifyNotEnabled: ").nth(1).map(str::to_owned);
                self.state.borrow_mut().said = said;
                self.show(controller, View::VerifyNotEnabled);
            }
            Err(error) => {
                if !matches!(error.kind, ApiErrorKind::MissingCallback(_)) {
                    controller.report(&error);
                }
                controller.opening.try_set(false);
            }
        }
    }

    /// The connections to choose from, or what the backend said about verification.
    pub(super) fn members_screen(&self, controller: Controller, view: View) -> Screen {
        let text = |key| controller.text(Msg::keyed(key));
        let mut screen = Screen::default();
        if view == View::VerifyNotEnabled {
            screen.heading = text(key::GUIDED_VERIFY_NOT_ENABLED);
            screen.mark = Some(Mark::Error);
            screen.text = Some(text(key::GUIDED_VERIFY_NOT_ENABLED_BODY));
            screen.quote = self.state.borrow().said.clone();
            screen.actions.push(button(controller, Msg::keyed(key::GUIDED_VERIFY_SEARCH), act::SEARCH, true));
            return screen;
        }
        let mut choice = self.field("member", text(key::GUIDED_VERIFY_MEMBER), FieldKind::Radio);
        let members = self.state.borrow().members.clone();
        choice.options = members
            .iter()
            .map(|member| FieldOption {
                label: member.name.clone(),
                value: member.guid.clone(),
                ..FieldOption::default()
            })
            .collect();
        screen.heading = text(key::GUIDED_VERIFY_HEADING);
        screen.text = Some(text(key::GUIDED_VERIFY_BODY));
        screen.form = form(controller, vec![choice], Msg::keyed(key::GUIDED_VERIFY_SUBMIT));
        screen.actions.push(button(controller, Msg::keyed(key::GUIDED_VERIFY_SEARCH), act::SEARCH, false));
        screen
    }

    /// Verifies the chosen connection: its institution (`loadInstitutionByGuid`), then a
    /// verification job on it, followed on the progress screen.
    pub(super) fn verify_member(self: Rc<Self>, controller: Controller) {
        let chosen = {
            let state = self.state.borrow();
            let guid = state.typed.get("member");
            state.members.iter().find(|member| member.guid == guid).cloned()
        };
        let Some(member) = chosen else { return };
        self.show(controller, View::Working);
        controller.spawn(async move {
            match controller.api().load_institution(&InstitutionKey::Guid(member.institution_guid)).await {
                Ok(institution) => controller.start_attempt(institution, Attempt::Refresh { member_guid: member.guid }),
                Err(error) => {
                    controller.report(&error);
                    self.refuse(controller, View::Members, key::GUIDED_VERIFY_FAILED);
                }
            }
        });
    }
}

/// The members of `loadMembers`' answer (`{members: […]}` or bare) that can verify an account
/// and that the user manages.
pub(super) fn verifiable_members(answer: &Value) -> Vec<Verifiable> {
    let members = answer.get("members").unwrap_or(answer).as_array().cloned().unwrap_or_default();
    let mut offered = Vec::new();
    for member in &members {
        let text = |key: &str| member.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
        let flag = |key: &str| member.get(key).and_then(Value::as_bool);
        if flag("verification_is_enabled") == Some(true) && flag("is_managed_by_user") != Some(false) {
            let name = Some(text("name")).filter(|name| !name.is_empty()).unwrap_or_else(|| text("guid"));
            offered.push(Verifiable { guid: text("guid"), name, institution_guid: text("institution_guid") });
        }
    }
    offered.retain(|member| !member.guid.is_empty() && !member.institution_guid.is_empty());
    offered
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn only_the_users_connections_that_verify_are_offered() {
        let answer = json!({ "members": [
            { "guid": "MBR-1", "name": "Gringotts", "institution_guid": "INS-1", "verification_is_enabled": true, "is_managed_by_user": true },
            { "guid": "MBR-2", "name": "No verify", "institution_guid": "INS-2", "verification_is_enabled": false },
            { "guid": "MBR-3", "name": "Managed elsewhere", "institution_guid": "INS-3", "verification_is_enabled": true, "is_managed_by_user": false },
            { "guid": "MBR-4", "institution_guid": "INS-4", "verification_is_enabled": true },
            { "guid": "MBR-5", "name": "No institution", "verification_is_enabled": true },
        ] });
        let offered: Vec<_> = verifiable_members(&answer).into_iter().map(|m| (m.guid, m.name)).collect();
        assert_eq!(offered, [("MBR-1".into(), "Gringotts".into()), ("MBR-4".into(), "MBR-4".into())]);
        assert_eq!(
            verifiable_members(&json!([{ "guid": "MBR-1", "institution_guid": "I", "verification_is_enabled": true }]))
                .len(),
            1
        );
        assert!(verifiable_members(&json!(null)).is_empty());
    }
}
