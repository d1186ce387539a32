//! What the user typed or chose, by field key. Never logged, never put in an event.

use std::collections::BTreeMap;

use super::{CredentialSchema, FieldKind};

/// One field's value: a single string, or several for a multi-select.
#[derive(Clone, PartialEq, Eq)]
pub enum FieldValue {
    One(String),
    Many(Vec<String>),
}

/// Every value of a form.
#[derive(Clone, Default, PartialEq)]
pub struct FieldValues(BTreeMap<String, FieldValue>);

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
            if let Some(value) = kept.0.get(&field.key) {
                values.0.insert(field.key.clone(), value.clone());
            }
        }
        values
    }

    /// The single value of a key, or "".
    pub fn get(&self, key: &str) -> &str {
        match self.0.get(key) {
            Some(FieldValue::One(value)) => value,
            _ => "",
        }
    }

    /// The chosen values of a multi-select key.
    pub fn get_many(&self, key: &str) -> &[String] {
        match self.0.get(key) {
            Some(FieldValue::Many(values)) => values,
            _ => &[],
        }
    }

    /// The value of a key, if any.
    pub fn value(&self, key: &str) -> Option<&FieldValue> {
        self.0.get(key)
    }

    pub fn set(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), FieldValue::One(value));
    }

    pub fn set_many(&mut self, key: &str, values: Vec<String>) {
        self.0.insert(key.to_owned(), FieldValue::Many(values));
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

    /// Forgets the value of a key (e.g. a refused password).
    pub fn clear(&mut self, key: &str) {
        self.0.remove(key);
    }
}

/// Values are secrets: the debug form shows only the keys.
impl std::fmt::Debug for FieldValues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}
