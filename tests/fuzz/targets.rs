//! Every parser of untrusted input, as fuzz targets: what a backend or a host's callbacks answer
//! (institutions, credential schemas, members, jobs, challenges, statuses, OAuth pages, rejections),
//! what another frame posts (the bridge), and the configuration (the iframe URL's query, MX's
//! `clientConfig`). Each checks that nothing panics, and the property its input must keep.

use proptest::prelude::*;
use serde_json::Value;

use super::json::{any_json, damaged, odd_string};
use super::{target, Target};
use connect_widget::backend::bridge::protocol::{self, Inbound, Outcome};
use connect_widget::backend::http::routes;
use connect_widget::backend::{from_rejection, ApiErrorKind};
use connect_widget::config::{client_config_pairs, WidgetConfig};
use connect_widget::dialect::{self, finqware, mx, saltedge, tink, DialectError};
use connect_widget::flow::{with_state, PendingOAuth};
use connect_widget::model::{Challenge, CredentialSchema, FieldValues};

type Check = Result<(), String>;

/// Keys the credential-schema adapters look for.
const SCHEMA_KEYS: &[&str] = &[
    "guid",
    "name",
    "label",
    "field_type",
    "nature",
    "options",
    "field_options",
    "extra",
    "multiple",
    "credentials",
    "required_fields",
    "interactive_fields",
    "fields",
    "data",
    "optional",
    "position",
    "display_order",
    "pattern",
    "minLength",
    "maxLength",
    "checkbox",
    "masked",
    "numeric",
    "children",
    "supplementalInformation",
    "additionalInfo",
    "option_value",
    "code",
    "payment_methods",
    "remitter_type",
    "providers",
    "meta_data",
    "localized_name",
];

/// Keys of members, jobs, challenges and OAuth answers.
const MEMBER_KEYS: &[&str] = &[
    "member",
    "job",
    "guid",
    "job_guid",
    "member_guid",
    "status",
    "connection_status",
    "is_being_aggregated",
    "error",
    "error_code",
    "user_message",
    "mfa",
    "credentials",
    "oauth_window_uri",
    "finished_at",
    "oauth_states",
    "oauth_state",
    "auth_status",
    "error_reason",
    "data",
    "stage",
    "stages",
    "name",
    "interactive_html",
    "interactive_fields_names",
    "interactive_fields_options",
    "session_expires_at",
    "redirect_url",
    "supplementalInformation",
    "thirdPartyAppAuthentication",
    "thirdPartyAppUrl",
    "type",
    "consent",
    "links",
    "provider",
    "max_interactive_delay",
    "label",
    "field_type",
    "options",
    "image_data",
    "html",
];

/// Keys of the bridge's messages.
const BRIDGE_KEYS: &[&str] =
    &["connect_widget_bridge", "kind", "id", "ok", "value", "error", "missing", "config", "client_config", "locale"];

/// Keys of rejections and MX's `clientConfig`.
const HOST_KEYS: &[&str] = &[
    "response",
    "status",
    "data",
    "message",
    "name",
    "config",
    "mode",
    "color_scheme",
    "is_mobile_webview",
    "oauth_referral_source",
    "current_institution_code",
    "current_institution_guid",
    "disable_institution_search",
    "ui_message_version",
    "institution",
    "guid",
    "code",
    "url",
    "logo_url",
    "member_guid",
];

const SCHEMA_SAMPLES: &[&str] = &[
    "saltedge_callback_interactive_captcha_image.json",
    "saltedge_callback_interactive_dynamic_select.json",
    "mx_credentials_response.json",
    "mx_institutions_list_response.json",
    "saltedge_provider_show_fakebank_interactive_xf.json",
    "saltedge_provider_anotherbank_us_select_field.json",
    "saltedge_interactive_fields_dynamic_select_multiple.json",
    "tink_test_provider_test_successful_bankid.json",
    "tink_providers_list_response.json",
    "tink_credentials_awaiting_supplemental_information_optin.json",
    "tink_supplemental_information_optin_fields_decoded.json",
    "finqware_providers_remitter_type_v2.json",
];

