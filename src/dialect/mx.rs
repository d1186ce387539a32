//! MX dialect: institutions, credentials (`field_type` codes), members and jobs as MX's connect
//! widget callbacks return them, and credential values as `addMember` expects them.

use serde_json::{json, Value};

use super::json::{list, unwrap, Reader};
use super::DialectError;
use crate::model::{
    ConnectionStatus, CredentialSchema, Field, FieldKind, FieldValues, Institution, Job, JobRef,
    Member, MemberError,
};

const MX: &str = "MX";

/// MX `CredentialTypes` names, indexed by `field_type` code.
const FIELD_TYPE_NAMES: [&str; 19] = [
    "TEXT", "PASSWORD", "OPTIONS", "LOGIN", "CHECKBOX", "RADIO", "URL", "HIDDEN", "IMAGE_URL",
    "CONTENT_URL", "CUSTOM", "CLUDGE", "TOKEN", "IMAGE_DATA", "IMAGE_OPTIONS", "USERKEY",
    "OAUTH2_URL", "OAUTH_ACCESS_TOKEN", "OAUTH_REFRESH_TOKEN",
];

/// Parses a list of institutions (`[…]` or `{"institutions": […]}`).
pub fn institutions(document: &Value) -> Result<Vec<Institution>, DialectError> {
    list(MX, document, "institutions", |item| institution_from(&item))
}

/// Parses one institution (`{…}` or `{"institution": {…}}`).
pub fn institution(document: &Value) -> Result<Institution, DialectError> {
    institution_from(&Reader::object(MX, String::new(), unwrap(document, "institution"))?)
}

fn institution_from(item: &Reader<'_>) -> Result<Institution, DialectError> {
    Ok(Institution {
        guid: item.string("guid")?,
        code: item.opt_string("code")?.unwrap_or_default(),
        name: item.string("name")?,
        url: item.opt_string("url")?,
        logo_url: item.opt_string("logo_url")?,
        popularity: item.opt_u64("popularity")?,
        supports_oauth: item.flag("supports_oauth")?,
        forgot_password_url: item.opt_string("forgot_password_credential_recovery_url")?,
        forgot_username_url: item.opt_string("forgot_username_credential_recovery_url")?,
        trouble_signing_url: item.opt_string("trouble_signing_credential_recovery_url")?,
        instructions: item.opt_string("instructional_text")?,
    })
}

/// Parses a credential schema (`{"credentials": […]}` or `[…]`).
pub fn credentials(document: &Value) -> Result<CredentialSchema, DialectError> {
    list(MX, document, "credentials", |item| credential(&item)).map(CredentialSchema::new)
}

fn credential(item: &Reader<'_>) -> Result<Field, DialectError> {
    let (code_value, code_path) = item.value("field_type")?;
    let code = code_value.as_u64().ok_or_else(|| DialectError {
        dialect: MX,
        path: code_path.clone(),
        expected: "a field type code (0–18)".into(),
    })?;
    let label = item.opt_string("label")?.or(item.opt_string("field_name")?).unwrap_or_default();
    let kind = match code {
        0 | 3 => FieldKind::Text,
        1 => FieldKind::Password,
        _ => {
            let name = FIELD_TYPE_NAMES.get(code as usize).copied().unwrap_or("unknown");
            return Err(DialectError {
                dialect: MX,
                path: code_path,
                expected: format!("a supported field type, not {code} ({name}) for field \"{label}\""),
            });
        }
    };
    Ok(Field {
        key: item.string("guid")?,
        label,
        kind,
        required: !item.flag("optional")?,
        order: item.opt_i64("display_order")?.unwrap_or(i64::MAX),
        min_length: None,
        max_length: None,
    })
}

/// The `credentials` value `addMember` expects: `[{guid, value}]` in display order.
pub fn credentials_payload(schema: &CredentialSchema, values: &FieldValues) -> Value {
    schema
        .fields
        .iter()
        .map(|field| json!({ "guid": field.key, "value": values.get(&field.key) }))
        .collect()
}

/// Parses a member (`{"member": {…}}` or bare).
pub fn member(document: &Value) -> Result<Member, DialectError> {
    let item = Reader::object(MX, "member".into(), unwrap(document, "member"))?;
    let error = match item.opt_object("error")? {
        Some(error) => Some(MemberError {
            code: error.opt_u64("error_code")?,
            user_message: error.opt_string("user_message")?,
        }),
        None => None,
    };
    Ok(Member {
        guid: item.string("guid")?,
        connection_status: status(&item, "connection_status")?,
        is_being_aggregated: item.flag("is_being_aggregated")?,
        error,
    })
}

/// Parses `runJob`'s answer `{"job_guid": …}`.
pub fn job_ref(document: &Value) -> Result<JobRef, DialectError> {
    let item = Reader::object(MX, String::new(), document)?;
    Ok(JobRef { job_guid: item.string("job_guid")? })
}

/// Parses a job (`{"job": {…}}` or bare).
pub fn job(document: &Value) -> Result<Job, DialectError> {
    let item = Reader::object(MX, "job".into(), unwrap(document, "job"))?;
    Ok(Job {
        guid: item.string("guid")?,
        status: status(&item, "status")?,
        finished_at: item.opt_u64("finished_at")?,
    })
}

/// A connection status given as a code (`6`) or a name (`"CONNECTED"`).
fn status(item: &Reader<'_>, key: &str) -> Result<ConnectionStatus, DialectError> {
    let (value, path) = item.value(key)?;
    let parsed = match value {
        Value::Number(n) => n.as_u64().and_then(ConnectionStatus::from_code),
        Value::String(s) => ConnectionStatus::from_name(s),
        _ => None,
    };
    parsed.ok_or_else(|| DialectError {
        dialect: MX,
        path,
        expected: "a connection status (a code 0–21 or a name such as \"CONNECTED\")".into(),
    })
}
