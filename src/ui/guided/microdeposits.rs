//! Micro-deposits (MX's callbacks), what the buttons and forms do: the routing number (checked,
//! then `verifyRoutingNumber`), the account's details (the two numbers must match),
//! `createMicrodeposit` (or `updateMicrodeposit` for one the host started or that failed), and on
//! return (`current_microdeposit_guid`: load, refresh, a few polls) the two amounts
//! (`verifyMicrodeposit`) and where each status leads. The screens: `microdeposit_screens`.

use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use serde_json::Value;

use super::flow::{act, unreadable, Guide, View};
use crate::backend::{ApiErrorKind, ApiResult};
use crate::dialect::mx_guided::{blocked_routing, microdeposit};
use crate::events::WidgetEvent;
use crate::flow::{deposit_cents, MicrodepositStage};
use crate::i18n::key;
use crate::json::object;
use crate::model::MicrodepositStatus;
use crate::model::{BlockedRouting, Microdeposit, RoutingNumber};
use crate::ui::controller::Controller;

/// The form fields of the account's details, as `createMicrodeposit` names them.
const DETAILS: [&str; 6] = ["routing_number", "account_type", "account_number", "first_name", "last_name", "email"];

impl Guide {
    /// A button of a micro-deposit screen.
    pub(super) fn microdeposit_act(self: Rc<Self>, controller: Controller, action: u8) {
        let (view, guid, status) = {
            let state = self.state.borrow();
            let microdeposit = state.microdeposit.as_ref();
            (state.view, microdeposit.map(|m| m.guid.clone()).unwrap_or_default(), microdeposit.map(|m| m.status))
        };
        match action {
            act::EDIT => self.show(controller, View::Routing),
            act::CONFIRM => self.send_details(controller),
            act::SEARCH_ROUTING => {
                let routing = self.state.borrow().typed.get("routing_number").to_owned();
                controller.remember_query(routing);
                controller.back_to_search();
            }
            act::DONE => {
                let event = match (view, status) {
                    (View::Stage(MicrodepositStage::Waiting), _) => {
                        Some(WidgetEvent::microdeposit("microdeposits/comeBack/primaryAction", &guid))
                    }
                    (View::Stage(MicrodepositStage::TooManyAttempts | MicrodepositStage::Rejected), Some(status)) => {
                        Some(WidgetEvent::microdeposit_given_up(status.name(), &guid))
                    }
                    _ => None,
                };
                if let Some(event) = event {
                    controller.emit(event);
                }
                controller.back_to_search();
            }
            _ => {}
        }
    }

    /// A micro-deposit form was submitted (its values are kept already).
    pub(super) fn microdeposit_submit(self: Rc<Self>, controller: Controller, view: View) {
        let typed = self.state.borrow().typed.clone();
        match view {
            View::Routing => match RoutingNumber::of(typed.get("routing_number").trim()) {
                RoutingNumber::Valid => self.check_routing(controller, typed.get("routing_number").trim().to_owned()),
                _ => self.refuse(controller, view, key::MICRODEPOSITS_ROUTING_INVALID),
            },
            View::Account if typed.get("account_number").trim() != typed.get("account_number_again").trim() => {
                self.refuse(controller, view, key::MICRODEPOSITS_ACCOUNT_NUMBERS_DIFFER)
            }
            View::Account if self.knows_owner() => self.show(controller, View::Confirm),
            View::Account => self.show(controller, View::Owner),
            View::Owner => self.show(controller, View::Confirm),
            View::Stage(MicrodepositStage::Amounts { .. }) => {
                match (deposit_cents(typed.get("amount_1")), deposit_cents(typed.get("amount_2"))) {
                    (Ok(first), Ok(second)) => self.verify_amounts(controller, first, second),
                    _ => self.refuse(controller, view, key::MICRODEPOSITS_AMOUNT_INVALID),
                }
            }
            _ => {}
        }
    }

