//! Finding a bank: the popular list first, then a debounced name search presented as an ARIA
//! combobox driving a listbox, with paging, an empty state, a failure state with retry, and the
//! ways on the host offers when the bank is not there ("Can't find your bank?").

use gloo_timers::future::TimeoutFuture;
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::search_text::{
    contains_ignoring_case, focus, hint_text, list_heading_text, option_note, shown_or_typed, Results,
};
use crate::events::WidgetEvent;
use crate::i18n::Msg;
use crate::model::{Institution, InstitutionQuery, RoutingNumber};
use crate::ui::{components::*, controller::use_controller, guided::GuidedStart};

/// Shorter queries show the popular list instead of searching.
pub(super) const MIN_QUERY_CHARS: usize = 2;
const PER_PAGE: u32 = 25;
const POPULAR_COUNT: u32 = 10;
/// The wait after the last keystroke before asking the backend (the loaded list narrows at once).
const DEBOUNCE_MS: u32 = 150;

/// The search step.
#[component]
pub fn SearchStep() -> impl IntoView {
    let controller = use_controller();
    let input_id = unique_id("cw-search");
    let listbox_id = format!("{input_id}-listbox");
    let list_heading_id = format!("{input_id}-heading");
    let hint_id = format!("{input_id}-hint");
    let search_input = NodeRef::<leptos::html::Input>::new();

    // Back from a bank's form, the user finds their search as they left it.
    let remembered = controller.last_query();
    let query = RwSignal::new(remembered.clone());
    let shown_query = RwSignal::new(String::new());
    // The search being loaded (or that failed): what the heading describes until it shows.
    let requested = RwSignal::new(remembered.clone());
    let results = RwSignal::new(Results::Loading);
    let page = RwSignal::new(1u32);
    let active = RwSignal::new(None::<usize>);
    let latest_request = StoredValue::new(0u64);
    let latest_keystroke = StoredValue::new(0u64);
    // The backend's last answer, which each keystroke narrows at once while the new query runs.
    let loaded = StoredValue::new(Vec::<Institution>::new());

    // Loads `page_no` of the results for `text` (the popular list when `text` is short).
    let fetch = move |text: String, page_no: u32| {
        let ticket = latest_request.get_value() + 1;
        latest_request.set_value(ticket);
        // A list narrowed for this very text stays up while its own answer comes.
        let narrowed = shown_query.get_untracked() == text && matches!(results.get_untracked(), Results::Ready { .. });
        requested.set(text.clone());
        if page_no == 1 && !narrowed {
            results.set(Results::Loading);
            active.set(None);
        }
        let api = controller.api();
        controller.spawn(async move {
            let answer = if text.chars().count() >= MIN_QUERY_CHARS {
                let query = InstitutionQuery {
                    search_name: text.clone(),
                    by_routing_number: RoutingNumber::of(&text) == RoutingNumber::Valid,
                    page: page_no,
                    per_page: PER_PAGE,
                    iso_country_code: controller.services().search_country.borrow().clone(),
                };
                api.load_institutions(&query).await.map(|items| {
                    let more = items.len() == PER_PAGE as usize;
                    (items, more)
                })
            } else {
                api.load_popular_institutions(POPULAR_COUNT).await.map(|items| (items, false))
            };
            let typed = query.try_get_untracked().map(|typed| typed.trim().to_owned());
            if latest_request.try_get_value() != Some(ticket) || (!text.is_empty() && typed.as_ref() != Some(&text)) {
                return; // a newer request or keystroke superseded this one, or the step is gone
            }
            match answer {
                Ok((items, more)) => {
                    let mut all = match results.get_untracked() {
                        Results::Ready { items: earlier, .. } if page_no > 1 => earlier,
                        _ => Vec::new(),
                    };
                    let earlier = all.len();
                    all.extend(items.into_iter().map(|institution| controller.offered(institution)));
                    loaded.set_value(all.clone());
                    let count = all.len();
                    page.set(page_no);
                    controller.remember_query(text.clone());
                    shown_query.set(text.clone());
                    results.set(Results::Ready { items: all, more });
                    // "Show more": the first new result becomes the active one, and the count added is said.
                    if page_no > 1 && count > earlier {
                        active.set(Some(earlier));
                    }
                    let message = match count {
                        0 => Msg::NoResults { query: &text },
                        _ if page_no > 1 => Msg::ResultsAdded { added: count - earlier, more },
                        count => Msg::ResultsCount { count, more },
                    };
                    controller.announce(controller.text(message));
                }
                Err(error) => {
                    controller.report(&error);
                    results.set(Results::Failed);
                    controller.announce(controller.text(Msg::SearchFailed));
                }
            }
        });
    };
    fetch(remembered, 1);

    let on_input = move |ev| {
        let text = event_target_value(&ev);
        query.set(text.clone());
        active.set(None);
        let typed = text.trim();
        if typed.chars().count() >= MIN_QUERY_CHARS {
            let matching: Vec<Institution> = loaded
                .with_value(|items| items.iter().filter(|i| contains_ignoring_case(&i.name, typed)).cloned().collect());
            if !matching.is_empty() {
                shown_query.set(typed.to_owned());
                results.set(Results::Ready { items: matching, more: false });
            }
        }
        let ticket = latest_keystroke.get_value() + 1;
        latest_keystroke.set_value(ticket);
        controller.spawn(async move {
            TimeoutFuture::new(DEBOUNCE_MS).await;
            if latest_keystroke.try_get_value() != Some(ticket) {
                return;
            }
            let text = text.trim().to_owned();
            if RoutingNumber::of(&text) == RoutingNumber::Invalid {
                return; // a mistyped routing number: the hint says so, the backend is not asked
            }
            if text.chars().count() >= MIN_QUERY_CHARS {
                controller.emit(WidgetEvent::InstitutionSearch { query: text.clone() });
                fetch(text, 1);
            } else if !shown_query.get_untracked().is_empty() {
                fetch(String::new(), 1);
            }
        });
    };

    let items_len = move || {
        results.with(|r| match r {
            Results::Ready { items, .. } => items.len(),
            _ => 0,
        })
    };
    let select = move |index: usize| {
        let chosen = results.with_untracked(|r| match r {
            Results::Ready { items, .. } => items.get(index).cloned(),
            _ => None,
        });
        // An institution the backend marks unavailable stays where it is, with its reason.
        if let Some(institution) = chosen.filter(|institution| institution.unavailable.is_none()) {
            controller.select_institution(institution);
        }
    };
    let option_id = {
        let listbox_id = listbox_id.clone();
        move |index: usize| format!("{listbox_id}-{index}")
    };

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let count = items_len();
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1).min(count - 1))));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |i| i.saturating_sub(1))));
            }
            "Enter" => {
                if let Some(index) = active.get_untracked() {
                    ev.prevent_default();
                    select(index);
                }
            }
            // Escape leaves the list; it never wipes what the user typed (nor does the browser's
            // own Escape on a search field).
            "Escape" => {
                ev.prevent_default();
                active.set(None);
            }
            _ => {}
        }
    };

    // Keep the active option visible while arrowing through a long list.
    let scroll_option_id = option_id.clone();
    Effect::new(move |_| {
        if let Some(index) = active.get() {
            let element = document().get_element_by_id(&scroll_option_id(index));
            if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::Element>().ok()) {
                element.scroll_into_view_with_bool(false);
            }
        }
    });

    let hint = move || query.with(|q| hint_text(controller, q.trim()));
    let list_heading = move || {
        let (ready, nothing) = results.with(|r| match r {
            Results::Ready { items, .. } => (true, items.is_empty()),
            _ => (false, false),
        });
        (if ready { shown_query } else { requested }).with(|q| list_heading_text(controller, q, nothing))
    };
    let active_option_id = option_id.clone();
    let render_option = move |index: usize, institution: Institution| {
        let disabled = institution.unavailable.is_some().then_some("true");
        let note = option_note(controller, &institution);
        view! {
            <li
                id=option_id(index)
                role="option"
                class="cw-option"
                aria-selected=move || (active.get() == Some(index)).to_string()
                aria-disabled=disabled
                on:click=move |_| select(index)
            >
                <InstitutionLogo institution=institution.clone() />
                <span class="cw-option-name">{institution.name.clone()}</span>
                <span class="cw-option-url">{note}</span>
            </li>
        }
    };

    // "Show more", or at the end "Can't find your bank?": one button view (one copy of its code).
    let offered = controller.offers_guided();
    let more_or_other = move |more: bool| {
        let label = controller.text(if more { Msg::ShowMore } else { Msg::CantFind });
        view! {
            <button type="button" class="cw-secondary" on:click=move |_| match more {
                true => {
                    fetch(shown_query.get_untracked(), page.get_untracked() + 1);
                    focus(search_input); // the combobox then points at the first new result
                }
                false => controller.start_guided(GuidedStart::Menu),
            }>
                {label}
            </button>
        }
    };

    view! {
        <section class="cw-step cw-search">
            <StepHeading text=controller.text(Msg::SearchHeading) institution=None />
            <label for=input_id.clone() class="cw-label">{controller.text(Msg::SearchLabel)}</label>
            <input
                node_ref=search_input
                id=input_id
                class="cw-input"
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=listbox_id.clone()
                aria-expanded=move || (items_len() > 0).to_string()
                aria-activedescendant=move || active.get().map(active_option_id.clone())
                aria-describedby=hint_id.clone()
                prop:value=query
                on:input=on_input
                on:keydown=on_keydown
            />
            <p id=hint_id class="cw-hint">{hint}</p>
            <h2 id=list_heading_id.clone() class="cw-list-heading">{list_heading}</h2>
            <ul id=listbox_id role="listbox" class="cw-listbox" aria-labelledby=list_heading_id hidden=move || items_len() == 0>
                {move || match results.get() {
                    Results::Ready { items, .. } => Either::Left(items.into_iter().enumerate().map(|(i, inst)| render_option(i, inst)).collect_view()),
                    _ => Either::Right(()),
                }}
            </ul>
            {move || match results.get() {
                Results::Loading => EitherOf4::A(view! { <p class="cw-muted" aria-busy="true">{controller.text(Msg::Loading)}</p> }),
                Results::Failed => EitherOf4::B(view! {
                    <div class="cw-alert" role="alert">
                        <p>{controller.text(Msg::SearchFailed)}</p>
                        <button type="button" class="cw-secondary" on:click=move |_| {
                            fetch(shown_or_typed(query, shown_query), page.get_untracked());
                            focus(search_input); // the button goes with the failure
                        }>
                            {controller.text(Msg::TryAgain)}
                        </button>
                    </div>
                }),
                Results::Ready { more, .. } if more || offered => EitherOf4::C(more_or_other(more)),
                Results::Ready { .. } => EitherOf4::D(()),
            }}
        </section>
    }
}
