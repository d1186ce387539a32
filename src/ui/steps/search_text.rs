//! The search step's text helpers: which query to retry, and the narrowing match.

use leptos::prelude::*;

use super::search::MIN_QUERY_CHARS;

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
