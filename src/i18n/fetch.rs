//! Fetching the catalogues a locale needs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{Catalogue, Locale, Texts};

/// The texts of `locale` with its catalogues fetched from `url(name)` (the browser's cache keeps
/// them). A catalogue that cannot be fetched or read is left out, its texts then come from the next
/// in line (English at last), and its name is returned.
pub async fn load_texts(locale: Locale, url: &dyn Fn(&str) -> Option<String>) -> (Texts, Vec<&'static str>) {
    let mut loaded = Vec::new();
    let mut missing = Vec::new();
    for name in locale.catalogue_names() {
        match fetch(url(name)).await {
            Some(catalogue) => loaded.push(catalogue),
            None => missing.push(name),
        }
    }
    (Texts::new(locale, loaded), missing)
}

/// The catalogue at `url`, if it answers with a JSON array.
async fn fetch(url: Option<String>) -> Option<Catalogue> {
    Catalogue::from_json(fetch_json(&url?).await?)
}

/// The JSON document at `url`, if it answers with one.
pub async fn fetch_json(url: &str) -> Option<serde_json::Value> {
    let pending = web_sys::window()?.fetch_with_str(url);
    let response: web_sys::Response = JsFuture::from(pending).await.ok()?.dyn_into().ok()?;
    let value = JsFuture::from(response.json().ok()?).await.ok().filter(|_| response.ok())?;
    crate::events::from_js(&value).ok()
}
