//! MX dialect: institutions, credentials (`field_type` codes), members and jobs as MX's connect
//! widget callbacks return them, and credential values as `addMember` expects them.

use serde_json::Value;

use super::json::{list, unwrap, Reader};
pub use super::mx_oauth::{oauth_states, oauth_window_uri};
use super::{DialectError, Mismatch};
use crate::model::{
    Challenge, ConnectionStatus, CredentialSchema, Dialect, Field, FieldKind, FieldOption, FieldValue, FieldValues,
    Institution, InstitutionKey, Job, JobRef, Member, MemberError, RetryReason, Unavailable,
};

pub(super) const MX: &str = "MX";

/// MX `CredentialTypes` names, indexed by `field_type` code.
const FIELD_TYPE_NAMES: [&str; 19] = [
    "TEXT",
    "PASSWORD",
    "OPTIONS",
    "LOGIN",
    "CHECKBOX",
    "RADIO",
    "URL",
    "HIDDEN",
    "IMAGE_URL",
    "CONTENT_URL",
    "CUSTOM",
    "CLUDGE",
    "TOKEN",
    "IMAGE_DATA",
    "IMAGE_OPTIONS",
    "USERKEY",
    "OAUTH2_URL",
    "OAUTH_ACCESS_TOKEN",
    "OAUTH_REFRESH_TOKEN",
];

/// Parses a list of institutions (`[…]` or `{"institutions": […]}`; a host that forwards its
/// vendor's list: Salt Edge's `{"data": […]}`, Tink's `{"providers": […]}`).
pub fn institutions(document: &Value) -> Result<Vec<Institution>, DialectError> {
    let document = ["data", "providers"].into_iter().find_map(|key| document.get(key)).unwrap_or(document);
    list(MX, document, "institutions", |item| institution_from(&item))
}

/// Parses one institution (`{…}` or `{"institution": {…}}`; Salt Edge's `{"data": {…}}`).
pub fn institution(document: &Value) -> Result<Institution, DialectError> {
    let document = unwrap(unwrap(document, "data"), "institution");
    institution_from(&Reader::object(MX, String::new(), document)?)
}

/// An institution as MX describes it, or a vendor's provider as a host forwards it: Salt Edge's
/// (`code`, `name`, `home_url`, `logo_url`, `instruction`, `mode: "oauth"`) and Tink's (`name` is
/// its id, `displayName` its name, `images.icon` its logo). A provider without a `guid` is known by
/// its code, as the vendor's members name it.
fn institution_from(item: &Reader<'_>) -> Result<Institution, DialectError> {
    let (name, code) = match item.has("displayName") {
        true => ("displayName", "name"),
        false => ("name", "code"),
    };
    let code = item.opt_string(code)?.unwrap_or_default();
    let guid = match item.opt_string("guid")? {
        Some(guid) => guid,
        None if !code.is_empty() => code.clone(),
        None => item.string("guid")?,
    };
    let icon = item.opt_object("images")?.map(|images| images.opt_string("icon")).transpose()?.flatten();
    Ok(Institution {
        guid,
        code,
        name: item.string(name)?,
        url: item.opt_string("url")?.or(item.opt_string("home_url")?),
        logo_url: item.opt_string("logo_url")?.or(icon),
        popularity: item.opt_u64("popularity")?,
        supports_oauth: item.flag("supports_oauth")? || item.opt_string("mode")?.as_deref() == Some("oauth"),
        forgot_password_url: item.opt_string("forgot_password_credential_recovery_url")?,
        forgot_username_url: item.opt_string("forgot_username_credential_recovery_url")?,
        trouble_signing_url: item.opt_string("trouble_signing_credential_recovery_url")?,
        instructions: item.opt_string("instructional_text")?.or(item.opt_string("instruction")?),
        unavailable: unavailable(item)?,
        verifiable: item.opt_value("account_verification_is_enabled").and_then(|(value, _)| value.as_bool()),
    })
}

/// Provider statuses (any dialect, any case) that mean the institution cannot connect now.
const DOWN_STATUSES: [&str; 6] = ["unavailable", "disabled", "inactive", "temporary_disabled", "obsolete", "3"];

