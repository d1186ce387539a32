//! Small, strict readers over `serde_json::Value` that report where and what went wrong.

use serde_json::{Map, Value};

/// Vendor JSON that does not have the shape the dialect documents: a [`Mismatch`], boxed so that
/// every reader's `Result` stays small (its fields read through it: `error.path`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialectError(Box<Mismatch>);

/// Where vendor JSON departs from the dialect's shape, and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The vendor, e.g. "MX".
    pub dialect: &'static str,
    /// Where in the document, e.g. `credentials[2].field_type`.
    pub path: String,
    /// What was expected there.
    pub expected: String,
    /// The field concerned, by its label or name, when known.
    pub field: Option<String>,
}

impl From<Mismatch> for DialectError {
    fn from(mismatch: Mismatch) -> Self {
        Self(Box::new(mismatch))
    }
}

impl std::ops::Deref for DialectError {
    type Target = Mismatch;

    fn deref(&self) -> &Mismatch {
        &self.0
    }
}

impl std::ops::DerefMut for DialectError {
    fn deref_mut(&mut self) -> &mut Mismatch {
        &mut self.0
    }
}

impl std::fmt::Display for DialectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} response: `{}` should be {}", self.dialect, self.path, self.expected)?;
        match &self.field {
            Some(field) => write!(f, " (field “{field}”)"),
            None => Ok(()),
        }
    }
}

/// A JSON object being read, with its path (and field name, once known) for error messages.
pub struct Reader<'a> {
    dialect: &'static str,
    path: String,
    field: Option<String>,
    object: &'a Map<String, Value>,
}

impl<'a> Reader<'a> {
    /// Reads `value` as an object at `path`.
    pub fn object(dialect: &'static str, path: String, value: &'a Value) -> Result<Self, DialectError> {
        match value.as_object() {
            Some(object) => Ok(Self { dialect, path, field: None, object }),
            None => Err(Mismatch { dialect, path, expected: "an object".into(), field: None }.into()),
        }
    }

    /// Names the field this object describes, for the errors that follow.
    pub fn naming(&mut self, field: &str) {
        self.field = Some(field.to_owned());
    }

