//! Components shared by the steps.

mod countdown;
mod fields;
mod fields_form;
mod logo;
mod safe_html;
mod step_heading;

pub use countdown::Countdown;
pub use fields::{field_error_text, safe_image, FieldInput};
pub use fields_form::FieldsForm;
pub use logo::InstitutionLogo;
pub use safe_html::SafeHtml;
pub use step_heading::StepHeading;

use std::sync::atomic::{AtomicU32, Ordering};

/// A document-unique element id, so that two widgets on one page never clash.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// `url` if it is an http(s) link; anything else (e.g. `javascript:`) from a backend is dropped.
pub fn safe_link(url: Option<&str>) -> Option<String> {
    url.filter(|u| u.starts_with("https://") || u.starts_with("http://")).map(str::to_owned)
}

/// `url` if it opens an app safely: http(s), or the BankID app's own `bankid:` scheme.
pub fn safe_app_link(url: Option<&str>) -> Option<String> {
    safe_link(url).or_else(|| url.filter(|u| u.starts_with("bankid:")).map(str::to_owned))
}
