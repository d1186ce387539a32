//! Salt Edge dialect: provider `required_fields` / `interactive_fields` (`nature` text, password,
//! select, dynamic_select, file, number), submitted as `credentials: {name: value}` with an
//! array for a multiple dynamic_select; connections (their last attempt's stage and error
//! class) as members.

use serde_json::{Map, Value};

use super::json::{unwrap, Reader};
use super::{time, DialectError};
use crate::model::ConnectionStatus::{self, *};
use crate::model::{
    Challenge, CredentialSchema, Dialect, Fetching, Field, FieldKind, FieldOption, FieldValue, FieldValues,
    InstitutionKey, Member, MemberError, DUPLICATED_CLASS,
};

const SALT_EDGE: &str = "Salt Edge";

/// The credential form of a provider (`{"data": {...}}` or bare): its `required_fields`, with
/// its `instruction`.
pub fn required_fields(document: &Value) -> Result<CredentialSchema, DialectError> {
    provider_fields(document, "required_fields")
}

/// A provider's (or an interactive callback's) `interactive_fields`.
pub fn interactive_fields(document: &Value) -> Result<CredentialSchema, DialectError> {
    provider_fields(document, "interactive_fields")
}

/// A bare list of fields.
pub fn fields(document: &Value) -> Result<CredentialSchema, DialectError> {
    let fields = super::json::list(SALT_EDGE, document, "fields", |mut item| field(&mut item))?;
    Ok(CredentialSchema::new(Dialect::SaltEdge, fields))
}

fn provider_fields(document: &Value, key: &str) -> Result<CredentialSchema, DialectError> {
    let provider = Reader::object(SALT_EDGE, "data".into(), unwrap(document, "data"))?;
    let items = provider.opt_list(key)?;
    if !provider.has(key) {
        return Err(provider.error(key, "a list of fields"));
    }
    let mut fields = Vec::with_capacity(items.len());
    for (value, path) in items {
        fields.push(field(&mut Reader::object(SALT_EDGE, path, value)?)?);
    }
    let mut schema = CredentialSchema::new(Dialect::SaltEdge, fields);
    schema.instructions = provider.opt_text("instruction")?;
    Ok(schema)
}

fn field(item: &mut Reader<'_>) -> Result<Field, DialectError> {
    let name = item.string("name")?;
    item.naming(&name);
    let english = item.opt_text("english_name")?;
    let localized = item.opt_text("localized_name")?;
    let nature = item.string("nature")?;
    let multiple = match item.opt_object("extra")? {
        Some(extra) => extra.flag("multiple")?,
        None => false,
    };
    let kind = match nature.as_str() {
        "text" => FieldKind::Text,
        "password" => FieldKind::Password,
        "number" => FieldKind::Number,
        "select" => FieldKind::Select,
        "dynamic_select" if multiple => FieldKind::MultiSelect,
        "dynamic_select" => FieldKind::Select,
        "file" => FieldKind::File,
        other => {
            return Err(item.error(
                "nature",
                format!("one of text, password, select, dynamic_select, file, number, not \"{other}\""),
            ))
        }
    };
    let options = options(item, "field_options")?;
    if nature == "select" && options.is_empty() {
        return Err(item.error("field_options", "a non-empty list of options for this select field"));
    }
    let label = english.clone().or(localized.clone()).unwrap_or_else(|| name.clone());
    Ok(Field {
        key: name,
        localized_label: localized.filter(|l| *l != label),
        label,
        kind,
        required: !item.flag("optional")?,
        order: item.opt_i64("position")?.unwrap_or(i64::MAX),
        options,
        ..Field::default()
    })
}

/// The options listed under `key` (none when it is absent), each read with [`option`].
fn options(item: &Reader<'_>, key: &str) -> Result<Vec<FieldOption>, DialectError> {
    let mut options = Vec::new();
    for (value, path) in item.opt_list(key)? {
        options.push(option(&item.nested(value, path)?)?);
    }
    Ok(options)
}

