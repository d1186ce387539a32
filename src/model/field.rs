//! The canonical credential field, its validation, and the values a user typed.

use std::collections::BTreeMap;

/// How a field is rendered and what it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Plain text (MX TEXT and LOGIN).
    Text,
    /// Masked input with a show/hide toggle.
    Password,
}

/// One input the bank asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The key the backend expects the value under (MX: the credential guid).
    pub key: String,
    pub label: String,
    pub kind: FieldKind,
    pub required: bool,
    /// Position in the form; lower first.
    pub order: i64,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
}

/// Why a value is not acceptable for its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    TooShort(usize),
    TooLong(usize),
}

impl Field {
    /// Checks a value against the field's rules.
    pub fn validate(&self, value: &str) -> Result<(), FieldError> {
        let length = value.chars().count();
        if value.trim().is_empty() {
            return if self.required { Err(FieldError::Required) } else { Ok(()) };
        }
        if let Some(min) = self.min_length.filter(|min| length < *min) {
            return Err(FieldError::TooShort(min));
        }
        if let Some(max) = self.max_length.filter(|max| length > *max) {
            return Err(FieldError::TooLong(max));
        }
        Ok(())
    }
}

/// The form a bank asks the user to fill in.
#[derive(Clone, Debug, PartialEq)]
pub struct CredentialSchema {
    /// Fields in display order.
    pub fields: Vec<Field>,
}

impl CredentialSchema {
    /// Builds a schema, putting the fields in the provider's order.
    pub fn new(mut fields: Vec<Field>) -> Self {
        fields.sort_by_key(|field| field.order);
        Self { fields }
    }

    /// Validates every field; the errors come back in display order.
    pub fn validate(&self, values: &FieldValues) -> Vec<(String, FieldError)> {
        self.fields
            .iter()
            .filter_map(|field| {
                let value = values.get(&field.key);
                field.validate(value).err().map(|error| (field.key.clone(), error))
            })
            .collect()
    }

    /// The keys of the masked fields (cleared after a refused login).
    pub fn secret_keys(&self) -> impl Iterator<Item = &str> {
        self.fields
            .iter()
            .filter(|field| field.kind == FieldKind::Password)
            .map(|field| field.key.as_str())
    }
}

/// What the user typed, by field key. Never logged, never put in an event.
#[derive(Clone, Default, PartialEq)]
pub struct FieldValues(BTreeMap<String, String>);

impl FieldValues {
    /// The value typed for a key, or "".
    pub fn get(&self, key: &str) -> &str {
        self.0.get(key).map(String::as_str).unwrap_or("")
    }

    pub fn set(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    /// Forgets the value of a key (e.g. a refused password).
    pub fn clear(&mut self, key: &str) {
        self.0.remove(key);
    }

    /// Key/value pairs in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// Values are secrets: the debug form shows only the keys.
impl std::fmt::Debug for FieldValues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(key: &str, kind: FieldKind, order: i64, required: bool) -> Field {
        Field {
            key: key.into(),
            label: key.into(),
            kind,
            required,
            order,
            min_length: None,
            max_length: None,
        }
    }

    #[test]
    fn required_optional_and_lengths() {
        let mut f = field("pin", FieldKind::Text, 1, true);
        assert_eq!(f.validate(""), Err(FieldError::Required));
        assert_eq!(f.validate("   "), Err(FieldError::Required));
        f.min_length = Some(4);
        f.max_length = Some(6);
        assert_eq!(f.validate("123"), Err(FieldError::TooShort(4)));
        assert_eq!(f.validate("1234567"), Err(FieldError::TooLong(6)));
        assert_eq!(f.validate("1234"), Ok(()));
        f.required = false;
        assert_eq!(f.validate(""), Ok(()));
    }

    #[test]
    fn schema_orders_fields_and_reports_errors_in_order() {
        let schema = CredentialSchema::new(vec![
            field("password", FieldKind::Password, 2, true),
            field("login", FieldKind::Text, 1, true),
        ]);
        let keys: Vec<_> = schema.fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["login", "password"]);
        let errors = schema.validate(&FieldValues::default());
        assert_eq!(errors[0], ("login".to_string(), FieldError::Required));
        assert_eq!(schema.secret_keys().collect::<Vec<_>>(), ["password"]);
    }

    #[test]
    fn debug_output_never_shows_values() {
        let mut values = FieldValues::default();
        values.set("password", "hunter2".into());
        let shown = format!("{values:?}");
        assert!(shown.contains("password") && !shown.contains("hunter2"));
        values.clear("password");
        assert_eq!(values.get("password"), "");
    }
}
