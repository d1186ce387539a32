//! A provider's validation pattern, matched against the whole value.

/// A compiled pattern with the provider's own error text.
#[derive(Clone, Debug)]
pub struct Pattern {
    source: String,
    regex: regex_lite::Regex,
    /// The provider's message when the value does not match (Tink `patternError`).
    pub error: Option<String>,
}

impl Pattern {
    /// Compiles `source` so that it must match the whole value. Fails for syntax the engine
    /// does not support (e.g. look-around), with the engine's explanation.
    pub fn new(source: &str, error: Option<String>) -> Result<Self, String> {
        let regex = regex_lite::Regex::new(&format!("^(?:{source})$")).map_err(|e| e.to_string())?;
        Ok(Self { source: source.to_owned(), regex, error })
    }

    /// Whether the whole of `value` matches.
    pub fn matches(&self, value: &str) -> bool {
        self.regex.is_match(value)
    }

    /// The pattern as the provider wrote it.
    pub fn source(&self) -> &str {
        &self.source
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source && self.error == other.error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_whole_value_only() {
        let ssn = Pattern::new("(19|20)[0-9]{10}", None).unwrap();
        assert!(ssn.matches("198709230000"));
        assert!(!ssn.matches("x198709230000"));
        assert!(!ssn.matches("1987092300001"));
        assert!(Pattern::new("(?=x)", None).is_err());
    }
}