/// A field option: `option_value` is submitted, `english_name` (or another name) is shown.
pub(crate) fn option(item: &Reader<'_>) -> Result<FieldOption, DialectError> {
    let value = item.string("option_value")?;
    let label = item.opt_text("english_name")?.or(item.opt_text("localized_name")?).or(item.opt_text("name")?);
    Ok(FieldOption {
        label: label.unwrap_or_else(|| value.clone()),
        value,
        selected: item.flag("selected")?,
        image: None,
    })
}

/// The `credentials` object Salt Edge expects: `{name: value}`, an array for a multi-select,
/// empty optional values left out.
pub fn credentials_payload(schema: &CredentialSchema, values: &FieldValues) -> Value {
    named_payload(schema, values, |value| match value {
        FieldValue::One(text) => Value::String(text.clone()),
        FieldValue::Many(many) => Value::Array(many.iter().cloned().map(Value::String).collect()),
    })
}

/// `{name: value}` for the dialects keyed by field name; `shape` turns one value into JSON.
pub(crate) fn named_payload(
    schema: &CredentialSchema,
    values: &FieldValues,
    shape: impl Fn(&FieldValue) -> Value,
) -> Value {
    let mut object = Map::new();
    for field in &schema.fields {
        let value = values.value(&field.key);
        let empty = match value {
            None => true,
            Some(FieldValue::One(text)) => text.is_empty(),
            Some(FieldValue::Many(many)) => many.is_empty(),
        };
        if empty && !field.required {
            continue;
        }
        let json = value.map(&shape).unwrap_or_else(|| Value::String(String::new()));
        object.insert(field.key.clone(), json);
    }
    Value::Object(object)
}

/// The challenge of a connection whose `last_attempt.last_stage` is `interactive` (its
/// `interactive_html` and `interactive_fields_names`), or `None` at any other stage.
pub fn stage_challenge(connection: &Value, provider: &Value) -> Result<Option<Challenge>, DialectError> {
    let data = Reader::object(SALT_EDGE, "data".into(), unwrap(connection, "data"))?;
    let Some(attempt) = data.opt_object("last_attempt")? else { return Ok(None) };
    let Some(stage) = attempt.opt_object("last_stage")? else { return Ok(None) };
    if stage.opt_string("name")?.as_deref() != Some("interactive") {
        return Ok(None);
    }
    challenge_from(stage, provider).map(Some)
}

/// The challenge of an interactive callback: the provider's `interactive_fields` named in
/// `interactive_fields_names` (all of them when absent), with their `interactive_fields_options`;
/// the `html` snippet; the `session_expires_at` deadline.
pub fn interactive_challenge(callback: &Value, provider: &Value) -> Result<Challenge, DialectError> {
    let data = Reader::object(SALT_EDGE, "data".into(), unwrap(callback, "data"))?;
    challenge_from(data, provider)
}

/// Reads a callback's `data`, or a stage.
fn challenge_from(data: Reader<'_>, provider: &Value) -> Result<Challenge, DialectError> {
    let mut schema = interactive_fields(provider)?;
    let names = data
        .opt_list("interactive_fields_names")?
        .into_iter()
        .map(|(value, path)| value.as_str().map(str::to_owned).ok_or_else(|| data.error(&path, "a field name")))
        .collect::<Result<Vec<_>, _>>()?;
    if data.has("interactive_fields_names") {
        if let Some(missing) = names.iter().find(|name| !schema.fields.iter().any(|f| f.key == **name)) {
            let mut error = data.error("interactive_fields_names", "names of the provider's interactive fields");
            error.field = Some(missing.clone());
            return Err(error);
        }
        schema.fields.retain(|field| names.contains(&field.key));
    }
    if let Some(options) = data.opt_object("interactive_fields_options")? {
        for field in &mut schema.fields {
            let listed = self::options(&options, &field.key)?;
            if !listed.is_empty() {
                field.options = listed;
            }
        }
    }
    let expires_at_ms = match data.opt_string("session_expires_at")? {
        Some(text) => {
            Some(time::rfc3339_ms(&text).ok_or_else(|| data.error("session_expires_at", "an RFC 3339 time"))?)
        }
        None => None,
    };
    let mfa_type = match schema.fields.first().map(|f| f.kind) {
        Some(FieldKind::Select | FieldKind::MultiSelect) => "OPTIONS",
        _ if data.opt_string("html")?.is_some_and(|h| h.contains("<img")) => "IMAGE",
        Some(_) => "TEXT",
        None => "CONFIRMATION",
    };
    let html = data.opt_text("html")?.or(data.opt_text("interactive_html")?);
    let provider = Reader::object(SALT_EDGE, "data".into(), unwrap(provider, "data"))?;
    let answer_within_s = provider.opt_u64("max_interactive_delay")?;
    let redirect_url = data.opt_page_url("redirect_url")?;
    let mfa_type = if redirect_url.is_some() { "REDIRECT" } else { mfa_type };
    Ok(Challenge { html, expires_at_ms, answer_within_s, redirect_url, ..Challenge::fields(schema, mfa_type) })
}

