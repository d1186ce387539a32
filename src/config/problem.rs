//! How the widget reports a configuration value it could not use.

/// One configuration value the widget could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    pub key: String,
    pub expected: &'static str,
    pub got: String,
}

/// What a `locale` must be.
pub const LOCALE_EXPECTED: &str = "a supported locale (en, es, fr, fr-CA, ro, sv)";

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "configuration `{}`: expected {}, got \"{}\"", self.key, self.expected, self.got)
    }
}