/// Why the backend marks the institution unavailable: `is_disabled_by_client`, or a `status`
/// (MX's code 3 UNAVAILABLE, or a provider's name) in [`DOWN_STATUSES`].
fn unavailable(item: &Reader<'_>) -> Result<Option<Unavailable>, DialectError> {
    if item.flag("is_disabled_by_client")? {
        return Ok(Some(Unavailable::ByTheApp));
    }
    let status = item.opt_string("status").ok().flatten().unwrap_or_default();
    Ok(DOWN_STATUSES.iter().any(|down| down.eq_ignore_ascii_case(&status)).then_some(Unavailable::Down))
}

/// Parses a credential schema (`{"credentials": […]}` or `[…]`).
pub fn credentials(document: &Value) -> Result<CredentialSchema, DialectError> {
    let fields = list(MX, document, "credentials", |mut item| credential(&mut item))?;
    Ok(CredentialSchema::new(Dialect::Mx, fields))
}

fn credential(item: &mut Reader<'_>) -> Result<Field, DialectError> {
    let label = item.opt_text("label")?.or(item.opt_text("field_name")?).unwrap_or_default();
    item.naming(&label);
    let (code_value, _) = item.value("field_type")?;
    let code = code_value.as_u64().ok_or_else(|| item.error("field_type", "a field type code (0–18)"))?;
    let name = FIELD_TYPE_NAMES.get(code as usize).copied().unwrap_or("unknown");
    let kind = match code {
        0 | 3 | 6 | 12 => FieldKind::Text,
        1 => FieldKind::Password,
        2 => FieldKind::Select,
        4 => FieldKind::Checkbox,
        5 | 14 => FieldKind::Radio,
        7 => FieldKind::Hidden,
        8 | 13 => FieldKind::Image,
        _ => return Err(item.error("field_type", format!("a field type the widget can show, not {code} ({name})"))),
    };
    let image = match kind {
        FieldKind::Image => {
            Some(item.opt_text("image_data")?.or(item.opt_text("meta_data")?).ok_or_else(|| {
                item.error("meta_data", format!("the picture (a data URI or URL) of this {name} field"))
            })?)
        }
        _ => None,
    };
    let options = options(item)?;
    if kind.has_options() && options.is_empty() {
        return Err(item.error("options", format!("a non-empty list of choices for this {name} field")));
    }
    Ok(Field {
        key: item.string("guid")?,
        label,
        kind,
        required: !item.flag("optional")?,
        order: item.opt_i64("display_order")?.unwrap_or(i64::MAX),
        options,
        value: item.opt_string("value")?,
        image,
        ..Field::default()
    })
}

/// MX options: `{label, value, data_uri?}` (value falls back to the guid).
fn options(item: &Reader<'_>) -> Result<Vec<FieldOption>, DialectError> {
    // A loop, not an iterator chain collected into a `Result`: that chain's adapters cost 0.3 KB.
    let mut options = Vec::new();
    for (value, path) in item.opt_list("options")? {
        let option = item.nested(value, path)?;
        let label = option.opt_text("label")?;
        let value = option.opt_string("value")?.or(option.opt_string("guid")?);
        let value = value.ok_or_else(|| option.error("value", "the option's value"))?;
        options.push(FieldOption {
            label: label.unwrap_or_else(|| value.clone()),
            value,
            selected: option.flag("selected")?,
            image: option.opt_text("data_uri")?.or(option.opt_text("image_data")?),
        });
    }
    Ok(options)
}

/// The `credentials` value `addMember` expects: `[{guid, value}]` in display order, empty
/// optional values left out.
pub fn credentials_payload(schema: &CredentialSchema, values: &FieldValues) -> Value {
    schema
        .fields
        .iter()
        .filter_map(|field| {
            let value = match values.value(&field.key) {
                Some(FieldValue::One(text)) => text.clone(),
                Some(FieldValue::Many(many)) => many.join(","),
                None => String::new(),
            };
            (field.required || !value.is_empty()).then(|| {
                crate::json::object(vec![("guid", Value::from(field.key.as_str())), ("value", Value::from(value))])
            })
        })
        .collect()
}

