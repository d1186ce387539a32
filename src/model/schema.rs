//! A bank's credential form: its fields in order, its instructions, and the dialect it came in.

use super::{Field, FieldError, FieldKind, FieldValues};

/// The vendor shape a schema came in, which is also the shape its values are submitted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// MX: `credentials` with `field_type` codes; submitted as `[{guid, value}]`.
    Mx,
    /// Salt Edge: `required_fields`/`interactive_fields` with `nature`; submitted as `{name: value}`.
    SaltEdge,
    /// Tink: provider `fields`; submitted as `{name: value}`.
    Tink,
}

impl Dialect {
    /// The vendor's name, for messages.
    pub fn vendor(self) -> &'static str {
        match self {
            Dialect::Mx => "MX",
            Dialect::SaltEdge => "Salt Edge",
            Dialect::Tink => "Tink",
        }
    }

    /// The dialect for a configuration value (`mx`, `saltedge`, `tink`).
    pub fn parse(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().replace(['-', '_', ' '], "").as_str() {
            "mx" => Some(Dialect::Mx),
            "saltedge" => Some(Dialect::SaltEdge),
            "tink" => Some(Dialect::Tink),
            _ => None,
        }
    }
}

/// The form a bank asks the user to fill in.
#[derive(Clone, Debug, PartialEq)]
pub struct CredentialSchema {
    pub dialect: Dialect,
    /// Fields in display order.
    pub fields: Vec<Field>,
    /// The provider's instructions (Salt Edge `instruction`, Tink `passwordHelpText`).
    pub instructions: Option<String>,
    /// Things a developer should know (e.g. a pattern the widget could not check), for the console.
    pub notes: Vec<String>,
}

impl CredentialSchema {
    /// Builds a schema, putting the fields in the provider's order (stable for equal positions).
    pub fn new(dialect: Dialect, mut fields: Vec<Field>) -> Self {
        fields.sort_by_key(|field| field.order);
        Self { dialect, fields, instructions: None, notes: Vec::new() }
    }

    /// Validates every field; the errors come back in display order.
    pub fn validate(&self, values: &FieldValues) -> Vec<(String, FieldError)> {
        self.fields
            .iter()
            .filter_map(|field| field.validate(values.value(&field.key)).err().map(|e| (field.key.clone(), e)))
            .collect()
    }

    /// The keys of the masked fields (cleared after a refused login).
    pub fn secret_keys(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().filter(|f| f.kind == FieldKind::Password).map(|f| f.key.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FieldOption;

    fn field(key: &str, kind: FieldKind, order: i64) -> Field {
        Field { key: key.into(), label: key.into(), kind, required: true, order, ..Field::default() }
    }

    #[test]
    fn orders_fields_and_reports_errors_in_order() {
        let schema = CredentialSchema::new(
            Dialect::Mx,
            vec![field("password", FieldKind::Password, 2), field("login", FieldKind::Text, 1)],
        );
        let keys: Vec<_> = schema.fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["login", "password"]);
        assert_eq!(schema.validate(&FieldValues::default())[0], ("login".to_string(), FieldError::Required));
        assert_eq!(schema.secret_keys().collect::<Vec<_>>(), ["password"]);
    }

    #[test]
    fn initial_values_come_from_prefills_and_selected_options() {
        let option =
            |value: &str, selected| FieldOption { label: value.into(), value: value.into(), selected, image: None };
        let mut select = field("pick", FieldKind::Select, 1);
        select.options = vec![option("a", false), option("b", true)];
        let mut many = field("many", FieldKind::MultiSelect, 2);
        many.options = vec![option("x", true), option("y", true)];
        let mut read_only = field("ssn", FieldKind::Text, 3);
        read_only.value = Some("1987".into());
        read_only.read_only = true;
        let schema = CredentialSchema::new(
            Dialect::SaltEdge,
            vec![select, many, read_only, field("box", FieldKind::Checkbox, 4)],
        );
        let mut kept = FieldValues::default();
        kept.set("pick", "a".into());
        kept.set("ssn", "changed".into());
        let values = FieldValues::initial_with(&schema, &kept);
        assert_eq!(values.get("pick"), "a");
        assert_eq!(values.get_many("many"), ["x", "y"]);
        assert_eq!(values.get("ssn"), "1987", "read-only values are not overridden");
        assert_eq!(values.get("box"), "false");
        let mut shown = values.clone();
        shown.set("password", "hunter2".into());
        assert!(!format!("{shown:?}").contains("hunter2"));
    }
}
