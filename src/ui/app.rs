//! The widget shell: the current step's view, focus on step change, the live region.

use std::cell::Cell;
use std::rc::Rc;

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::controller::{Controller, Services};
use super::guided::GuidedStart;
use super::language::Language;
use super::steps::{CredentialsStep, MfaStep, ScreenStep, SearchStep};
use crate::backend::ConnectApi;
use crate::config::WidgetConfig;
use crate::events::{Emitter, WidgetEvent};
use crate::flow::{PollPolicy, Reopening, Step};
use crate::i18n::{Msg, Texts};
use crate::model::Mode;

/// The whole widget, e.g. `view! { <ConnectWidget api emitter config /> }` with an
/// `Rc<dyn ConnectApi>`, an `Rc<Emitter>` and a `WidgetConfig`.
#[component]
pub fn ConnectWidget(
    /// The host's backend.
    api: Rc<dyn ConnectApi>,
    /// Where events go.
    emitter: Rc<Emitter>,
    config: WidgetConfig,
    /// How the connection job is polled.
    #[prop(optional)]
    policy: PollPolicy,
    /// Notified when the host asks to go one step back (npm `back()`, the loader's `back`).
    #[prop(optional)]
    host_back: Option<ArcTrigger>,
    /// The widget's texts (English when not given); switching them re-renders the widget.
    #[prop(optional)]
    language: Option<Language>,
) -> impl IntoView {
    let language = language.unwrap_or_else(|| Language::new(Texts::new(config.locale.clone(), Vec::new())));
    let controller = Controller::new(Services::new(api, emitter, policy, language, &config));
    provide_context(controller);
    // Back from the bank's page after a top-level redirect: the widget starts where it left off.
    if let Some(returned) = &config.oauth_resume {
        controller.resume_oauth(returned);
    } else if let Some(member_guid) = config.current_member.clone() {
        controller.open_member(member_guid, Reopening::asked(config.update_credentials, config.refresh));
    } else if let Some(guid) = config.current_microdeposit.clone() {
        controller.opening.set(true);
        controller.start_guided(GuidedStart::Microdeposit(guid));
    } else if let Some(key) = config.preselected.clone() {
        controller.preselect(key);
    } else if config.mode == Mode::Verification {
        controller.opening.set(true);
        controller.start_guided(GuidedStart::Verify);
    }
    if let Some(host_back) = host_back {
        Effect::new(move |seen: Option<()>| {
            host_back.track();
            if seen.is_some() {
                controller.back(); // reads nothing tracked: the effect depends on the trigger only
            }
        });
    }
    // Unmounting (e.g. the npm handle's destroy) stops every task and the attempt in flight.
    on_cleanup(move || controller.unmount());
    let root = NodeRef::<leptos::html::Div>::new();

    // `loaded` once the widget shows where it opens (after "Loading…" when it opens on a member,
    // an institution or an OAuth return).
    let loaded = Cell::new(false);
    let brand = [("--cw-brand-light", config.theme.brand_in(false)), ("--cw-brand-dark", config.theme.brand_in(true))];
    Effect::new(move |previous: Option<&'static str>| {
        // The widget's language, on its root (all five are written left to right).
        controller.track_language();
        if let Some(root) = root.get_untracked() {
            let _ = root.set_attribute("lang", &controller.locale_tag());
            let _ = root.set_attribute("dir", "ltr");
            // The host's brand colour, as properties (a strict CSP refuses a style attribute).
            if previous.is_none() {
                for (name, value) in brand.iter().filter(|(_, value)| !value.is_empty()) {
                    let _ = web_sys::HtmlElement::style(&root).set_property(name, value);
                }
            }
        }
        let current = controller.step.with(Step::screen);
        if !loaded.get() && !controller.opening.get() {
            loaded.set(true);
            controller.emit(WidgetEvent::Loaded {
                initial_step: controller.step.with_untracked(Step::name),
                mode: controller.services().settings.mode,
            });
        }
        if previous.is_some_and(|previous| previous != current) {
            request_animation_frame(move || focus_heading(root));
        }
        current
    });

    view! {
        <div class=config.theme.root_class() node_ref=root>
            {config.close_button.then(|| view! {
                <button type="button" class="cw-secondary cw-close" on:click=move |_| controller.exit()>{move || { controller.track_language(); controller.text(Msg::Close) }}</button>
            })}
            <div class="cw-main">
                // A new language re-renders the step in it.
                {move || leptos::either::either!({ controller.track_language(); controller.step.get() },
                    Step::Search => match controller.search_hidden() {
                        true => Either::Left(view! { <ScreenStep screen=controller.screen(&Step::Search) /> }),
                        false => Either::Right(view! { <SearchStep /> }),
                    },
                    Step::Credentials { institution, notice } => view! { <CredentialsStep institution notice /> },
                    Step::Mfa { institution, member_guid, challenge } => view! { <MfaStep institution member_guid challenge /> },
                    step @ (Step::Consent { .. }
                        | Step::Connecting { .. }
                        | Step::Connected { .. }
                        | Step::Failed { .. }
                        | Step::Disconnect { .. }
                        | Step::OAuth { .. }
                        | Step::Guided { .. }) => {
                        view! { <ScreenStep screen=controller.screen(&step) /> }
                    },
                )}
            </div>
            <div class="cw-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || controller.announcement.get()}
            </div>
        </div>
    }
}

/// Moves focus to the new step's heading so keyboard and screen-reader users start there (unless the
/// widget was unmounted before the frame came).
fn focus_heading(root: NodeRef<leptos::html::Div>) {
    let heading =
        root.try_get_untracked().flatten().and_then(|root| root.query_selector("[data-step-heading]").ok().flatten());
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}
