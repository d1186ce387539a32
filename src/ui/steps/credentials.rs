//! The bank's credential form, rendered from its schema: validation in the model, errors
//! announced and tied to their fields, focus on the first invalid field.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::backend::{ApiError, ApiErrorKind};
use crate::i18n::Msg;
use crate::model::{CredentialSchema, FieldValues, Institution};
use crate::ui::components::{safe_link, FieldsForm, StepHeading};
use crate::ui::controller::{use_controller, Controller};
use crate::ui::member_repair::member_form;

#[derive(Clone, Debug, PartialEq)]
enum Schema {
    Loading,
    Ready(CredentialSchema),
    Failed(ApiError),
}

/// The credentials step for `institution`; `notice` says why the user is back here.
#[component]
pub fn CredentialsStep(institution: Institution, notice: Option<String>) -> impl IntoView {
    let controller = use_controller();
    let schema = RwSignal::new(Schema::Loading);
    let values = RwSignal::new(FieldValues::default());
    let refused = notice.is_some();

    let guid = institution.guid.clone();
    let load = move || {
        schema.set(Schema::Loading);
        let api = controller.api();
        let guid = guid.clone();
        let member_guid = controller.repairing();
        controller.spawn(async move {
            // Updating an existing member: its own form (fetched with `member_lifecycle`).
            let answer = match member_guid {
                Some(member_guid) => match member_form(api, member_guid, guid).await {
                    Ok(form) => form.await,
                    Err(not_loaded) => Err(not_loaded.into()),
                },
                None => api.get_institution_credentials(&guid).await,
            };
            let next = match answer {
                Ok(loaded) => {
                    for note in &loaded.notes {
                        web_sys::console::warn_1(&format!("connect-widget: {note}").into());
                    }
                    values.try_set(FieldValues::initial_with(&loaded, &controller.prefill()));
                    Schema::Ready(loaded)
                }
                Err(error) => {
                    controller.report(&error);
                    Schema::Failed(error)
                }
            };
            schema.try_set(next);
        });
    };
    load();

    let name = institution.name.clone();
    let submitting = institution.clone();
    let render_form = move |current: CredentialSchema| {
        let instructions = current.instructions.clone().map(|text| view! { <p class="cw-instructions">{text}</p> });
        let submitting = submitting.clone();
        let schema = current.clone();
        let on_valid = Callback::new(move |()| {
            let typed = values.try_update(std::mem::take).unwrap_or_default();
            controller.submit_credentials(submitting.clone(), &schema, typed);
        });
        view! {
            {instructions}
            <FieldsForm schema=controller.shown_form(current) values submit_label=controller.text(Msg::Continue) on_valid focus_password=refused />
        }
    };
    let recovery_links = [
        (institution.forgot_password_url.as_deref(), Msg::ForgotPassword),
        (institution.forgot_username_url.as_deref(), Msg::ForgotUsername),
        (institution.trouble_signing_url.as_deref(), Msg::TroubleSigningIn),
    ]
    .into_iter()
    .filter_map(|(url, text)| safe_link(url).map(|href| (href, controller.text(text))))
    .map(|(href, text)| view! { <li><a class="cw-link" href=href target="_blank" rel="noopener noreferrer">{text}</a></li> })
    .collect_view();

    view! {
        <section class="cw-step cw-credentials">
            // Back to the search, over the step (the form's own action is at its end).
            <button type="button" class="cw-secondary cw-back" on:click=controller.on_back_to_search()>
                {controller.text(Msg::Back)}
            </button>
            <StepHeading text=controller.text(Msg::CredentialsHeading { institution: &institution.name }) institution=Some(institution.clone()) />
            {notice.map(|text| view! { <p class="cw-alert" role="alert">{text}</p> })}
            {institution.instructions.map(|text| view! { <p class="cw-instructions">{text}</p> })}
            {move || match schema.get() {
                Schema::Loading => EitherOf3::A(view! { <p class="cw-muted" aria-busy="true">{controller.text(Msg::Loading)}</p> }),
                Schema::Failed(error) => EitherOf3::B(view! {
                    <div class="cw-alert" role="alert">
                        <p>{failure_text(controller, &name, &error)}</p>
                        <button type="button" class="cw-secondary" on:click={
                            let load = load.clone();
                            move |_| load()
                        }>{controller.text(Msg::TryAgain)}</button>
                    </div>
                }),
                Schema::Ready(current) => EitherOf3::C(render_form(current)),
            }}
            <ul class="cw-links">{recovery_links}</ul>
        </section>
    }
}

/// Why the form could not be shown: a field the widget cannot render, or a failed call.
fn failure_text(controller: Controller, institution: &str, error: &ApiError) -> String {
    match &error.kind {
        ApiErrorKind::InvalidResponse { field: Some(field) } => {
            controller.text(Msg::FormUnsupported { institution, field })
        }
        _ => controller.text(Msg::CredentialsLoadFailed { institution }),
    }
}