    /// An error at `key` (or at this object when `key` is empty).
    pub fn error(&self, key: &str, expected: impl Into<String>) -> DialectError {
        let path = if key.is_empty() { self.path.clone() } else { self.child(key) };
        Mismatch { dialect: self.dialect, path, expected: expected.into(), field: self.field.clone() }.into()
    }

    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// A present, non-null value.
    fn present(&self, key: &str) -> Option<&'a Value> {
        self.object.get(key).filter(|v| !v.is_null())
    }

    /// Whether `key` is present and not null.
    pub fn has(&self, key: &str) -> bool {
        self.present(key).is_some()
    }

    /// A required string (numbers are accepted and written out).
    pub fn string(&self, key: &str) -> Result<String, DialectError> {
        self.opt_string(key)?.ok_or_else(|| self.error(key, "a string"))
    }

    /// An optional string; null and absent are `None`.
    pub fn opt_string(&self, key: &str) -> Result<Option<String>, DialectError> {
        match self.present(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(crate::json::number_text(n))),
            Some(_) => Err(self.error(key, "a string")),
        }
    }

    /// An optional, non-blank string.
    pub fn opt_text(&self, key: &str) -> Result<Option<String>, DialectError> {
        Ok(self.opt_string(key)?.filter(|s| !s.trim().is_empty()))
    }

    /// An optional http(s) URL of a page the widget opens; blank is `None`, any other scheme
    /// (`javascript:`, `data:`…) an error, so such a page is never opened.
    pub fn opt_page_url(&self, key: &str) -> Result<Option<String>, DialectError> {
        let url = self.opt_text(key)?;
        let scheme = url.as_deref().and_then(|url| url.split_once(':')).map(|(scheme, _)| scheme.to_ascii_lowercase());
        match (url, scheme.as_deref()) {
            (Some(url), Some("https" | "http")) => Ok(Some(url)),
            (Some(_), _) => Err(self.error(key, "an http(s) URL")),
            (None, _) => Ok(None),
        }
    }

    /// An optional boolean; null and absent are `false`.
    pub fn flag(&self, key: &str) -> Result<bool, DialectError> {
        match self.present(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(self.error(key, "true or false")),
        }
    }

    /// An optional non-negative integer.
    pub fn opt_u64(&self, key: &str) -> Result<Option<u64>, DialectError> {
        match self.present(key) {
            None => Ok(None),
            Some(v) => v.as_u64().map(Some).ok_or_else(|| self.error(key, "a whole number")),
        }
    }

    /// An optional length limit; 0 means none.
    pub fn opt_length(&self, key: &str) -> Result<Option<usize>, DialectError> {
        Ok(self.opt_u64(key)?.filter(|n| *n > 0).map(|n| usize::try_from(n).unwrap_or(usize::MAX)))
    }

    /// An optional signed integer.
    pub fn opt_i64(&self, key: &str) -> Result<Option<i64>, DialectError> {
        match self.present(key) {
            None => Ok(None),
            Some(v) => v.as_i64().map(Some).ok_or_else(|| self.error(key, "a whole number")),
        }
    }

    /// A required value of any type, with its path.
    pub fn value(&self, key: &str) -> Result<(&'a Value, String), DialectError> {
        self.present(key).map(|v| (v, self.child(key))).ok_or_else(|| self.error(key, "present"))
    }

    /// An optional value of any type, with its path.
    pub fn opt_value(&self, key: &str) -> Option<(&'a Value, String)> {
        self.present(key).map(|v| (v, self.child(key)))
    }

    /// An optional list, as its items with their paths.
    pub fn opt_list(&self, key: &str) -> Result<Vec<(&'a Value, String)>, DialectError> {
        match self.present(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => {
                let path = self.child(key);
                Ok(items.iter().enumerate().map(|(i, v)| (v, format!("{path}[{i}]"))).collect())
            }
            Some(_) => Err(self.error(key, "a list")),
        }
    }

    /// An optional nested object.
    pub fn opt_object(&self, key: &str) -> Result<Option<Reader<'a>>, DialectError> {
        match self.present(key) {
            None => Ok(None),
            Some(v) => {
                let mut reader = Reader::object(self.dialect, self.child(key), v)?;
                reader.field = self.field.clone();
                Ok(Some(reader))
            }
        }
    }

    /// Reads `value` (found under this object) as an object, keeping the field name.
    pub fn nested(&self, value: &'a Value, path: String) -> Result<Reader<'a>, DialectError> {
        let mut reader = Reader::object(self.dialect, path, value)?;
        reader.field = self.field.clone();
        Ok(reader)
    }
}

/// Takes `document[key]` when the document is wrapped (`{"member": {…}}`), else the document itself.
pub fn unwrap<'a>(document: &'a Value, key: &str) -> &'a Value {
    document.get(key).unwrap_or(document)
}

/// Reads an array (wrapped under `key` or bare) and maps each element with its path.
pub fn list<T>(
    dialect: &'static str,
    document: &Value,
    key: &str,
    mut item: impl FnMut(Reader<'_>) -> Result<T, DialectError>,
) -> Result<Vec<T>, DialectError> {
    let Some(items) = unwrap(document, key).as_array() else {
        return Err(Mismatch {
            dialect,
            path: key.to_owned(),
            expected: format!("a list (bare, or wrapped as {{\"{key}\": [...]}})"),
            field: None,
        }
        .into());
    };
    let mut read = Vec::with_capacity(items.len());
    for (i, value) in items.iter().enumerate() {
        read.push(item(Reader::object(dialect, format!("{key}[{i}]"), value)?)?);
    }
    Ok(read)
}