const MEMBER_SAMPLES: &[&str] = &[
    "mx_member_response.json",
    "mx_member_response_with_error.json",
    "mx_job_response.json",
    "mx_run_job_response.json",
    "mx_oauth_window_uri_response.json",
    "mx_oauth_states_list_response.json",
    "mx_oauth_state_response.json",
    "mx_institution_response.json",
    "saltedge_connection_interactive_response_sms_stage.json",
    "saltedge_callback_interactive_redirect.json",
    "saltedge_callback_interactive_captcha_image.json",
    "tink_credentials_awaiting_supplemental_information_optin.json",
    "tink_credentials_status_authenticating.json",
    "tink_credentials_get_response.json",
    "finqware_links_list_response_v2.json",
];

/// Every target, in the order the campaign runs them.
pub fn all() -> Vec<Target> {
    vec![
        target("credential schemas: arbitrary JSON", any_json(SCHEMA_KEYS), |doc| schemas(&doc)),
        target("credential schemas: damaged vendor samples", damaged(SCHEMA_SAMPLES, SCHEMA_KEYS), |doc| schemas(&doc)),
        target("members, jobs, OAuth (MX): arbitrary JSON", any_json(MEMBER_KEYS), |doc| members(&doc)),
        target("members, jobs, OAuth (MX): damaged samples", damaged(MEMBER_SAMPLES, MEMBER_KEYS), |doc| members(&doc)),
        target("challenges (Salt Edge, Tink, Finqware): JSON", any_json(MEMBER_KEYS), |doc| challenges(&doc)),
        target("challenges: damaged vendor samples", damaged(MEMBER_SAMPLES, MEMBER_KEYS), |doc| challenges(&doc)),
        target("vendor status names", odd_string(), |name| statuses(&name)),
        target("bridge: inbound messages", any_json(BRIDGE_KEYS), |data| bridge(&data)),
        target("bridge: responses round trip", (any::<u64>(), any_json(BRIDGE_KEYS), 0u8..3), bridge_round_trip),
        target("configuration: iframe URL query pairs", config_pairs(), |pairs| configuration(&pairs)),
        target("configuration: MX clientConfig", any_json(HOST_KEYS), |given| client_config(&given)),
        target("host callback rejections", (callback_name(), any_json(HOST_KEYS)), |(name, reason)| {
            rejection(name, &reason)
        }),
        target("HTTP routes from callback arguments", (callback_name(), prop::collection::vec(route_arg(), 0..4)), {
            |(name, args)| route(name, &args)
        }),
        target("OAuth page URL and state", (odd_string(), prop::option::of("[A-Za-z0-9-]{0,12}")), |(url, fresh)| {
            oauth_state(&url, fresh.as_deref())
        }),
        target("OAuth attempt from session storage", any_json(HOST_KEYS), |saved| oauth_resume(&saved)),
        target("Salt Edge redirect query string", "[a-z_=&%?#+0-9A-F]{0,40}", |query| {
            let answer = saltedge::redirect_answer(&query);
            ensure(answer.is_object() || answer.is_null(), || format!("redirect answer {answer}"))
        }),
    ]
}

fn ensure(holds: bool, what: impl FnOnce() -> String) -> Check {
    if holds {
        Ok(())
    } else {
        Err(what())
    }
}

/// A refusal names its vendor, the place in the document and what was expected there.
fn well_formed(error: &DialectError) -> Check {
    ensure(
        ["MX", "Salt Edge", "Tink", "Finqware", "unknown"].contains(&error.dialect)
            && !error.expected.is_empty()
            && !error.to_string().is_empty(),
        || format!("refusal without its vendor or place: {error:?}"),
    )
}

fn page_url(url: Option<&str>) -> Check {
    let scheme = url.and_then(|url| url.split_once(':')).map(|(scheme, _)| scheme.to_ascii_lowercase());
    ensure(url.is_none() || matches!(scheme.as_deref(), Some("http" | "https")), || format!("page URL {url:?}"))
}

/// Whatever parses can be filled in, validated and submitted.
fn usable(schema: &CredentialSchema) -> Check {
    let values = FieldValues::initial(schema);
    let _ = schema.validate(&values);
    let payload = dialect::credentials_payload(schema, &values);
    ensure(!payload.is_null(), || format!("no payload for {schema:?}"))
}

