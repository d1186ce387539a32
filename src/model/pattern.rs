//! A provider's validation pattern, matched against the whole value. In the browser the
//! browser's own `RegExp` checks it (its syntax is close to the Java patterns Tink sends, and it
//! costs the bundle nothing); natively, `regex-lite` does.

/// A provider pattern with the provider's own error text.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    source: String,
    /// The provider's message when the value does not match (Tink `patternError`).
    pub error: Option<String>,
}

impl Pattern {
    /// Checks that `source` compiles, anchored so that it must match the whole value. Fails for
    /// syntax the engine does not support, with the engine's explanation.
    pub fn new(source: &str, error: Option<String>) -> Result<Self, String> {
        engine::compile(&anchored(source))?;
        Ok(Self { source: source.to_owned(), error })
    }

    /// Whether the whole of `value` matches.
    pub fn matches(&self, value: &str) -> bool {
        engine::compile(&anchored(&self.source)).map_or(true, |regex| engine::is_match(&regex, value))
    }
}

fn anchored(source: &str) -> String {
    format!("^(?:{source})$")
}

#[cfg(target_arch = "wasm32")]
mod engine {
    use wasm_bindgen::{JsCast, JsValue};

    pub fn compile(source: &str) -> Result<js_sys::RegExp, String> {
        let arguments = js_sys::Array::of2(&JsValue::from_str(source), &JsValue::from_str("u"));
        js_sys::Reflect::construct(&js_sys::RegExp::new("", "").constructor(), &arguments)
            .map(|regex| regex.unchecked_into())
            .map_err(|error| error.as_string().unwrap_or_else(|| "invalid pattern".into()))
    }

    pub fn is_match(regex: &js_sys::RegExp, value: &str) -> bool {
        regex.test(value)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    pub fn compile(source: &str) -> Result<regex_lite::Regex, String> {
        regex_lite::Regex::new(source).map_err(|e| e.to_string())
    }

    pub fn is_match(regex: &regex_lite::Regex, value: &str) -> bool {
        regex.is_match(value)
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
