//! How the sandbox scripts a member from what was submitted: whether its bank accepts the
//! credentials (in the bank's dialect shape), and the stages its job then goes through.

use serde_json::{Map, Value};

use super::banks::{self, Behaviour, Stage};
use super::member::SandboxMember;
use super::SandboxApi;
use crate::backend::{ApiError, ApiErrorKind, ApiResult};
use crate::model::{Dialect, MemberData, OAuthStatus};

impl SandboxApi {
    /// A new member for `data`, following its bank's script (`attempt`: the how-manieth
    /// connection to that bank, for banks that ask only sometimes).
    pub(super) fn scripted_member(&self, data: &MemberData, attempt: usize, guid: &str) -> ApiResult<SandboxMember> {
        let (accepted, error_code, accounts, (stages, message)) =
            self.with_bank(&data.institution_guid, |bank| {
                // An OAuth member carries no credentials: the bank's page decides.
                let accepted = data.is_oauth || bank.accepts(&submitted(bank.dialect, &data.credentials)?);
                if accepted && matches!(bank.behaviour, Behaviour::Duplicated) {
                    return Err(ApiError::new(ApiErrorKind::Duplicated, "sandbox: ConnectionDuplicated"));
                }
                let error_code = match bank.behaviour {
                    Behaviour::JobError(code) => Some(code),
                    _ => None,
                };
                let accounts = match bank.dialect {
                    Dialect::SaltEdge => banks::saltedge::accounts(),
                    _ => Vec::new(),
                };
                Ok::<_, ApiError>((accepted, error_code, accounts, banks::job_script(&bank.behaviour, accepted)))
            })??;
        // "Occasionally interactive": the question comes on the first, third, … connection.
        let stages =
            stages.into_iter().filter(|stage| !matches!(stage, Stage::AskSometimes(_)) || attempt % 2 == 1).collect();
        let oauth = match data.is_oauth {
            true => Some((self.oauth_window_uri(guid)?, OAuthStatus::Pending)),
            false => None,
        };
        let error_code = error_code.filter(|_| accepted);
        Ok(SandboxMember {
            oauth,
            error_code,
            accounts,
            ..SandboxMember::new(data.institution_guid.clone(), accepted, stages, message)
        })
    }
}

/// The submitted values by key, insisting on the bank's dialect shape: MX `[{guid, value}]`,
/// Salt Edge and Tink `{name: value}`.
pub(super) fn submitted(dialect: Dialect, credentials: &Value) -> ApiResult<Map<String, Value>> {
    let wrong_shape = |shape: &str| {
        ApiError::new(ApiErrorKind::Status(400), format!("sandbox: {} credentials must be {shape}", dialect.vendor()))
    };
    match (dialect, credentials) {
        (Dialect::Mx, Value::Array(items)) => items
            .iter()
            .map(|item| match (item.get("guid").and_then(Value::as_str), item.get("value")) {
                (Some(guid), Some(value)) => Ok((guid.to_owned(), value.clone())),
                _ => Err(wrong_shape("[{guid, value}]")),
            })
            .collect(),
        (Dialect::Mx, _) => Err(wrong_shape("[{guid, value}]")),
        (_, Value::Object(object)) => Ok(object.clone()),
        _ => Err(wrong_shape("{name: value}")),
    }
}
