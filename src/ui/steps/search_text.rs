//! The search step's helpers: what the list shows, the hint under the search box, the list's heading, which query to
//! retry, the narrowing match, the line under each result, and focusing the search box.

use leptos::prelude::*;

use super::search::MIN_QUERY_CHARS;
use crate::i18n::Msg;
use crate::model::{Institution, RoutingNumber, Unavailable};
use crate::ui::controller::Controller;

/// What the list shows.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Results {
    Loading,
    Ready { items: Vec<Institution>, more: bool },
    Failed,
}

/// The hint for the `typed` text: a mistyped routing number, or too short a name.
pub(super) fn hint_text(controller: Controller, typed: &str) -> Option<String> {
    let count = typed.chars().count();
    match RoutingNumber::of(typed) {
        RoutingNumber::Invalid => Some(controller.text(Msg::RoutingNumberInvalid)),
        _ => (count > 0 && count < MIN_QUERY_CHARS)
            .then(|| controller.text(Msg::SearchHint { min_chars: MIN_QUERY_CHARS })),
    }
}

/// The list's heading for the search `query` it describes (empty: the popular list); when the
/// search found `nothing`, it says so (there is no list then).
pub(super) fn list_heading_text(controller: Controller, query: &str, nothing: bool) -> String {
    match (query.is_empty(), RoutingNumber::of(query)) {
        _ if nothing => controller.text(Msg::NoResults { query }),
        (true, _) => controller.text(Msg::PopularHeading),
        (_, RoutingNumber::Valid) => controller.text(Msg::RoutingResultsHeading { routing_number: query }),
        _ => controller.text(Msg::ResultsHeading { query }),
    }
}

/// The query to retry: what the user typed if it is long enough, else the popular list.
pub(super) fn shown_or_typed(query: RwSignal<String>, shown_query: RwSignal<String>) -> String {
    let typed = query.get_untracked().trim().to_owned();
    if typed.chars().count() >= MIN_QUERY_CHARS {
        typed
    } else {
        shown_query.get_untracked()
    }
}

/// Whether `name` contains `part`, ignoring ASCII case (no Unicode case tables in the bundle).
pub(super) fn contains_ignoring_case(name: &str, part: &str) -> bool {
    part.is_empty() || name.as_bytes().windows(part.len()).any(|window| window.eq_ignore_ascii_case(part.as_bytes()))
}

/// Puts the focus on the search box.
pub(super) fn focus(search_input: NodeRef<leptos::html::Input>) {
    if let Some(input) = search_input.try_get_untracked().flatten() {
        let _ = input.focus();
    }
}

/// The line under an institution's name: why it cannot be picked, else its domain.
pub(super) fn option_note(controller: Controller, institution: &Institution) -> Option<String> {
    let unavailable = institution.unavailable.map(|reason| {
        controller.text(match reason {
            Unavailable::ByTheApp => Msg::InstitutionNotOffered,
            Unavailable::Down => Msg::InstitutionDown,
            Unavailable::NoVerification => Msg::InstitutionNoVerification,
        })
    });
    unavailable.or_else(|| institution.domain().map(str::to_owned))
}
