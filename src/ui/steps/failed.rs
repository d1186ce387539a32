//! The error screen: what went wrong, in the user's terms, and the ways out.

use leptos::prelude::*;

use crate::flow::{Failure, Remedy};
use crate::i18n::Msg;
use crate::model::Institution;
use crate::ui::attempt::failure_message;
use crate::ui::components::StepHeading;
use crate::ui::controller::use_controller;

/// Explains `failure` and offers "try again" (when there is a bank to retry and retrying can
/// help) and another bank.
#[component]
pub fn FailedStep(institution: Option<Institution>, failure: Failure) -> impl IntoView {
    let controller = use_controller();
    let remedy = match &failure {
        Failure::Bank { status, .. } => Remedy::for_status(*status),
        _ => Remedy::TryAgain,
    };
    let name = institution.as_ref().map_or("", |institution| institution.name.as_str());
    let explanation = controller.text(match remedy {
        Remedy::VisitBank => Msg::ErrorVisitBank { institution: name },
        Remedy::TryLater => Msg::ErrorTryLater { institution: name },
        Remedy::ChooseAnother => Msg::ErrorFinal { institution: name },
        _ => failure_message(&failure),
    });
    let institution = institution.filter(|_| remedy.retry_helps());
    // The bank's or the service's own words, when they sent some.
    let bank_message = match &failure {
        Failure::Bank { message, .. } => message.clone(),
        Failure::Api(error) => error.user_message.clone(),
        _ => None,
    };
    view! {
        <section class="cw-step cw-failed">
            <StepHeading text=controller.text(Msg::ErrorHeading) />
            <p>{explanation}</p>
            {bank_message.map(|text| view! { <p class="cw-bank-message">{text}</p> })}
            <div class="cw-actions">
                {institution.map(|institution| view! {
                    <button type="button" class="cw-primary" on:click=move |_| controller.try_again(institution.clone(), &failure)>
                        {controller.text(Msg::TryAgain)}
                    </button>
                })}
                <button type="button" class="cw-secondary" on:click=controller.on_back_to_search()>
                    {controller.text(Msg::ChooseAnother)}
                </button>
            </div>
        </section>
    }
}