/// The answer to a redirect challenge: the parameters the bank's page sent back, as
/// `{"query_string": …}`, or `{}` when it sent none.
pub fn redirect_answer(query_string: &str) -> Value {
    match query_string {
        "" => crate::json::object(Vec::new()),
        _ => crate::json::object(vec![("query_string", query_string.into())]),
    }
}

/// A Salt Edge connection (`{"data": {...}}` or bare) as a member: its `last_attempt` says where
/// it is — a failure class, the `interactive` stage (with its challenge, read against the
/// provider's `interactive_fields`), `finish` — else it is still fetching.
pub fn connection(document: &Value, provider: &Value) -> Result<Member, DialectError> {
    let data = Reader::object(SALT_EDGE, "data".into(), unwrap(document, "data"))?;
    let (status, error, fetching) = match data.opt_object("last_attempt")? {
        Some(attempt) => attempt_status(&attempt)?,
        None => (if data.opt_string("status")?.as_deref() == Some("active") { Connected } else { Pending }, None, None),
    };
    let challenge = match status {
        Challenged => stage_challenge(document, provider)?,
        _ => None,
    };
    Ok(Member {
        guid: data.string("id")?,
        connection_status: status,
        is_being_aggregated: false,
        error,
        challenge,
        fetching,
        oauth_window_uri: None,
        institution: data.opt_string("provider_code")?.map(InstitutionKey::Code),
        accounts: super::accounts::listed(unwrap(document, "data")),
    })
}

type AttemptStatus = (ConnectionStatus, Option<MemberError>, Option<Fetching>);

/// Where an attempt stands, with the bank's message when it failed and what it fetches while it
/// runs.
fn attempt_status(attempt: &Reader<'_>) -> Result<AttemptStatus, DialectError> {
    if let Some(class) = attempt.opt_text("fail_error_class")? {
        let user_message = attempt.opt_text("fail_message")?;
        let error = MemberError { user_message, duplicated: class == DUPLICATED_CLASS, ..MemberError::default() };
        return Ok((error_class_status(&class), Some(error), None));
    }
    let stage = match attempt.opt_object("last_stage")? {
        Some(stage) => stage.opt_string("name")?,
        None => None,
    };
    let status = match stage.as_deref() {
        Some("interactive") => Challenged,
        Some("finish") => Connected,
        _ if attempt.flag("finished")? => Connected,
        _ => Pending,
    };
    Ok((status, None, stage.as_deref().and_then(Fetching::from_stage).filter(|_| status == Pending)))
}

/// Where a Salt Edge error class puts the connection (SPEC §7.3): wrong credentials are DENIED
/// (the form again), wrong interactive answers REJECTED, timeouts EXPIRED, a provider that is down
/// DEGRADED (try later), a disabled one DISABLED; anything else FAILED.
pub fn error_class_status(class: &str) -> ConnectionStatus {
    match class {
        "InvalidCredentials" => Denied,
        "InvalidInteractiveCredentials" => Rejected,
        "InteractiveAdapterTimeout" | "InteractiveTimeout" => Expired,
        "ProviderUnavailable" | "ConnectionLost" => Degraded,
        "ProviderDisabled" | "ProviderInactive" | "ConnectionDisabled" => Disabled,
        "ConnectionAlreadyProcessing" => Pending,
        _ => Failed,
    }
}
