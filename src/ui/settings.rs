//! What the host configured about the widget's behaviour, read once and fixed for its life.

use crate::config::{GuidedPaths, WidgetConfig};
use crate::model::{CredentialsStrategy, InstitutionKey, Mode, OverrideStrategy};

/// The host's settings the flows read (never change).
pub struct Settings {
    /// In a mobile web view the host opens the bank's page (`is_mobile_webview`).
    pub mobile_webview: bool,
    /// The host's page the bank returns to after a top-level redirect (`client_redirect_url`).
    pub client_redirect_url: Option<String>,
    /// The institution the host opens the widget on (`current_institution_guid` / `_code`).
    pub preselected: Option<InstitutionKey>,
    /// The host keeps the search (`disable_institution_search`): the widget never shows it.
    pub search_disabled: bool,
    /// The host's `logo_url_template`, for institutions sent without a logo.
    pub logo_template: Option<String>,
    /// What the widget connects for (`mode`): it picks the job a connection runs.
    pub mode: Mode,
    /// Whether the backend stores the credentials, or the user chooses (`credentials_strategy`).
    pub credentials_strategy: CredentialsStrategy,
    /// Whether new credentials replace the stored ones, or the user confirms it
    /// (`override_credentials_strategy`).
    pub override_strategy: OverrideStrategy,
    /// The ways on the host offers when the user cannot connect their bank.
    pub paths: GuidedPaths,
    /// The countries the user may search in (`allowed_countries`: codes separated by commas).
    pub countries: String,
}

impl Settings {
    pub fn new(config: &WidgetConfig) -> Self {
        Self {
            mobile_webview: config.mobile_webview,
            client_redirect_url: config.client_redirect_url.clone(),
            preselected: config.preselected.clone(),
            search_disabled: config.search_disabled,
            logo_template: config.theme.logo_template.clone(),
            mode: config.mode,
            credentials_strategy: config.credentials_strategy,
            override_strategy: config.override_strategy,
            paths: GuidedPaths { countries: config.countries.contains(','), ..config.paths.in_mode(config.mode) },
            countries: config.countries.clone(),
        }
    }
}