    /// Whether the host gave the holder's name and email (a micro-deposit it started): the form
    /// that asks for them is then left out.
    fn knows_owner(&self) -> bool {
        let state = self.state.borrow();
        let Some(given) = state.microdeposit.as_ref() else { return false };
        [&given.first_name, &given.last_name, &given.email].iter().all(|value| value.is_some())
    }

    /// `verifyRoutingNumber`: on to the account's details, or the routing form saying why not.
    fn check_routing(self: Rc<Self>, controller: Controller, routing: String) {
        self.show(controller, View::Working);
        controller.spawn(async move {
            let answer =
                controller.api().call("verifyRoutingNumber", vec![routing.as_str().into(), false.into()]).await;
            let blocked = match answer {
                Ok(answer) => blocked_routing(&answer),
                // A host without the check: the deposits will tell.
                Err(error) if matches!(error.kind, ApiErrorKind::MissingCallback(_)) => None,
                Err(error) => {
                    controller.report(&error);
                    return self.refuse(controller, View::Routing, key::MICRODEPOSITS_ROUTING_CHECK_FAILED);
                }
            };
            let Some(reason) = blocked else { return self.show(controller, View::Account) };
            let (name, alert) = match reason {
                BlockedRouting::Invalid => ("INVALID", key::MICRODEPOSITS_ROUTING_UNKNOWN),
                BlockedRouting::Blocked => ("BLOCKED", key::MICRODEPOSITS_ROUTING_BLOCKED),
                BlockedRouting::ConnectInstead => ("IAV_PREFERRED", key::MICRODEPOSITS_ROUTING_CONNECT_INSTEAD),
            };
            controller.emit(WidgetEvent::blocked_routing_number(&routing, name));
            self.refuse(controller, View::Routing, alert);
        });
    }

    /// `createMicrodeposit` (or `updateMicrodeposit` for one the host started or that failed),
    /// then where its status leads; a failure comes back to the confirmation, saying so.
    fn send_details(self: Rc<Self>, controller: Controller) {
        let account_name = self.account_label(controller);
        let (details, existing) = {
            let state = self.state.borrow();
            let mut entries = vec![("account_name", Value::from(account_name))];
            for name in DETAILS {
                let value = state.typed.get(name).trim();
                entries.push((
                    name,
                    if name == "account_type" { value.parse::<u64>().unwrap_or(1).into() } else { value.into() },
                ));
            }
            let existing = state.microdeposit.as_ref().map(|m| m.guid.clone());
            (object(entries), existing)
        };
        self.show(controller, View::Working);
        controller.spawn(async move {
            let (name, args) = match existing {
                Some(guid) => ("updateMicrodeposit", vec![guid.into(), details]),
                None => ("createMicrodeposit", vec![details]),
            };
            match read(controller, name, args).await {
                Ok(sent) => {
                    controller.emit(WidgetEvent::microdeposit("microdeposits/detailsSubmitted", &sent.guid));
                    self.arrive(controller, sent);
                }
                Err(error) => {
                    controller.report(&error);
                    self.refuse(controller, View::Confirm, key::MICRODEPOSITS_SEND_FAILED);
                }
            }
        });
    }

    /// `verifyMicrodeposit` with the amounts in cents ("07"), then its status once the backend
    /// has checked them (polled while it stays DEPOSITED).
    fn verify_amounts(self: Rc<Self>, controller: Controller, first: u8, second: u8) {
        let Some(guid) = self.state.borrow().microdeposit.as_ref().map(|m| m.guid.clone()) else { return };
        self.show(controller, View::Working);
        controller.spawn(async move {
            let amounts = object(vec![
                ("deposit_amount_1", format!("{first:02}").into()),
                ("deposit_amount_2", format!("{second:02}").into()),
            ]);
            let mut answer = read(controller, "verifyMicrodeposit", vec![guid.as_str().into(), amounts]).await;
            let delays = controller.services().policy.delays().take(5);
            for delay in delays {
                if !matches!(&answer, Ok(m) if m.status == MicrodepositStatus::Deposited) {
                    break;
                }
                TimeoutFuture::new(delay).await;
                answer = read(controller, "loadMicrodepositByGuid", vec![guid.as_str().into()]).await;
            }
            match answer {
                Ok(checked) if checked.status == MicrodepositStatus::Denied => {
                    self.state.borrow_mut().microdeposit = Some(checked);
                    self.refuse(
                        controller,
                        View::Stage(MicrodepositStage::Amounts { retry: true }),
                        key::MICRODEPOSITS_DENIED,
                    );
                }
                Ok(checked) => self.arrive(controller, checked),
                Err(error) => {
                    controller.report(&error);
                    let view = View::Stage(MicrodepositStage::Amounts { retry: false });
                    self.refuse(controller, view, key::MICRODEPOSITS_VERIFY_FAILED);
                }
            }
        });
    }

