//! Checking a value against its field's rules, the way the provider describes them.

use super::{Field, FieldKind, FieldValue};

/// Why a value is not acceptable for its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    TooShort(usize),
    TooLong(usize),
    /// A number field holds something other than digits.
    NotANumber,
    /// The value does not match the provider's pattern (its `error` text explains).
    PatternMismatch,
    /// A value that is not one of the field's options.
    NotAnOption,
}

impl Field {
    /// Checks a value (absent counts as empty) against the field's rules.
    pub fn validate(&self, value: Option<&FieldValue>) -> Result<(), FieldError> {
        match (self.kind, value) {
            // A box with a pattern must be ticked (the widget's own confirmations).
            (FieldKind::Checkbox, value) if self.pattern.is_some() => {
                let ticked = matches!(value, Some(FieldValue::One(text)) if text == "true");
                if ticked {
                    Ok(())
                } else {
                    Err(FieldError::PatternMismatch)
                }
            }
            (FieldKind::Hidden | FieldKind::Checkbox, _) => Ok(()),
            (FieldKind::MultiSelect, value) => {
                let chosen = match value {
                    Some(FieldValue::Many(values)) => values.as_slice(),
                    _ => &[],
                };
                if chosen.is_empty() {
                    return if self.required { Err(FieldError::Required) } else { Ok(()) };
                }
                chosen.iter().try_for_each(|v| self.check_option(v))
            }
            (_, Some(FieldValue::Many(_))) => Err(FieldError::NotAnOption),
            (kind, value) => {
                let text = match value {
                    Some(FieldValue::One(text)) => text.as_str(),
                    _ => "",
                };
                if text.trim().is_empty() {
                    return if self.required { Err(FieldError::Required) } else { Ok(()) };
                }
                if kind.has_options() {
                    return self.check_option(text);
                }
                if kind == FieldKind::File {
                    return Ok(());
                }
                self.check_text(text)
            }
        }
    }

    fn check_option(&self, value: &str) -> Result<(), FieldError> {
        if self.options.is_empty() || self.options.iter().any(|o| o.value == value) {
            Ok(())
        } else {
            Err(FieldError::NotAnOption)
        }
    }

    fn check_text(&self, text: &str) -> Result<(), FieldError> {
        let length = text.chars().count();
        if self.kind == FieldKind::Number && !text.trim().chars().all(|c| c.is_ascii_digit()) {
            return Err(FieldError::NotANumber);
        }
        if let Some(min) = self.min_length.filter(|min| length < *min) {
            return Err(FieldError::TooShort(min));
        }
        if let Some(max) = self.max_length.filter(|max| length > *max) {
            return Err(FieldError::TooLong(max));
        }
        match &self.pattern {
            Some(pattern) if !pattern.matches(text) => Err(FieldError::PatternMismatch),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FieldOption, Pattern};

    fn one(text: &str) -> Option<FieldValue> {
        Some(FieldValue::One(text.into()))
    }

    fn field(kind: FieldKind, required: bool) -> Field {
        Field { key: "k".into(), label: "K".into(), kind, required, ..Field::default() }
    }

    #[test]
    fn required_optional_and_lengths() {
        let mut f = field(FieldKind::Text, true);
        assert_eq!(f.validate(None), Err(FieldError::Required));
        assert_eq!(f.validate(one("  ").as_ref()), Err(FieldError::Required));
        f.min_length = Some(4);
        f.max_length = Some(6);
        assert_eq!(f.validate(one("123").as_ref()), Err(FieldError::TooShort(4)));
        assert_eq!(f.validate(one("1234567").as_ref()), Err(FieldError::TooLong(6)));
        assert_eq!(f.validate(one("1234").as_ref()), Ok(()));
        f.required = false;
        assert_eq!(f.validate(None), Ok(()));
    }

    #[test]
    fn numbers_patterns_and_options() {
        let number = field(FieldKind::Number, true);
        assert_eq!(number.validate(one("12a").as_ref()), Err(FieldError::NotANumber));
        assert_eq!(number.validate(one("123456").as_ref()), Ok(()));

        let mut ssn = field(FieldKind::Text, true);
        ssn.pattern = Some(Pattern::new("(19|20)[0-9]{10}", Some("Bad number".into())).unwrap());
        assert_eq!(ssn.validate(one("123").as_ref()), Err(FieldError::PatternMismatch));
        assert_eq!(ssn.validate(one("198709230000").as_ref()), Ok(()));

        let mut select = field(FieldKind::Select, true);
        select.options = vec![FieldOption { label: "Car".into(), value: "car".into(), ..FieldOption::default() }];
        assert_eq!(select.validate(one("boat").as_ref()), Err(FieldError::NotAnOption));
        assert_eq!(select.validate(one("car").as_ref()), Ok(()));

        let mut many = field(FieldKind::MultiSelect, true);
        many.options = select.options.clone();
        assert_eq!(many.validate(Some(&FieldValue::Many(vec![]))), Err(FieldError::Required));
        assert_eq!(many.validate(Some(&FieldValue::Many(vec!["car".into()]))), Ok(()));
        assert_eq!(many.validate(Some(&FieldValue::Many(vec!["x".into()]))), Err(FieldError::NotAnOption));
        assert_eq!(field(FieldKind::Checkbox, true).validate(None), Ok(()));
        // The widget's own confirmation box (a pattern) must be ticked.
        let mut confirm = field(FieldKind::Checkbox, false);
        confirm.pattern = Pattern::new("true", Some("Tick it".into())).ok();
        assert_eq!(confirm.validate(None), Err(FieldError::PatternMismatch));
        assert_eq!(confirm.validate(one("false").as_ref()), Err(FieldError::PatternMismatch));
        assert_eq!(confirm.validate(one("true").as_ref()), Ok(()));
    }
}