/// The schema adapters on `document`: each parses into a usable schema or refuses clearly.
pub fn schemas(document: &Value) -> Check {
    for parsed in [
        mx::credentials(document),
        saltedge::required_fields(document),
        saltedge::interactive_fields(document),
        tink::provider_fields(document),
        tink::supplemental_fields(document),
        tink::fields(document),
        dialect::credential_schema(document, None),
    ] {
        match parsed {
            Ok(schema) => usable(&schema)?,
            Err(error) => well_formed(&error)?,
        }
    }
    for refused in
        [mx::institutions(document).err(), mx::institution(document).err(), finqware::provider(document).err()]
    {
        refused.as_ref().map_or(Ok(()), well_formed)?;
    }
    Ok(())
}

fn members(document: &Value) -> Check {
    match mx::member(document) {
        Ok(member) => {
            page_url(member.oauth_window_uri.as_deref())?;
            if let Some(challenge) = &member.challenge {
                challenge_safe(challenge)?;
            }
        }
        Err(error) => well_formed(&error)?,
    }
    match mx::oauth_window_uri(document) {
        Ok(url) => page_url(Some(&url))?,
        Err(error) => well_formed(&error)?,
    }
    for refused in [mx::job(document).err(), mx::job_ref(document).err(), mx::oauth_states(document).err()] {
        refused.as_ref().map_or(Ok(()), well_formed)?;
    }
    Ok(())
}

/// A challenge can be shown and answered: its redirect is a web page, its fields are usable.
fn challenge_safe(challenge: &Challenge) -> Check {
    page_url(challenge.redirect_url.as_deref())?;
    usable(&challenge.schema)
}

fn challenges(document: &Value) -> Check {
    let provider = document.get("provider").unwrap_or(document);
    for parsed in [
        saltedge::stage_challenge(document, provider),
        saltedge::interactive_challenge(document, provider).map(Some),
        tink::challenge(document),
        finqware::sca_challenge(document),
    ] {
        match parsed {
            Ok(Some(challenge)) => challenge_safe(&challenge)?,
            Ok(None) => {}
            Err(error) => well_formed(&error)?,
        }
    }
    Ok(())
}

fn statuses(name: &str) -> Check {
    for parsed in [finqware::consent_status(name), tink::credentials_status(name)] {
        parsed.as_ref().map_or_else(well_formed, |_| Ok(()))?;
    }
    Ok(())
}

fn bridge(data: &Value) -> Check {
    let parsed = protocol::parse_inbound(data);
    ensure(parsed.is_none() == data.get(protocol::CHANNEL).is_none(), || {
        format!("a message is ours exactly when it is tagged: {data} → {parsed:?}")
    })?;
    if let Some(Ok(Inbound::Config { pairs, client_config: given_client_config })) = &parsed {
        configuration(pairs)?;
        client_config(given_client_config)?;
    }
    if let Some(Err(why)) = &parsed {
        ensure(!why.is_empty(), || "an empty refusal".into())?;
    }
    Ok(())
}

/// What the loader sends for an answer (0), a rejection (1) or a missing callback (2) is read back
/// as exactly that.
fn bridge_round_trip((id, value, shape): (u64, Value, u8)) -> Check {
    let tag = (protocol::CHANNEL, Value::from(protocol::VERSION));
    let message = match shape {
        0 => serde_json::json!({ tag.0: tag.1, "kind": "response", "id": id, "ok": true, "value": value }),
        1 => serde_json::json!({ tag.0: tag.1, "kind": "response", "id": id, "ok": false, "error": value }),
        _ => serde_json::json!({ tag.0: tag.1, "kind": "response", "id": id, "ok": false, "missing": true }),
    };
    let expected = match shape {
        0 => Outcome::Answer(value),
        1 => Outcome::Rejected(value),
        _ => Outcome::Missing,
    };
    let parsed = protocol::parse_inbound(&message);
    ensure(parsed == Some(Ok(Inbound::Response { id, outcome: expected })), || format!("{message} → {parsed:?}"))
}

