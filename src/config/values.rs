//! The shapes configuration values must have: origins, http(s) URLs, an app's URL scheme.

/// An app's own URL scheme (RFC 3986 syntax), never one a browser would act on itself.
#[cfg(not(feature = "npm"))]
pub(super) fn is_app_scheme(value: &str) -> bool {
    const BROWSER_SCHEMES: [&str; 11] =
        ["http", "https", "javascript", "data", "file", "blob", "about", "vbscript", "ws", "wss", "ftp"];
    let mut chars = value.chars();
    chars.next().is_some_and(|first| first.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !BROWSER_SCHEMES.iter().any(|scheme| scheme.eq_ignore_ascii_case(value))
}

/// A two-letter country code (ISO 3166, or Salt Edge's `XF`, `XO`), spaces around it aside.
pub(super) fn is_country_code(code: &str) -> bool {
    let code = code.trim();
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic())
}

/// An absolute http(s) URL without query or fragment.
pub(super) fn is_http_url(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once("://") else { return false };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    is_origin(&value[..scheme.len() + 3 + authority_end]) && !rest.contains(['?', '#', ' '])
}

/// `scheme://host[:port]` with an http(s) scheme and nothing after the authority.
pub(super) fn is_origin(value: &str) -> bool {
    let Some((scheme, authority)) = value.split_once("://") else { return false };
    matches!(scheme, "http" | "https") && !authority.is_empty() && !authority.contains(['/', '?', '#', '@', ' ', '*'])
}
