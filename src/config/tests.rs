//! The configuration's parsing: accepted values, reported problems, precedence.

use super::*;

#[test]
fn accepts_origins_and_reports_each_bad_key() {
    let (config, problems) = WidgetConfig::parse([
        ("host_origin", "http://127.0.0.1:8080"),
        ("color_scheme", "dark"),
        ("dialect", "salt-edge"),
        ("event_format", "mx"),
        ("backend", "http"),
        ("api_base_url", "https://api.example/connect/"),
    ]);
    assert_eq!(config.backend, Some(BackendChoice::Http));
    assert_eq!(config.api_base_url.as_deref(), Some("https://api.example/connect"));
    assert_eq!(config.dialect, Some(Dialect::SaltEdge));
    assert_eq!(config.event_format, EventFormat::Mx);
    assert_eq!(config.host_origin.as_deref(), Some("http://127.0.0.1:8080"));
    assert!(config.theme.scheme == ColorScheme::Dark && problems.is_empty());

    let (config, problems) = WidgetConfig::parse([
        ("host_origin", "http://a.example/path"),
        ("locale", "xx"),
        ("colour", "dark"),
        ("backend", "ftp"),
        ("api_base_url", "https://api.example/x?token=1"),
    ]);
    assert_eq!(config, WidgetConfig::default());
    let keys: Vec<_> = problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["host_origin", "locale", "colour", "backend", "api_base_url"]);
    assert!(problems[0].to_string().contains("expected an origin"));
    let (_, problems) = WidgetConfig::parse([("backend", "http")]);
    assert_eq!(problems[0].key, "api_base_url");
}

#[test]
fn a_return_page_must_be_an_http_url_and_the_resume_is_kept() {
    let (config, problems) = WidgetConfig::parse([
        ("client_redirect_url", "https://app.example/return?tab=banks"),
        ("oauth_resume", "code=1&state=s"),
    ]);
    assert!(problems.is_empty());
    assert_eq!(config.client_redirect_url.as_deref(), Some("https://app.example/return?tab=banks"));
    assert_eq!(config.oauth_resume.as_deref(), Some("code=1&state=s"));
    for bad in ["/return", "https://app.example/return#x", "javascript:alert(1)"] {
        assert_eq!(WidgetConfig::parse([("client_redirect_url", bad)]).1[0].key, "client_redirect_url", "{bad}");
    }
}

#[test]
fn a_preselected_institution_by_guid_wins_over_one_by_code() {
    let preselected = |pairs: &[(&str, &str)]| WidgetConfig::parse(pairs.iter().copied()).0.preselected;
    assert_eq!(
        preselected(&[("current_institution_code", "gringotts")]),
        Some(InstitutionKey::Code("gringotts".into()))
    );
    let both = [("current_institution_guid", "INS-1"), ("current_institution_code", "gringotts")];
    assert_eq!(preselected(&both), Some(InstitutionKey::Guid("INS-1".into())));
    assert_eq!(preselected(&[both[1], both[0]]), Some(InstitutionKey::Guid("INS-1".into())));
    assert_eq!(preselected(&[("current_institution_guid", "")]), None);
    let (config, problems) = WidgetConfig::parse([("disable_institution_search", "true")]);
    assert!(
        !config.search_disabled && problems[0].key == "disable_institution_search",
        "no search to hide without a preselected institution"
    );
    let (config, problems) =
        WidgetConfig::parse([("disable_institution_search", "true"), ("current_institution_code", "gringotts")]);
    assert!(config.search_disabled && problems.is_empty());
}

#[test]
fn star_only_when_written() {
    assert_eq!(WidgetConfig::parse([("host_origin", "*")]).0.host_origin.as_deref(), Some("*"));
    assert!(!is_origin("https://*.example") && !is_origin("ftp://x") && !is_origin("https://"));
}

#[test]
fn a_consent_is_read_from_json_and_reported_when_it_is_not_one() {
    let given = r#"{"scopes":["account_details","transactions_details"],"period_days":90,"recipient":"Acme"}"#;
    let (config, problems) = WidgetConfig::parse([("consent", given)]);
    assert!(problems.is_empty(), "{problems:?}");
    let consent = config.consent.unwrap();
    assert_eq!((consent.period_days, consent.recipient.as_deref()), (Some(90), Some("Acme")));
    for bad in ["yes", r#"{"scopes":["everything"]}"#] {
        let (config, problems) = WidgetConfig::parse([("consent", bad)]);
        assert_eq!((config.consent, problems.len()), (None, 1), "{bad}");
        assert_eq!(problems[0].key, "consent");
    }
}

