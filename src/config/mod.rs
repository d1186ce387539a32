//! Widget configuration: parsed from key/value pairs (the iframe URL's query, later a handshake
//! message), with every problem reported by key and expectation, never silently ignored.

mod client_config;
mod paths;
mod problem;
mod theme;
mod values;

pub use client_config::client_config_pairs;
pub use paths::GuidedPaths;
pub use problem::{ConfigProblem, LOCALE_EXPECTED};
pub use theme::{Brand, ColorScheme, Theme};
#[cfg(not(feature = "npm"))]
use values::{is_app_scheme, is_origin};
use values::{is_country_code, is_http_url};

use crate::events::EventFormat;
use crate::i18n::Locale;
use crate::model::{Consent, CredentialsStrategy, Dialect, InstitutionKey, Mode, OverrideStrategy, CONSENT_EXPECTED};

/// The configuration the widget runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    /// The origin events are posted to (`host_origin`); `None` means none was given, so events
    /// are not posted. `*` only when the host wrote it explicitly.
    pub host_origin: Option<String>,
    pub locale: Locale,
    /// `color_scheme`, `ux_template`, `brand_color` and `logo_url_template`.
    pub theme: Theme,
    /// `dialect`: parse provider schemas as this dialect instead of detecting it from their shape.
    pub dialect: Option<Dialect>,
    /// `event_format`: the envelope events reach the host in.
    pub event_format: EventFormat,
    /// `backend`: where the iframe page's operations go (`None`: nowhere, each names what is missing).
    pub backend: Option<BackendChoice>,
    /// `api_base_url`: the root of the host's REST routes (`backend=http`).
    pub api_base_url: Option<String>,
    /// `is_mobile_webview=true` or `oauth_referral_source=APP` (MX's names): the widget never
    /// opens a window; the host opens the bank's page from the `oauthRequested` event.
    pub mobile_webview: bool,
    /// `ui_message_webview_url_scheme` (MX's name): events reach a native app as navigations to
    /// `<scheme>://…` instead of postMessage (docs/events.md); `mx` when `is_mobile_webview` is
    /// set and no `host_origin` could receive them otherwise.
    pub webview_url_scheme: Option<String>,
    /// `close_button`: show a Close button that emits `exit` (the host then removes the widget).
    pub close_button: bool,
    /// `api_token`: a short-lived token for this session, sent to the REST routes as
    /// `Authorization: Bearer` (never a user's bank credential).
    pub api_token: Option<String>,
    /// `client_redirect_url` (MX's name): the host's page the bank returns the user to after a
    /// top-level redirect. The backend uses it as the redirect URI; with it, a blocked window
    /// can be replaced by "Continue in this window", and that page may pass the bank's
    /// parameters back to the widget's window (docs/oauth.md).
    pub client_redirect_url: Option<String>,
    /// `oauth_resume`: the parameters the bank brought back to `client_redirect_url` (query
    /// string); the widget picks up the attempt they belong to instead of starting at the search.
    pub oauth_resume: Option<String>,
    /// `current_institution_guid` or `current_institution_code` (MX's names; the guid wins): the
    /// widget opens on that institution instead of the search.
    pub preselected: Option<InstitutionKey>,
    /// `current_member_guid` (MX's name): the widget opens on that existing member, where its
    /// status leads (its challenge, its error screen, the form to update it…), instead of the
    /// search; it wins over a preselected institution.
    pub current_member: Option<String>,
    /// `update_credentials` (MX's name; with `current_member_guid`): open on the form to update
    /// the member's credentials, whatever its status (a challenged member goes to its challenge).
    pub update_credentials: bool,
    /// `refresh` (with `current_member_guid`; Salt Edge's refresh session): refresh the member at
    /// once (a new job), unless its status calls for something a job cannot fix.
    pub refresh: bool,
    /// `credentials_strategy` (Salt Edge's): whether the backend stores the credentials, or the
    /// user chooses on the form.
    pub credentials_strategy: CredentialsStrategy,
    /// `override_credentials_strategy` (Salt Edge's): whether new credentials for a member being
    /// updated replace the stored ones, or the user confirms it on the form.
    pub override_strategy: OverrideStrategy,
    /// `disable_institution_search` (MX's name; only with a preselected institution): the widget
    /// never shows its search; asking for it emits `backToSearch` for the host.
    pub search_disabled: bool,
    /// `copy` (the iframe page's; the npm package takes it as an option): the host's texts by
    /// message key, as JSON (docs/copy.md), read by the page once its key list is here.
    pub copy: Option<String>,
    /// `mode` (MX's name): `aggregation` (the default) or `verification`; it reaches the backend
    /// in `clientConfig`, picks the job `runJob` runs and is in the `loaded` event.
    pub mode: Mode,
    /// `consent` (Salt Edge's consent object, as JSON): asked for before any form or bank's page.
    pub consent: Option<Consent>,
    /// The ways on the host offers when the user cannot connect their bank (MX's profile names).
    pub paths: GuidedPaths,
    /// `current_microdeposit_guid` (MX's name): the widget opens on that micro-deposit, where its
    /// status leads (come back later, enter the amounts, verified…).
    pub current_microdeposit: Option<String>,
    /// `iso_country_code` (MX's name): the country whose institutions the search asks for.
    pub country: Option<String>,
    /// `allowed_countries` (Salt Edge's name): the countries the user may search in, as codes
    /// separated by commas; with two or more, "Can't find your bank?" offers the others.
    pub countries: String,
}

