//! Dialect adapters: vendor-shaped JSON in, the canonical model out (and values back out in the
//! vendor's shape). Malformed input never panics; it becomes a [`DialectError`] naming the
//! vendor, the place and, when known, the field.

mod accounts;
pub mod finqware;
mod json;
mod member;
pub mod mx;
pub mod mx_guided;
mod mx_oauth;
pub mod saltedge;
mod time;
pub mod tink;

use serde_json::Value;

pub use json::{DialectError, Mismatch};
pub use member::{detect_member, member, Vendor};

use crate::lazy::{lazy_fn, NotLoaded};
use crate::model::{CredentialSchema, Dialect, FieldKind, FieldValues};

/// Which dialect a credential-schema document is in, judged by its shape.
pub fn detect(document: &Value) -> Option<Dialect> {
    let data = json::unwrap(document, "data");
    let first = |list: Option<&Value>| list.and_then(Value::as_array).and_then(|items| items.first()).cloned();
    if data.get("required_fields").is_some() || data.get("interactive_fields").is_some() {
        return Some(Dialect::SaltEdge);
    }
    if document.get("supplementalInformation").is_some()
        || document.get("fields").is_some()
        || document.get("providers").is_some()
    {
        return Some(Dialect::Tink);
    }
    let item = first(document.get("credentials")).or_else(|| first(Some(document)));
    match item {
        _ if document.get("credentials").is_some() => Some(Dialect::Mx),
        Some(item) if item.get("field_type").is_some() => Some(Dialect::Mx),
        Some(item) if item.get("nature").is_some() => Some(Dialect::SaltEdge),
        Some(item) if item.get("description").is_some() || item.get("masked").is_some() => Some(Dialect::Tink),
        _ => None,
    }
}

/// Parses a credential schema in `forced` dialect, or in the one its shape shows.
pub fn credential_schema(document: &Value, forced: Option<Dialect>) -> Result<CredentialSchema, DialectError> {
    let dialect = forced.or_else(|| detect(document)).ok_or_else(|| Mismatch {
        dialect: "unknown",
        path: String::new(),
        expected: "a credential schema: MX `credentials`, Salt Edge `required_fields` or Tink `fields`".into(),
        field: None,
    })?;
    let schema = match dialect {
        Dialect::Mx => mx::credentials(document),
        Dialect::SaltEdge if json::unwrap(document, "data").get("required_fields").is_some() => {
            saltedge::required_fields(document)
        }
        Dialect::SaltEdge if document.is_array() => saltedge::fields(document),
        Dialect::SaltEdge => saltedge::interactive_fields(document),
        Dialect::Tink if document.get("supplementalInformation").is_some_and(|v| !v.is_null()) => {
            tink::supplemental_fields(document)
        }
        Dialect::Tink if document.is_array() => tink::fields(document),
        Dialect::Tink => tink::provider_fields(document),
    }?;
    fillable(schema)
}

/// [`credential_schema`], with the other vendors' adapters fetched when first needed: an MX schema
/// is read at once, any other by the lazily loaded module `vendor_dialects`.
pub async fn credential_schema_lazy(
    document: &Value,
    forced: Option<Dialect>,
) -> Result<Result<CredentialSchema, DialectError>, NotLoaded> {
    let dialect = forced.or_else(|| detect(document));
    if dialect == Some(Dialect::Mx) {
        return Ok(mx::credentials(document).and_then(fillable));
    }
    // Detected once: the module parses in the dialect found here.
    vendor_credential_schema(document, dialect).await
}

lazy_fn!(vendor_dialects: fn vendor_credential_schema(document: &Value, forced: Option<Dialect>) -> Result<CredentialSchema, DialectError> {
    credential_schema(document, forced)
});

/// The schema when a user can fill it in: at least one field to show, each with a label (or a
/// name); otherwise an error, so that the user never sees an empty or unlabelled form.
fn fillable(schema: CredentialSchema) -> Result<CredentialSchema, DialectError> {
    let shown = || schema.fields.iter().filter(|field| field.kind != FieldKind::Hidden);
    let refusal = |expected: &str, field: Option<String>| -> DialectError {
        Mismatch { dialect: schema.dialect.vendor(), path: String::new(), expected: expected.into(), field }.into()
    };
    if shown().next().is_none() {
        return Err(refusal("a sign-in form with at least one field to fill in", None));
    }
    if let Some(field) = shown().find(|field| field.label.trim().is_empty()) {
        return Err(refusal("a label or a name for every field", Some(field.key.clone())));
    }
    Ok(schema)
}

/// The submitted credentials in the schema's own dialect shape.
pub fn credentials_payload(schema: &CredentialSchema, values: &FieldValues) -> Value {
    match schema.dialect {
        Dialect::Mx => mx::credentials_payload(schema, values),
        Dialect::SaltEdge => saltedge::credentials_payload(schema, values),
        Dialect::Tink => tink::credentials_payload(schema, values),
    }
}
