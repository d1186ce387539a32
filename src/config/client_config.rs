//! MX's `clientConfig` both ways: the fields of it that configure the widget, and the widget's
//! own settings that the backend must see in it.

use serde_json::{Map, Value};

use super::WidgetConfig;
use crate::model::Mode;

/// The fields of MX's `clientConfig` that configure the widget itself.
const WIDGET_FIELDS: [&str; 20] = [
    "mode",
    "color_scheme",
    "is_mobile_webview",
    "ui_message_webview_url_scheme",
    "oauth_referral_source",
    "client_redirect_url",
    "current_institution_guid",
    "current_institution_code",
    "current_member_guid",
    "update_credentials",
    "refresh",
    "credentials_strategy",
    "override_credentials_strategy",
    "disable_institution_search",
    "current_microdeposit_guid",
    "iso_country_code",
    "allowed_countries",
    "show_microdeposits_in_connect",
    "enable_manual_accounts",
    "enable_support_requests",
];

/// The fields of MX's `clientConfig` that configure the widget itself, as configuration pairs.
/// Put them before the widget's own keys, so that those win.
pub fn client_config_pairs(client_config: &Value) -> Vec<(String, String)> {
    WIDGET_FIELDS
        .into_iter()
        .filter_map(|key| Some((key.to_owned(), crate::json::scalar_text(client_config.get(key)?)?)))
        .collect()
}

impl WidgetConfig {
    /// MX's `clientConfig` for the callbacks: `given` (the host's, or `Null`), with the widget's
    /// `client_redirect_url` filled in, so the backend can build the bank's page with it, and its
    /// `mode` when it is not the default.
    pub fn mx_client_config(&self, given: Value) -> Value {
        let mode = (self.mode != Mode::Aggregation).then(|| self.mode.name());
        if self.client_redirect_url.is_none() && mode.is_none() {
            return given;
        }
        let mut client_config = match given {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        if let Some(url) = &self.client_redirect_url {
            client_config.insert("client_redirect_url".into(), url.as_str().into());
        }
        if let Some(mode) = mode {
            client_config.insert("mode".into(), mode.into());
        }
        Value::Object(client_config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn mx_client_config_fields_configure_the_widget() {
        let client_config = json!({ "mode": "aggregation", "color_scheme": "dark", "is_mobile_webview": true, "oauth_referral_source": null });
        let pairs = client_config_pairs(&client_config);
        assert_eq!(
            pairs,
            [
                ("mode".to_owned(), "aggregation".to_owned()),
                ("color_scheme".to_owned(), "dark".to_owned()),
                ("is_mobile_webview".to_owned(), "true".to_owned())
            ]
        );
        let (config, problems) = WidgetConfig::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert!(
            config.theme.scheme == crate::config::ColorScheme::Dark && config.mobile_webview && problems.is_empty()
        );
        let lifted =
            client_config_pairs(&json!({ "current_institution_code": "gringotts", "current_institution_guid": null }));
        assert_eq!(lifted, [("current_institution_code".to_owned(), "gringotts".to_owned())]);
    }

    #[test]
    fn the_redirect_page_reaches_the_backends_client_config() {
        let (config, _) = WidgetConfig::parse([("client_redirect_url", "https://app.example/return?tab=banks")]);
        let expected = json!({ "mode": "aggregation", "client_redirect_url": "https://app.example/return?tab=banks" });
        assert_eq!(config.mx_client_config(json!({ "mode": "aggregation" })), expected);
        assert_eq!(WidgetConfig::default().mx_client_config(Value::Null), Value::Null);
        let (verifying, _) = WidgetConfig::parse([("mode", "verification")]);
        assert_eq!(verifying.mx_client_config(Value::Null), json!({ "mode": "verification" }));
        let lifted = client_config_pairs(&json!({ "mode": "verification" }));
        assert_eq!(
            WidgetConfig::parse(lifted.iter().map(|(k, v)| (k.as_str(), v.as_str()))).0.mode,
            Mode::Verification
        );
    }
}