    /// Opens on the micro-deposit the host named: `loadMicrodepositByGuid`, then
    /// `refreshMicrodepositStatus` and a few polls for a newer status (as MX's widget does).
    pub(super) async fn resume_microdeposit(self: Rc<Self>, controller: Controller, guid: String) {
        let first = match read(controller, "loadMicrodepositByGuid", vec![guid.as_str().into()]).await {
            Ok(first) => first,
            Err(error) => return controller.not_opened(error),
        };
        let mut latest = first.clone();
        if controller.api().call("refreshMicrodepositStatus", vec![guid.as_str().into()]).await.is_ok() {
            for delay in controller.services().policy.delays().take(3) {
                TimeoutFuture::new(delay).await;
                match read(controller, "loadMicrodepositByGuid", vec![guid.as_str().into()]).await {
                    Ok(polled) if polled.status != first.status => {
                        latest = polled;
                        break;
                    }
                    _ => {}
                }
            }
        }
        let initial = match latest.status.stage() {
            MicrodepositStage::Details => "routingNumber",
            MicrodepositStage::Waiting => "comeBack",
            MicrodepositStage::Amounts { .. } => "verifyDeposits",
            MicrodepositStage::Verified => "verified",
            _ => "errors",
        };
        controller.emit(WidgetEvent::microdeposits_loaded(initial));
        self.arrive(controller, latest);
    }

    /// Keeps `microdeposit` (its details fill the forms) and shows where its status leads.
    fn arrive(&self, controller: Controller, microdeposit: Microdeposit) {
        let stage = microdeposit.status.stage();
        {
            let mut state = self.state.borrow_mut();
            let typed = &mut state.typed;
            let known = [
                ("routing_number", microdeposit.routing_number.clone()),
                ("account_type", microdeposit.account_type.map(|kind| kind.to_string())),
                ("first_name", microdeposit.first_name.clone()),
                ("last_name", microdeposit.last_name.clone()),
                ("email", microdeposit.email.clone()),
            ];
            for (name, value) in known {
                if let Some(value) = value.filter(|_| typed.get(name).is_empty()) {
                    typed.set(name, value);
                }
            }
            state.microdeposit = Some(microdeposit);
        }
        match stage {
            MicrodepositStage::Verified => {
                let guid = self.state.borrow().microdeposit.as_ref().map(|m| m.guid.clone()).unwrap_or_default();
                controller.emit(WidgetEvent::microdeposit("microdeposits/verified", &guid));
                self.show(controller, View::Stage(stage));
            }
            MicrodepositStage::Details => self.show(controller, View::Routing),
            MicrodepositStage::Amounts { retry: true } => {
                self.refuse(controller, View::Stage(stage), key::MICRODEPOSITS_DENIED)
            }
            _ => self.show(controller, View::Stage(stage)),
        }
    }
}

/// Calls `name` and reads the micro-deposit it answers.
async fn read(controller: Controller, name: &'static str, args: Vec<Value>) -> ApiResult<Microdeposit> {
    let answer = controller.api().call(name, args).await?;
    microdeposit(&answer).map_err(|error| unreadable(name, error))
}