fn config_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let key = prop_oneof![
        prop::sample::select(vec![
            "host_origin",
            "locale",
            "dialect",
            "event_format",
            "color_scheme",
            "backend",
            "api_base_url",
            "api_token",
            "is_mobile_webview",
            "oauth_referral_source",
            "current_institution_code",
            "current_institution_guid",
            "disable_institution_search",
            "client_redirect_url",
            "oauth_resume",
            "theme",
            "mode",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{0,12}",
    ];
    prop::collection::vec((key, odd_string()), 0..8)
}

/// Every pair is used or reported, and a report names a key that was given.
fn configuration(pairs: &[(String, String)]) -> Check {
    let (_, problems) = WidgetConfig::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    ensure(problems.len() <= pairs.len(), || format!("more problems than pairs: {problems:?}"))?;
    for problem in &problems {
        ensure(pairs.iter().any(|(key, _)| *key == problem.key), || format!("{problem} names no given key"))?;
    }
    Ok(())
}

fn client_config(given: &Value) -> Check {
    let pairs = client_config_pairs(given);
    configuration(&pairs)?;
    let (config, _) = WidgetConfig::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let passed_on = config.mx_client_config(given.clone());
    ensure(passed_on.is_object() || passed_on == *given, || format!("clientConfig {given} became {passed_on}"))
}

fn callback_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "loadPopularInstitutions",
        "loadInstitutions",
        "loadInstitutionByGuid",
        "loadInstitutionByCode",
        "getInstitutionCredentials",
        "addMember",
        "runJob",
        "loadJob",
        "updateMFA",
        "loadMemberByGuid",
        "oAuthStart",
        "getOAuthWindowURI",
        "loadOAuthStates",
        "oAuthComplete",
        "deleteMember",
        "unknown",
    ])
}

/// A rejection always becomes one error that names the callback; only a real HTTP status counts
/// as one.
fn rejection(name: &str, reason: &Value) -> Check {
    let error = from_rejection(name, reason);
    ensure(error.message.starts_with(name), || format!("{error:?} does not name {name}"))?;
    ensure(!error.code().is_empty(), || format!("{error:?} has no code"))?;
    if let ApiErrorKind::Status(status) = error.kind {
        let given = reason.pointer("/response/status").or_else(|| reason.get("status")).and_then(Value::as_u64);
        ensure(given == Some(status.into()), || format!("status {status} from {reason}"))?;
    }
    Ok(())
}

/// Arguments as a backend's answers make them: guids (some hostile), objects, anything.
fn route_arg() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec!["MBR-1", "", ".", "..", "../admin", "%2e%2e", "a/b", "?x=1", "#f"])
            .prop_map(Value::from),
        any_json(HOST_KEYS),
    ]
}

/// `encodeURIComponent`, as the HTTP client applies it.
fn encode_uri_component(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// A route keeps its template's shape whatever the arguments: a guid cannot add, remove or walk
/// out of path segments.
fn route(name: &str, args: &[Value]) -> Check {
    let Some(request) = routes::request(name, args) else { return Ok(()) };
    let Some(path) = request.path(encode_uri_component) else { return Ok(()) };
    let segments: Vec<&str> = path.split('/').collect();
    ensure(segments.len() == request.template.split('/').count(), || format!("{path} from {}", request.template))?;
    ensure(segments[1..].iter().all(|s| !s.is_empty() && *s != "." && *s != ".."), || format!("path {path}"))
}

/// The page gets a `state`; it is the one the page had, or the fresh one; nothing else changes.
fn oauth_state(url: &str, fresh: Option<&str>) -> Check {
    let Some((with, state)) = with_state(url, fresh) else {
        return ensure(fresh.is_none_or(str::is_empty), || format!("refused {url} with fresh {fresh:?}"));
    };
    ensure(!state.is_empty() && with.contains(&format!("state={state}")), || format!("{url} → {with} ({state})"))?;
    ensure(with.starts_with(url.split(['?', '#']).next().unwrap_or_default()), || format!("{url} → {with}"))
}

fn oauth_resume(saved: &Value) -> Check {
    let Some(pending) = PendingOAuth::from_json(saved) else { return Ok(()) };
    let again = PendingOAuth::from_json(&pending.to_json());
    ensure(again.as_ref() == Some(&pending), || format!("{saved} does not survive a round trip: {again:?}"))
}
