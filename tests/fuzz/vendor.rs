//! Fuzz targets for what a backend or a host's callbacks answer, in each vendor's dialect:
//! institutions, credential schemas, members, jobs, challenges, statuses and OAuth pages.

use serde_json::Value;

use super::targets::{ensure, Check};
use connect_widget::dialect::{self, finqware, mx, saltedge, tink, DialectError};
use connect_widget::model::{Challenge, CredentialSchema, FieldValues};

/// Keys the credential-schema adapters look for.
pub const SCHEMA_KEYS: &[&str] = &[
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
pub const MEMBER_KEYS: &[&str] = &[
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

pub const SCHEMA_SAMPLES: &[&str] = &[
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

pub const MEMBER_SAMPLES: &[&str] = &[
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

/// A refusal names its vendor, the place in the document and what was expected there.
pub fn well_formed(error: &DialectError) -> Check {
    ensure(
        ["MX", "Salt Edge", "Tink", "Finqware", "unknown"].contains(&error.dialect)
            && !error.expected.is_empty()
            && !error.to_string().is_empty(),
        || format!("refusal without its vendor or place: {error:?}"),
    )
}

pub fn page_url(url: Option<&str>) -> Check {
    let scheme = url.and_then(|url| url.split_once(':')).map(|(scheme, _)| scheme.to_ascii_lowercase());
    ensure(url.is_none() || matches!(scheme.as_deref(), Some("http" | "https")), || format!("page URL {url:?}"))
}

/// Whatever parses can be filled in, validated and submitted.
pub fn usable(schema: &CredentialSchema) -> Check {
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

pub fn members(document: &Value) -> Check {
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
pub fn challenge_safe(challenge: &Challenge) -> Check {
    page_url(challenge.redirect_url.as_deref())?;
    usable(&challenge.schema)
}

pub fn challenges(document: &Value) -> Check {
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

pub fn statuses(name: &str) -> Check {
    for parsed in [finqware::consent_status(name), tink::credentials_status(name)] {
        parsed.as_ref().map_or_else(well_formed, |_| Ok(()))?;
    }
    Ok(())
}
