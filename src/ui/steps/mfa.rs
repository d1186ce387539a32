//! The bank's challenge: why it asks again, its own content (text and pictures only), a
//! countdown to its deadline, and either the fields to answer or the wait for an app approval.

use leptos::either::Either;
use leptos::prelude::*;

use crate::dialect;
use crate::flow::Answer;
use crate::i18n::Msg;
use crate::model::{Challenge, DecoupledApp, FieldValues, Institution, RetryReason};
use crate::ui::components::{safe_app_link, Countdown, FieldsForm, SafeHtml, StepHeading};
use crate::ui::controller::use_controller;

/// The MFA step for `challenge` of member `member_guid`.
#[component]
pub fn MfaStep(institution: Institution, member_guid: String, challenge: Challenge) -> impl IntoView {
    let controller = use_controller();
    let retry = challenge.message.clone().or_else(|| {
        challenge.retry.map(|reason| {
            controller.text(match reason {
                RetryReason::IncorrectCode => Msg::RetryIncorrectCode,
                RetryReason::IncorrectAnswer => Msg::RetryIncorrectAnswer,
                RetryReason::TimedOut => Msg::RetryTimedOut,
                RetryReason::NotSent => Msg::RetryNotSent,
            })
        })
    });
    let mfa_type = challenge.mfa_type;
    let deadline =
        challenge.expires_at_ms.or(challenge.answer_within_s.map(|s| js_sys::Date::now() + s as f64 * 1000.0));
    let countdown = deadline.map(|deadline_ms| {
        let (institution, member_guid) = (institution.clone(), member_guid.clone());
        let on_expired = Callback::new(move |()| {
            controller.answer(institution.clone(), member_guid.clone(), mfa_type, Answer::Expired)
        });
        view! { <Countdown deadline_ms on_expired /> }
    });
    let body = match challenge.decoupled.clone() {
        Some(decoupled) => Either::Left({
            let text = match decoupled.app {
                DecoupledApp::MobileBankId => Msg::ApproveInBankId { institution: &institution.name },
                DecoupledApp::ThirdPartyApp => Msg::ApproveInApp { institution: &institution.name },
            };
            let open_label = match decoupled.app {
                DecoupledApp::MobileBankId => Msg::OpenBankId,
                DecoupledApp::ThirdPartyApp => Msg::OpenApp,
            };
            let open = safe_app_link(decoupled.open_url.as_deref()).map(|href| {
                view! { <a class="cw-primary cw-button-link" href=href rel="noopener noreferrer">{controller.text(open_label)}</a> }
            });
            let cancelled = institution.clone();
            view! {
                <p>{controller.text(text)}</p>
                <div class="cw-spinner" aria-hidden="true"></div>
                <p class="cw-progress">{controller.text(Msg::WaitingForApproval)}</p>
                <div class="cw-actions">
                    {open}
                    <button type="button" class="cw-secondary" on:click=controller.on_cancel_to_credentials(cancelled)>
                        {controller.text(Msg::Cancel)}
                    </button>
                </div>
            }
        }),
        None => Either::Right(answer_form(institution.clone(), member_guid, challenge.clone())),
    };
    view! {
        <section class="cw-step cw-mfa">
            <StepHeading text=controller.text(Msg::MfaHeading { institution: &institution.name }) institution=Some(institution.clone()) />
            {retry.map(|text| view! { <p class="cw-alert" role="alert">{text}</p> })}
            {challenge.schema.instructions.clone().map(|text| view! { <p class="cw-instructions">{text}</p> })}
            {challenge.html.clone().map(|html| view! { <SafeHtml html /> })}
            {countdown}
            {body}
        </section>
    }
}

/// The fields of the challenge. Choices made before a repeated challenge are kept; codes are not.
fn answer_form(institution: Institution, member_guid: String, challenge: Challenge) -> impl IntoView {
    let controller = use_controller();
    let kept = controller.mfa_choices();
    let values = RwSignal::new(FieldValues::initial_with(&challenge.schema, &kept));
    let schema = challenge.schema.clone();
    let mfa_type = challenge.mfa_type;
    let cancelled = institution.clone();
    let on_valid = Callback::new(move |()| {
        let typed = values.try_update(std::mem::take).unwrap_or_default();
        let payload = dialect::credentials_payload(&schema, &typed);
        controller.keep_mfa_choices(&schema, typed);
        controller.answer(institution.clone(), member_guid.clone(), mfa_type, Answer::Submit(payload));
    });
    view! {
        <FieldsForm schema=challenge.schema values submit_label=controller.text(Msg::SubmitAnswer) on_valid />
        <button type="button" class="cw-secondary" on:click=controller.on_cancel_to_credentials(cancelled)>
            {controller.text(Msg::Cancel)}
        </button>
    }
}
