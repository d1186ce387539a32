//! The OAuth screens: instructions with "Continue to the bank", the wait while the user is on the
//! bank's page (reopen, cancel, a notice when its window was closed), and the link offered when
//! the browser blocked the window (with "Continue in this window" when the host has a
//! `client_redirect_url`). One layout; the stage picks its texts and its main action.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::flow::OAuthStage;
use crate::i18n::Msg;
use crate::model::Institution;
use crate::ui::components::StepHeading;
use crate::ui::controller::use_controller;

/// The screen for `stage` of an OAuth connection to `institution`.
#[component]
pub fn OAuthStep(institution: Institution, stage: OAuthStage) -> impl IntoView {
    let controller = use_controller();
    let bank = institution.name.as_str();
    let services = controller.services();
    let in_app = services.mobile_webview;
    // A top-level redirect needs the host's page to come back to; a bank's challenge is answered
    // in a window only.
    let here_allowed = matches!(&stage, OAuthStage::Blocked(start) if services.client_redirect_url.is_some() && !start.answers_challenge);
    let (heading, body, cancel_label) = match &stage {
        OAuthStage::Preparing | OAuthStage::Ready(_) => {
            (Msg::OAuthHeading { institution: bank }, Msg::OAuthExplanation { institution: bank }, Msg::ChooseAnother)
        }
        OAuthStage::Waiting(_) => {
            (Msg::OAuthWaitingHeading { institution: bank }, Msg::OAuthWaiting { institution: bank }, Msg::Cancel)
        }
        OAuthStage::Blocked(_) if here_allowed => {
            (Msg::OAuthBlockedHeading, Msg::OAuthBlockedOrHere { institution: bank }, Msg::Cancel)
        }
        OAuthStage::Blocked(_) => (Msg::OAuthBlockedHeading, Msg::OAuthBlocked { institution: bank }, Msg::Cancel),
    };
    let (heading, body, cancel_label) =
        (controller.text(heading), controller.text(body), controller.text(cancel_label));
    let waiting = matches!(stage, OAuthStage::Waiting(_));
    let instructions = institution.instructions.clone().filter(|_| !waiting);
    let main_action = match stage {
        OAuthStage::Preparing | OAuthStage::Ready(_) => {
            let label = controller.text(Msg::OAuthContinue { institution: bank });
            let start = match stage {
                OAuthStage::Ready(start) => Some(start),
                _ => None,
            };
            let preparing = start.is_none();
            EitherOf3::A(view! {
                <button type="button" class="cw-primary" disabled=preparing aria-busy=preparing.then_some("true")
                    on:click=move |_| if let Some(start) = start.clone() { controller.open_oauth(institution.clone(), start) }>
                    {label}
                </button>
            })
        }
        OAuthStage::Waiting(_) => EitherOf3::B((!in_app).then(|| view! {
            <button type="button" class="cw-primary" on:click=move |_| controller.reopen_oauth()>{controller.text(Msg::OAuthReopen)}</button>
        })),
        OAuthStage::Blocked(start) => {
            let url = start.url.clone();
            let label = controller.text(Msg::OAuthOpenPage { institution: bank });
            let here = here_allowed.then(|| {
                let (institution, start) = (institution.clone(), start.clone());
                view! {
                    <button type="button" class="cw-secondary" on:click=move |_| controller.redirect_oauth(institution.clone(), start.clone())>
                        {controller.text(Msg::OAuthContinueHere)}
                    </button>
                }
            });
            // `opener`: the bank's page returns to this widget through its opener.
            EitherOf3::C(view! {
                <a class="cw-primary cw-button-link" href=url target="_blank" rel="opener"
                    on:click=move |_| controller.oauth_link_opened(institution.clone(), start.clone())>{label}</a>
                {here}
            })
        }
    };
    view! {
        <section class="cw-step cw-oauth">
            <StepHeading text=heading />
            <p>{body}</p>
            {instructions.map(|note| view! { <p class="cw-instructions">{note}</p> })}
            {waiting.then(|| view! {
                <div class="cw-spinner" aria-hidden="true"></div>
                <p class="cw-notice" role="status">{move || controller.oauth_window_closed().then(|| controller.text(Msg::OAuthWindowClosed))}</p>
            })}
            <div class="cw-actions">
                {main_action}
                <button type="button" class="cw-secondary" on:click=controller.on_back_to_search()>{cancel_label}</button>
            </div>
        </section>
    }
}
