//! What the user typed or chose, by field key. Never logged, never put in an event.

use super::{CredentialSchema, FieldKind};

/// One field's value: a single string, or several for a multi-select.
#[derive(Clone, PartialEq, Eq)]
pub enum FieldValue {
    One(String),
    Many(Vec<String>),
}

/// Every value of a form, by key. A short list (forms have a handful of fields): smaller in the
/// bundle than a map.
#[derive(Clone, Default)]
pub struct FieldValues(Vec<(String, FieldValue)>);

impl PartialEq for FieldValues {
    /// The same keys with the same values, in any order.
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().all(|(key, value)| other.value(key) == Some(value))
    }
}

impl FieldValues {
    /// The starting values for `schema`: prefilled values, selected options, unchecked boxes.
    pub fn initial(schema: &CredentialSchema) -> Self {
        let mut values = Self::default();
        for field in &schema.fields {
            let selected = field.options.iter().filter(|o| o.selected).map(|o| o.value.clone());
            match field.kind {
                FieldKind::MultiSelect => values.set_many(&field.key, selected.collect()),
                FieldKind::Select | FieldKind::Radio => {
                    if let Some(value) = field.value.clone().or(selected.into_iter().next()) {
                        values.set(&field.key, value);
                    }
                }
                FieldKind::Checkbox => {
                    let checked = field.value.as_deref().is_some_and(|v| v.eq_ignore_ascii_case("true"));
                    values.set(&field.key, checked.to_string());
                }
                _ => {
                    if let Some(value) = &field.value {
                        values.set(&field.key, value.clone());
                    }
                }
            }
        }
        values
    }

    /// Starting values for `schema`, overridden by `kept` where the user already typed.
    pub fn initial_with(schema: &CredentialSchema, kept: &FieldValues) -> Self {
        let mut values = Self::initial(schema);
        for field in schema.fields.iter().filter(|f| !f.read_only) {
            if let Some(value) = kept.value(&field.key) {
                values.insert(&field.key, value.clone());
            }
        }
        values
    }

    /// The single value of a key, or "".
    pub fn get(&self, key: &str) -> &str {
        match self.value(key) {
            Some(FieldValue::One(value)) => value,
            _ => "",
        }
    }

    /// The chosen values of a multi-select key.
    pub fn get_many(&self, key: &str) -> &[String] {
        match self.value(key) {
            Some(FieldValue::Many(values)) => values,
            _ => &[],
        }
    }

    /// The value of a key, if any.
    pub fn value(&self, key: &str) -> Option<&FieldValue> {
        self.0.iter().find(|(known, _)| known == key).map(|(_, value)| value)
    }

    fn insert(&mut self, key: &str, value: FieldValue) {
        match self.0.iter_mut().find(|(known, _)| known == key) {
            Some((_, old)) => *old = value,
            None => self.0.push((key.to_owned(), value)),
        }
    }

    pub fn set(&mut self, key: &str, value: String) {
        self.insert(key, FieldValue::One(value));
    }

    pub fn set_many(&mut self, key: &str, values: Vec<String>) {
        self.insert(key, FieldValue::Many(values));
    }

    /// Adds `value` to a multi-select key, or removes it when `chosen` is false.
    pub fn choose(&mut self, key: &str, value: &str, chosen: bool) {
        let mut current = self.get_many(key).to_vec();
        current.retain(|v| v != value);
        if chosen {
            current.push(value.to_owned());
        }
        self.set_many(key, current);
    }

    /// Takes every value of `other`, in place of the values of the same keys.
    pub fn merge(&mut self, other: FieldValues) {
        for (key, value) in other.0 {
            self.insert(&key, value);
        }
    }

    /// Forgets the value of a key (e.g. a refused password).
    pub fn clear(&mut self, key: &str) {
        self.0.retain(|(known, _)| known != key);
    }
}

/// Values are secrets: the debug form shows only the keys.
impl std::fmt::Debug for FieldValues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.iter().map(|(key, _)| key)).finish()
    }
}
