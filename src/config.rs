//! Widget configuration: parsed from key/value pairs (the iframe URL's query, later a handshake
//! message), with every problem reported by key and expectation, never silently ignored.

use crate::events::EventFormat;
use crate::i18n::Locale;
use crate::model::Dialect;

/// The configuration the widget runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    /// The origin events are posted to (`host_origin`); `None` means none was given, so events
    /// are not posted. `*` only when the host wrote it explicitly.
    pub host_origin: Option<String>,
    pub locale: Locale,
    /// `color_scheme`: light (default) or dark.
    pub dark: bool,
    /// `dialect`: parse provider schemas as this dialect instead of detecting it from their shape.
    pub dialect: Option<Dialect>,
    /// `event_format`: the envelope events reach the host in.
    pub event_format: EventFormat,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        Self { host_origin: None, locale: Locale::En, dark: false, dialect: None, event_format: EventFormat::Native }
    }
}

/// One configuration value the widget could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    pub key: String,
    pub expected: &'static str,
    pub got: String,
}

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "configuration `{}`: expected {}, got \"{}\"", self.key, self.expected, self.got)
    }
}

/// Keys that other layers read (the entry point chooses the backend from them).
const PASSED_THROUGH: [&str; 1] = ["sandbox"];

impl WidgetConfig {
    /// Reads the pairs; unusable values keep their default and are reported.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Self, Vec<ConfigProblem>) {
        let mut config = Self::default();
        let mut problems = Vec::new();
        for (key, value) in pairs {
            let problem = |expected| ConfigProblem { key: key.into(), expected, got: value.into() };
            match key {
                "host_origin" if is_origin(value) || value == "*" => config.host_origin = Some(value.into()),
                "host_origin" => problems.push(problem("an origin such as https://app.example.com, or *")),
                "locale" => match Locale::parse(value) {
                    Some(locale) => config.locale = locale,
                    None => problems.push(problem("a supported locale (en)")),
                },
                "dialect" => match Dialect::parse(value) {
                    Some(dialect) => config.dialect = Some(dialect),
                    None => problems.push(problem("mx, saltedge or tink")),
                },
                "event_format" => match EventFormat::parse(value) {
                    Some(format) => config.event_format = format,
                    None => problems.push(problem("native, mx or saltedge")),
                },
                "color_scheme" => match value {
                    "light" | "dark" => config.dark = value == "dark",
                    _ => problems.push(problem("light or dark")),
                },
                _ if PASSED_THROUGH.contains(&key) => {}
                _ => problems.push(problem("a known key (host_origin, locale, color_scheme, dialect, event_format, sandbox)")),
            }
        }
        (config, problems)
    }
}

/// `scheme://host[:port]` with an http(s) scheme and nothing after the authority.
fn is_origin(value: &str) -> bool {
    let Some((scheme, authority)) = value.split_once("://") else { return false };
    matches!(scheme, "http" | "https")
        && !authority.is_empty()
        && !authority.contains(['/', '?', '#', '@', ' ', '*'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_origins_and_reports_each_bad_key() {
        let (config, problems) = WidgetConfig::parse([
            ("host_origin", "http://127.0.0.1:8080"),
            ("color_scheme", "dark"),
            ("dialect", "salt-edge"),
            ("event_format", "mx"),
            ("sandbox", "true"),
        ]);
        assert_eq!(config.dialect, Some(Dialect::SaltEdge));
        assert_eq!(config.event_format, EventFormat::Mx);
        assert_eq!(config.host_origin.as_deref(), Some("http://127.0.0.1:8080"));
        assert!(config.dark && problems.is_empty());

        let (config, problems) = WidgetConfig::parse([
            ("host_origin", "http://a.example/path"),
            ("locale", "xx"),
            ("colour", "dark"),
        ]);
        assert_eq!(config, WidgetConfig::default());
        let keys: Vec<_> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["host_origin", "locale", "colour"]);
        assert!(problems[0].to_string().contains("expected an origin"));
    }

    #[test]
    fn star_only_when_written() {
        assert_eq!(WidgetConfig::parse([("host_origin", "*")]).0.host_origin.as_deref(), Some("*"));
        assert!(!is_origin("https://*.example") && !is_origin("ftp://x") && !is_origin("https://"));
    }
}
