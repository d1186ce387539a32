//! Tink dialect: provider `fields` (`masked`, `numeric`, `minLength`, `maxLength`, `pattern`,
//! `patternError`, `hint`, `helpText`, `options`, `checkbox`, `immutable`, `value`, `children`),
//! `supplementalInformation` as a JSON string, and `{name: value}` submissions.

use serde_json::Value;

use super::json::{list, Reader};
use super::saltedge::named_payload;
use super::{DialectError, Mismatch};
use crate::model::{
    Challenge, ConnectionStatus, CredentialSchema, Decoupled, DecoupledApp, Dialect, Field, FieldKind, FieldOption,
    FieldValue, FieldValues, InstitutionKey, Member, MemberError, Pattern,
};

const TINK: &str = "Tink";

/// A provider's credential form (the provider object, or `{"providers": [one]}`), with its
/// `passwordHelpText` as instructions.
pub fn provider_fields(document: &Value) -> Result<CredentialSchema, DialectError> {
    let provider = match document.get("providers").and_then(Value::as_array) {
        Some(providers) if providers.len() == 1 => Reader::object(TINK, "providers[0]".into(), &providers[0])?,
        Some(_) => {
            let path = "providers".to_owned();
            return Err(Mismatch { dialect: TINK, path, expected: "exactly one provider".into(), field: None }.into());
        }
        None => Reader::object(TINK, String::new(), document)?,
    };
    let (fields_value, path) = provider.value("fields")?;
    let mut schema = fields_at(fields_value, &path)?;
    schema.instructions = provider.opt_text("passwordHelpText")?;
    Ok(schema)
}

/// The fields of credentials awaiting supplemental information: `supplementalInformation` is a
/// JSON string holding a list of fields (whose `additionalInfo` is itself a JSON string).
pub fn supplemental_fields(credentials: &Value) -> Result<CredentialSchema, DialectError> {
    let item = Reader::object(TINK, String::new(), credentials)?;
    let text = item.string("supplementalInformation")?;
    let decoded =
        crate::json::parse(&text).ok_or_else(|| item.error("supplementalInformation", "a JSON list of fields"))?;
    fields_at(&decoded, "supplementalInformation")
}

/// Fields from a bare list (e.g. an already decoded supplemental list).
pub fn fields(document: &Value) -> Result<CredentialSchema, DialectError> {
    fields_at(document, "fields")
}

fn fields_at(list_value: &Value, path: &str) -> Result<CredentialSchema, DialectError> {
    let mut fields = Vec::new();
    let mut notes = Vec::new();
    list(TINK, list_value, path, |mut item| flatten(&mut item, &mut fields, &mut notes))?;
    for (order, field) in fields.iter_mut().enumerate() {
        field.order = order as i64;
    }
    let mut schema = CredentialSchema::new(Dialect::Tink, fields);
    schema.notes = notes;
    Ok(schema)
}

/// Reads a field and, after it, its `children`.
fn flatten(item: &mut Reader<'_>, out: &mut Vec<Field>, notes: &mut Vec<String>) -> Result<(), DialectError> {
    out.push(field(item, notes)?);
    for (value, path) in item.opt_list("children")? {
        flatten(&mut Reader::object(TINK, path, value)?, out, notes)?;
    }
    Ok(())
}

fn field(item: &mut Reader<'_>, notes: &mut Vec<String>) -> Result<Field, DialectError> {
    let name = item.string("name")?;
    item.naming(&name);
    let options = item
        .opt_list("options")?
        .into_iter()
        .map(|(value, path)| match value {
            Value::String(text) => {
                Ok(FieldOption { label: text.clone(), value: text.clone(), ..FieldOption::default() })
            }
            _ => Err(Mismatch { dialect: TINK, path, expected: "a string".into(), field: Some(name.clone()) }.into()),
        })
        .collect::<Result<Vec<_>, DialectError>>()?;
    let kind = if item.flag("checkbox")? {
        FieldKind::Checkbox
    } else if !options.is_empty() {
        FieldKind::Select
    } else if item.flag("masked")? {
        FieldKind::Password
    } else if item.flag("numeric")? {
        FieldKind::Number
    } else {
        FieldKind::Text
    };
    let value = item.opt_string("value")?.or(item.opt_string("defaultValue")?);
    // A checkbox's pattern is Tink's "true/false" notation, not a rule to check.
    let pattern = match item.opt_text("pattern")? {
        Some(source) if kind != FieldKind::Checkbox => match Pattern::new(&source, item.opt_text("patternError")?) {
            Ok(pattern) => Some(pattern),
            Err(reason) => {
                notes.push(format!("Tink field “{name}”: pattern `{source}` is not checked in the widget ({reason})"));
                None
            }
        },
        _ => None,
    };
    Ok(Field {
        label: item.opt_text("description")?.unwrap_or_else(|| name.clone()),
        read_only: item.flag("immutable")? && value.as_deref().is_some_and(|v| !v.is_empty()),
        key: name,
        kind,
        required: !item.flag("optional")?,
        hint: item.opt_text("hint")?,
        help: item.opt_text("helpText")?,
        min_length: item.opt_length("minLength")?,
        max_length: item.opt_length("maxLength")?,
        pattern,
        options,
        value,
        extra: additional_info(item)?,
        ..Field::default()
    })
}

