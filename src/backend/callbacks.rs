//! The host's JavaScript callbacks as a backend (npm mode): MX's callback names and arguments,
//! Promises awaited with a timeout, answers read by the dialect adapters (wrapped or bare), any
//! rejection shape turned into an [`ApiError`], and a missing callback named precisely.

use async_trait::async_trait;
use futures::future::{select, Either};
use gloo_timers::future::TimeoutFuture;
use js_sys::{Array, Function, Promise, Reflect};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{from_rejection, ApiError, ApiErrorKind, ApiResult, ConnectApi};
use crate::dialect::{self, mx};
use crate::events::to_js;
use crate::model::{CredentialSchema, Dialect, Institution, InstitutionQuery, Job, JobRef, JobType, Member, MemberData};

/// How long a callback may take before the widget gives up on it.
const CALLBACK_TIMEOUT_MS: u32 = 30_000;

/// A backend made of the host's callbacks.
pub struct CallbacksApi {
    callbacks: JsValue,
    /// MX `clientConfig`, passed to the callbacks that take a config.
    config: Value,
    locale: &'static str,
    forced_dialect: Option<Dialect>,
}

impl CallbacksApi {
    pub fn new(callbacks: JsValue, config: Value, locale: &'static str, forced_dialect: Option<Dialect>) -> Self {
        Self { callbacks, config, locale, forced_dialect }
    }

    /// Calls callback `name` with `args` and waits for its answer as JSON.
    async fn call(&self, name: &str, args: &[Value]) -> ApiResult<Value> {
        let function = Reflect::get(&self.callbacks, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| ApiError::new(ApiErrorKind::MissingCallback(name.into()), format!("the host did not provide the `{name}` callback")))?;
        let arguments: Array = args.iter().map(to_js).collect();
        let returned = function.apply(&self.callbacks, &arguments).map_err(|e| from_rejection(name, &to_json(&e)))?;
        let answer = JsFuture::from(Promise::resolve(&returned));
        match select(answer, TimeoutFuture::new(CALLBACK_TIMEOUT_MS)).await {
            Either::Left((Ok(value), _)) => Ok(to_json(&value)),
            Either::Left((Err(reason), _)) => Err(from_rejection(name, &to_json(&reason))),
            Either::Right(_) => Err(ApiError::new(ApiErrorKind::Timeout, format!("`{name}` did not answer within 30 s"))),
        }
    }

    fn config(&self) -> Value {
        self.config.clone()
    }
}

/// A JavaScript value as JSON; an `Error` keeps its name and message.
fn to_json(value: &JsValue) -> Value {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return json!({ "name": String::from(error.name()), "message": String::from(error.message()) });
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

#[async_trait(?Send)]
impl ConnectApi for CallbacksApi {
    async fn load_popular_institutions(&self, per_page: u32) -> ApiResult<Vec<Institution>> {
        let answer = self.call("loadPopularInstitutions", &[json!({ "per_page": per_page })]).await?;
        Ok(mx::institutions(&answer)?)
    }

    async fn load_institutions(&self, query: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        let mut arguments = json!({ "search_name": query.search_name, "page": query.page, "per_page": query.per_page });
        if let Some(country) = &query.iso_country_code {
            arguments["iso_country_code"] = json!(country);
        }
        Ok(mx::institutions(&self.call("loadInstitutions", &[arguments]).await?)?)
    }

    async fn get_institution_credentials(&self, institution_guid: &str) -> ApiResult<CredentialSchema> {
        let answer = self.call("getInstitutionCredentials", &[json!(institution_guid)]).await?;
        Ok(dialect::credential_schema(&answer, self.forced_dialect)?)
    }

    async fn add_member(&self, data: &MemberData) -> ApiResult<Member> {
        let member = json!({ "institution_guid": data.institution_guid, "credentials": data.credentials, "is_oauth": data.is_oauth });
        Ok(mx::member(&self.call("addMember", &[member, self.config(), json!(true)]).await?)?)
    }

    async fn run_job(&self, job_type: JobType, member_guid: &str) -> ApiResult<JobRef> {
        let answer = self.call("runJob", &[json!(job_type as u8), json!(member_guid), self.config(), json!(true)]).await?;
        Ok(mx::job_ref(&answer)?)
    }

    async fn load_job(&self, job_guid: &str) -> ApiResult<Job> {
        Ok(mx::job(&self.call("loadJob", &[json!(job_guid)]).await?)?)
    }

    async fn update_mfa(&self, member_guid: &str, credentials: &Value) -> ApiResult<Member> {
        let member = json!({ "guid": member_guid, "credentials": credentials });
        Ok(mx::member(&self.call("updateMFA", &[member, self.config(), json!(true)]).await?)?)
    }

    async fn load_member_by_guid(&self, member_guid: &str) -> ApiResult<Member> {
        Ok(mx::member(&self.call("loadMemberByGuid", &[json!(member_guid), json!(self.locale)]).await?)?)
    }
}