/// Parses a member (`{"member": {…}}` or bare), with its MFA challenge (`mfa.credentials`) when
/// it has one.
pub fn member(document: &Value) -> Result<Member, DialectError> {
    let item = Reader::object(MX, "member".into(), unwrap(document, "member"))?;
    // The job's own words stand in for a missing `error.user_message`.
    let detail_text = item.opt_text("most_recent_job_detail_text")?;
    let error = match item.opt_object("error")? {
        Some(error) => Some(MemberError {
            code: error.opt_u64("error_code")?,
            user_message: error.opt_text("user_message")?.or(detail_text),
            duplicated: false,
        }),
        None => detail_text.map(|text| MemberError { user_message: Some(text), ..MemberError::default() }),
    };
    // MX's widget sends `mfa: {}` on members that are not challenged.
    let challenge = match item.opt_object("mfa")? {
        Some(mfa) if mfa.opt_value("credentials").is_some() => Some(challenge(&mfa, error.as_ref())?),
        _ => None,
    };
    Ok(Member {
        guid: item.string("guid")?,
        connection_status: status(&item, "connection_status")?,
        is_being_aggregated: item.flag("is_being_aggregated")?,
        error,
        challenge,
        // Checked when the flow uses it: MX's own mocks send `"test.com"` on every member; a value
        // that is not an http(s) URL leaves `getOAuthWindowURI` to find the page.
        fetching: None,
        oauth_window_uri: item.opt_page_url("oauth_window_uri").ok().flatten(),
        // MX's members name their institution by guid; its samples by code.
        institution: match item.opt_string("institution_guid")? {
            Some(guid) => Some(InstitutionKey::Guid(guid)),
            None => item.opt_string("institution_code")?.map(InstitutionKey::Code),
        },
        accounts: Vec::new(),
    })
}

/// MX MFA: `mfa.credentials` are fields like the institution's; the member's error (2001
/// INCORRECT_OTP, 2002 INCORRECT_MFA, 2003 MFA_TIMEOUT) explains a repeated challenge.
fn challenge(mfa: &Reader<'_>, error: Option<&MemberError>) -> Result<Challenge, DialectError> {
    let mut fields = Vec::new();
    for (value, path) in mfa.opt_list("credentials")? {
        fields.push(credential(&mut mfa.nested(value, path)?)?);
    }
    let mfa_type = match fields.first().map(|f| (f.kind, f.options.iter().any(|o| o.image.is_some()))) {
        Some((FieldKind::Radio, true)) => "IMAGE_OPTIONS",
        Some((FieldKind::Select | FieldKind::Radio, _)) => "OPTIONS",
        Some((FieldKind::Image, _)) => "IMAGE",
        _ => "TEXT",
    };
    let mut challenge = Challenge::fields(CredentialSchema::new(Dialect::Mx, fields), mfa_type);
    challenge.retry = match error.and_then(|e| e.code) {
        Some(2001) => Some(RetryReason::IncorrectCode),
        Some(2002) => Some(RetryReason::IncorrectAnswer),
        Some(2003) => Some(RetryReason::TimedOut),
        _ => None,
    };
    challenge.message = error.filter(|_| challenge.retry.is_some()).and_then(|e| e.user_message.clone());
    Ok(challenge)
}

/// Parses `runJob`'s answer: a job `{"job_guid": …}` (MX's docs) or a member, bare or wrapped
/// (MX's widget's hosts), whose `most_recent_job_guid` is the job when it has one.
pub fn job_ref(document: &Value) -> Result<JobRef, DialectError> {
    let item = Reader::object(MX, String::new(), document)?;
    if item.opt_value("job_guid").is_some() {
        return Ok(JobRef { job_guid: Some(item.string("job_guid")?) });
    }
    let member = Reader::object(MX, "member".into(), unwrap(document, "member"))?;
    if member.opt_value("guid").is_none() {
        return Err(item.error("job_guid", "a job (`job_guid`) or a member (`guid`)"));
    }
    Ok(JobRef { job_guid: member.opt_string("most_recent_job_guid")? })
}

/// Parses a job (`{"job": {…}}` or bare).
pub fn job(document: &Value) -> Result<Job, DialectError> {
    let item = Reader::object(MX, "job".into(), unwrap(document, "job"))?;
    Ok(Job { guid: item.string("guid")?, status: status(&item, "status")?, finished_at: item.opt_u64("finished_at")? })
}

/// A connection status given as a code (`6`) or a name (`"CONNECTED"`).
fn status(item: &Reader<'_>, key: &str) -> Result<ConnectionStatus, DialectError> {
    let (value, path) = item.value(key)?;
    let parsed = match value {
        Value::Number(n) => n.as_u64().and_then(ConnectionStatus::from_code),
        Value::String(s) => ConnectionStatus::from_name(s),
        _ => None,
    };
    parsed.ok_or_else(|| {
        Mismatch {
            dialect: MX,
            path,
            expected: "a connection status (a code 0–21 or a name such as \"CONNECTED\")".into(),
            field: None,
        }
        .into()
    })
}