/// `additionalInfo`: a JSON string (or, once decoded, an object) of extra details.
fn additional_info(item: &Reader<'_>) -> Result<Option<Value>, DialectError> {
    match item.opt_value("additionalInfo") {
        None => Ok(None),
        Some((Value::String(text), _)) => match crate::json::parse(text) {
            Some(decoded @ Value::Object(_)) => Ok(Some(decoded)),
            // Free text ("string" in Tink's own sample) is not structured data: nothing to show.
            _ => Ok(None),
        },
        Some((decoded @ Value::Object(_), _)) => Ok(Some(decoded.clone())),
        Some(_) => Err(item.error("additionalInfo", "a JSON object, or a string holding one")),
    }
}

/// The `fields` map Tink expects: `{name: value}`; a checkbox is "true" or "false".
pub fn credentials_payload(schema: &CredentialSchema, values: &FieldValues) -> Value {
    named_payload(schema, values, |value| match value {
        FieldValue::One(text) => Value::String(text.clone()),
        FieldValue::Many(many) => Value::String(many.join(",")),
    })
}

/// Where a Tink credentials `status` puts the connection.
pub fn credentials_status(status: &str) -> Result<ConnectionStatus, DialectError> {
    use ConnectionStatus::*;
    Ok(match status {
        "CREATED" => Created,
        "AUTHENTICATING" => Pending,
        "AWAITING_SUPPLEMENTAL_INFORMATION"
        | "AWAITING_MOBILE_BANKID_AUTHENTICATION"
        | "AWAITING_THIRD_PARTY_APP_AUTHENTICATION" => Challenged,
        "UPDATING" => Resumed,
        "UPDATED" => Connected,
        "AUTHENTICATION_ERROR" => Denied,
        "TEMPORARY_ERROR" => Degraded,
        "PERMANENT_ERROR" => Failed,
        "DELETED" => Disconnected,
        other => {
            let expected =
                format!("a credentials status (CREATED … UPDATED, AWAITING_*, *_ERROR, DELETED), not \"{other}\"");
            return Err(Mismatch { dialect: TINK, path: "status".into(), expected, field: None }.into());
        }
    })
}

/// The challenge of credentials awaiting the user: supplemental information to fill in, or an
/// approval in Mobile BankID or a third-party app. `None` for any other status.
pub fn challenge(credentials: &Value) -> Result<Option<Challenge>, DialectError> {
    let item = Reader::object(TINK, String::new(), credentials)?;
    let app = match item.string("status")?.as_str() {
        "AWAITING_SUPPLEMENTAL_INFORMATION" => {
            let schema = supplemental_fields(credentials)?;
            let opt_in = schema.fields.iter().all(|f| f.kind == FieldKind::Checkbox);
            return Ok(Some(Challenge::fields(schema, if opt_in { "ACCOUNTS" } else { "SUPPLEMENTAL" })));
        }
        "AWAITING_MOBILE_BANKID_AUTHENTICATION" => DecoupledApp::MobileBankId,
        "AWAITING_THIRD_PARTY_APP_AUTHENTICATION" => DecoupledApp::ThirdPartyApp,
        _ => return Ok(None),
    };
    let open_url = item.opt_text("thirdPartyAppUrl")?;
    Ok(Some(Challenge::decoupled(CredentialSchema::new(Dialect::Tink, Vec::new()), Decoupled { app, open_url })))
}

/// A Tink credentials object as a member: its `status`, its challenge while it awaits the user,
/// and its `statusPayload` as the bank's message when it failed.
pub fn credentials(document: &Value) -> Result<Member, DialectError> {
    let item = Reader::object(TINK, String::new(), document)?;
    let status = credentials_status(&item.string("status")?)?;
    let failed = matches!(status, ConnectionStatus::Denied | ConnectionStatus::Degraded | ConnectionStatus::Failed);
    let message = item.opt_text("statusPayload")?.filter(|_| failed);
    Ok(Member {
        guid: item.string("id")?,
        connection_status: status,
        is_being_aggregated: false,
        error: message.map(|text| MemberError { user_message: Some(text), ..MemberError::default() }),
        challenge: challenge(document)?,
        fetching: None,
        oauth_window_uri: None,
        institution: item.opt_string("providerName")?.map(InstitutionKey::Code),
        accounts: super::accounts::listed(document),
    })
}