/// The iframe page's backend (`backend=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackendChoice {
    /// The built-in fake banks (builds with the `sandbox` feature).
    Sandbox,
    /// The host's callbacks through the loader's postMessage bridge.
    Bridge,
    /// The host's REST routes at `api_base_url`.
    Http,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        Self {
            host_origin: None,
            locale: Locale::default(),
            theme: Theme::default(),
            dialect: None,
            event_format: EventFormat::Native,
            backend: None,
            api_base_url: None,
            api_token: None,
            close_button: false,
            mobile_webview: false,
            webview_url_scheme: None,
            client_redirect_url: None,
            oauth_resume: None,
            preselected: None,
            current_member: None,
            update_credentials: false,
            refresh: false,
            credentials_strategy: CredentialsStrategy::Store,
            override_strategy: OverrideStrategy::Backend,
            search_disabled: false,
            copy: None,
            mode: Mode::Aggregation,
            consent: None,
            paths: GuidedPaths::default(),
            current_microdeposit: None,
            country: None,
            countries: String::new(),
        }
    }
}

impl WidgetConfig {
    /// Reads the pairs; unusable values keep their default and are reported.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Self, Vec<ConfigProblem>) {
        let mut config = Self::default();
        let mut problems = Vec::new();
        for (key, value) in pairs {
            let problem = |expected| ConfigProblem { key: key.into(), expected, got: value.into() };
            match key {
                // The iframe page's own keys (mount() never passes them; the npm package leaves them out).
                #[cfg(not(feature = "npm"))]
                "host_origin" if is_origin(value) || value == "*" => config.host_origin = Some(value.into()),
                #[cfg(not(feature = "npm"))]
                "host_origin" => problems.push(problem("an origin such as https://app.example.com, or *")),
                "locale" => match Locale::parse(value) {
                    Some(locale) => config.locale = locale,
                    None => problems.push(problem(LOCALE_EXPECTED)),
                },
                "dialect" => match Dialect::parse(value) {
                    Some(dialect) => config.dialect = Some(dialect),
                    None => problems.push(problem("mx, saltedge or tink")),
                },
                "event_format" => match EventFormat::parse(value) {
                    Some(format) => config.event_format = format,
                    None => problems.push(problem("native, mx or saltedge")),
                },
                "color_scheme" | "ux_template" | "brand_color" | "logo_url_template" => {
                    if let Err(expected) = config.theme.set(key, value) {
                        problems.push(problem(expected));
                    }
                }
                #[cfg(not(feature = "npm"))]
                "backend" => match value {
                    "sandbox" => config.backend = Some(BackendChoice::Sandbox),
                    "bridge" => config.backend = Some(BackendChoice::Bridge),
                    "http" => config.backend = Some(BackendChoice::Http),
                    _ => problems.push(problem("sandbox, bridge or http")),
                },
                #[cfg(not(feature = "npm"))]
                "api_base_url" if is_http_url(value) => config.api_base_url = Some(value.trim_end_matches('/').into()),
                #[cfg(not(feature = "npm"))]
                "api_token" => config.api_token = Some(value.into()),
                "is_mobile_webview" => match value {
                    "true" | "false" => config.mobile_webview |= value == "true",
                    _ => problems.push(problem("true or false")),
                },
                "oauth_referral_source" => match value {
                    "BROWSER" | "APP" => config.mobile_webview |= value == "APP",
                    _ => problems.push(problem("BROWSER or APP")),
                },
                #[cfg(not(feature = "npm"))]
                "ui_message_webview_url_scheme" if is_app_scheme(value) => {
                    config.webview_url_scheme = Some(value.to_ascii_lowercase())
                }
                #[cfg(not(feature = "npm"))]
                "ui_message_webview_url_scheme" => problems.push(problem("an app's URL scheme such as mx or saltbridge")),
                "close_button" | "show_microdeposits_in_connect" | "enable_manual_accounts" | "enable_support_requests" => {
                    let on = value == "true";
                    match (value, key) {
                        ("true" | "false", "close_button") => config.close_button = on,
                        ("true" | "false", "show_microdeposits_in_connect") => config.paths.microdeposits = on,
                        ("true" | "false", "enable_manual_accounts") => config.paths.manual_accounts = on,
                        ("true" | "false", _) => config.paths.support = on,
                        _ => problems.push(problem("true or false")),
                    }
                }
                "client_redirect_url" if is_http_url(value.split_once('?').map_or(value, |(url, _)| url)) && !value.contains('#') => {
                    config.client_redirect_url = Some(value.into())
                }
                "client_redirect_url" => problems.push(problem("an http(s) URL without a fragment, such as https://app.example.com/bank-return")),
                "oauth_resume" => config.oauth_resume = Some(value.into()),
                "current_institution_guid" if !value.is_empty() => config.preselected = Some(InstitutionKey::Guid(value.into())),
                "current_institution_code" if !value.is_empty() => {
                    if !matches!(config.preselected, Some(InstitutionKey::Guid(_))) {
                        config.preselected = Some(InstitutionKey::Code(value.into()));
                    }
                }
                "current_institution_guid" | "current_institution_code" => {} // empty: none
                "current_member_guid" => config.current_member = Some(value.into()).filter(|guid: &String| !guid.is_empty()),
                "iso_country_code" if is_country_code(value) => config.country = Some(value.trim().to_ascii_uppercase()),
                "allowed_countries" if value.split(',').all(is_country_code) => {
                    config.countries = value.to_ascii_uppercase()
                }
                "iso_country_code" | "allowed_countries" if value.is_empty() => {}
                "iso_country_code" => problems.push(problem("a two-letter country code such as US or GB")),
                "allowed_countries" => problems.push(problem("two-letter country codes separated by commas, such as US,GB,XF")),
                "current_microdeposit_guid" => {
                    config.current_microdeposit = Some(value.into()).filter(|guid: &String| !guid.is_empty())
                }
                "update_credentials" | "refresh" => match value {
                    "true" | "false" if key == "refresh" => config.refresh = value == "true",
                    "true" | "false" => config.update_credentials = value == "true",
                    _ => problems.push(problem("true or false")),
                },
                "credentials_strategy" => match CredentialsStrategy::parse(value) {
                    Some(strategy) => config.credentials_strategy = strategy,
                    None => problems.push(problem("store, do_not_store or ask")),
                },
                "override_credentials_strategy" => match OverrideStrategy::parse(value) {
                    Some(strategy) => config.override_strategy = strategy,
                    None => problems.push(problem("ask or override")),
                },
                "disable_institution_search" => match value {
                    "true" | "false" => config.search_disabled = value == "true",
                    _ => problems.push(problem("true or false")),
                },
                "consent" => match crate::json::parse(value).as_ref().and_then(Consent::parse) {
                    Some(consent) => config.consent = Some(consent),
                    None => problems.push(problem(CONSENT_EXPECTED)),
                },
                "mode" => match Mode::parse(value) {
                    Some(mode) => config.mode = mode,
                    None => problems.push(problem("aggregation or verification")),
                },
                #[cfg(not(feature = "npm"))]
                "copy" => config.copy = Some(value.into()),
                #[cfg(not(feature = "npm"))]
                "api_base_url" => problems.push(problem("an http(s) URL such as https://api.example.com/connect")),
                _ => problems.push(problem(
                    "a known key (host_origin, locale, color_scheme, ux_template, brand_color, logo_url_template, dialect, event_format, backend, api_base_url, api_token, close_button, is_mobile_webview, oauth_referral_source, ui_message_webview_url_scheme, client_redirect_url, oauth_resume, current_institution_guid, current_institution_code, current_member_guid, current_microdeposit_guid, iso_country_code, allowed_countries, update_credentials, refresh, credentials_strategy, override_credentials_strategy, disable_institution_search, mode, consent, show_microdeposits_in_connect, enable_manual_accounts, enable_support_requests, copy)",
                )),
            }
        }
        if let Some((expected, brand)) = config.theme.brand_problem().zip(config.theme.brand.as_ref()) {
            problems.push(ConfigProblem { key: "brand_color".into(), expected, got: brand.hex.clone() });
        }
        if config.search_disabled && config.preselected.is_none() {
            config.search_disabled = false;
            problems.push(ConfigProblem {
                key: "disable_institution_search".into(),
                expected: "current_institution_guid or current_institution_code with it",
                got: "true".into(),
            });
        }
        #[cfg(not(feature = "npm"))]
        if config.mobile_webview && config.host_origin.is_none() {
            // MX's default: a native app hears `mx://` navigations; nothing else could hear events.
            config.webview_url_scheme.get_or_insert_with(|| "mx".into());
        }
        #[cfg(not(feature = "npm"))]
        if config.backend == Some(BackendChoice::Http) && config.api_base_url.is_none() {
            problems.push(ConfigProblem {
                key: "api_base_url".into(),
                expected: "an http(s) URL with backend=http",
                got: String::new(),
            });
        }
        (config, problems)
    }
}

#[cfg(test)]
mod tests;