#[test]
fn an_existing_member_is_opened_to_update_or_refresh_it_and_storing_credentials_is_asked() {
    let (config, problems) = WidgetConfig::parse([
        ("current_member_guid", "MBR-1"),
        ("update_credentials", "false"),
        ("refresh", "true"),
        ("refresh", "soon"),
        ("credentials_strategy", "ask"),
    ]);
    assert_eq!(config.current_member.as_deref(), Some("MBR-1"));
    assert!(!config.update_credentials && config.refresh);
    assert_eq!(config.credentials_strategy, CredentialsStrategy::Ask);
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].key.as_str(), problems[0].expected), ("refresh", "true or false"));
    let (_, problems) = WidgetConfig::parse([("credentials_strategy", "sometimes")]);
    assert_eq!(problems[0].expected, "store, do_not_store or ask");
    for (value, strategy) in [("ask", OverrideStrategy::Ask), ("override", OverrideStrategy::Override)] {
        let (config, problems) = WidgetConfig::parse([("override_credentials_strategy", value)]);
        assert_eq!((config.override_strategy, problems.len()), (strategy, 0));
    }
    let (config, problems) = WidgetConfig::parse([("override_credentials_strategy", "always")]);
    assert_eq!((config.override_strategy, problems[0].expected), (OverrideStrategy::Backend, "ask or override"));
}

#[test]
fn the_guided_paths_follow_the_mode_and_a_micro_deposit_can_be_opened() {
    let pairs = [
        ("show_microdeposits_in_connect", "true"),
        ("enable_manual_accounts", "true"),
        ("enable_support_requests", "yes"),
        ("current_microdeposit_guid", "MIC-1"),
        ("close_button", "true"),
    ];
    let (config, problems) = WidgetConfig::parse(pairs);
    assert_eq!(config.current_microdeposit.as_deref(), Some("MIC-1"));
    assert!(config.close_button);
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].key.as_str(), problems[0].expected), ("enable_support_requests", "true or false"));
    let paths = GuidedPaths { microdeposits: true, manual_accounts: true, support: true, countries: false };
    assert_eq!(config.paths, GuidedPaths { support: false, ..paths });
    let aggregating = paths.in_mode(Mode::Aggregation);
    assert_eq!((aggregating.microdeposits, aggregating.manual_accounts, aggregating.count()), (false, true, 2));
    let verifying = paths.in_mode(Mode::Verification);
    assert_eq!((verifying.microdeposits, verifying.manual_accounts, verifying.count()), (true, false, 2));
    let (config, _) = WidgetConfig::parse([("current_microdeposit_guid", "")]);
    assert_eq!(config.current_microdeposit, None);
    let (config, problems) = WidgetConfig::parse([("iso_country_code", "gb")]);
    assert_eq!((config.country.as_deref(), problems.len()), (Some("GB"), 0));
    let (config, problems) = WidgetConfig::parse([("iso_country_code", "GBR")]);
    assert_eq!((config.country, problems[0].key.as_str()), (None, "iso_country_code"));
    let (config, problems) = WidgetConfig::parse([("iso_country_code", "US,GB")]);
    assert_eq!((config.country, problems[0].expected), (None, "a two-letter country code such as US or GB"));
    let (config, problems) = WidgetConfig::parse([("allowed_countries", "us, XF,xo"), ("iso_country_code", " fr")]);
    assert_eq!((config.countries.as_str(), config.country.as_deref(), problems.len()), ("US, XF,XO", Some("FR"), 0));
    let (config, problems) = WidgetConfig::parse([("allowed_countries", "US,,GB"), ("allowed_countries", "")]);
    assert_eq!((config.countries.as_str(), problems.len()), ("", 1));
    assert_eq!(problems[0].expected, "two-letter country codes separated by commas, such as US,GB,XF");
    assert_eq!(GuidedPaths { countries: true, ..GuidedPaths::default() }.count(), 1);
}
