//! MX's callback contract over any transport: each [`ConnectApi`] operation becomes one named call
//! with MX's positional JSON arguments, and its answer is read by the dialect adapters (wrapped or
//! bare). JS callbacks, the postMessage bridge and HTTP are transports; they share this mapping.

use std::cell::RefCell;

use async_trait::async_trait;
use serde_json::Value;

use super::{ApiError, ApiResult, ConnectApi};
use crate::dialect::{self, mx, DialectError};
use crate::json::object;
use crate::model::{
    CredentialSchema, Dialect, Institution, InstitutionKey, InstitutionQuery, Job, JobRef, JobType, Member, MemberData,
};

/// Carries one call of an MX-named callback (`name`, positional `args`) to the host and brings
/// its answer back as JSON, or the failure as an [`super::ApiError`].
#[async_trait(?Send)]
pub trait Transport {
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value>;
}

/// What the contract adds to the calls: MX's `clientConfig`, the locale, a forced dialect.
#[derive(Clone, Debug, Default)]
pub struct ContractSettings {
    /// MX `clientConfig`, passed to the callbacks that take a config (`Null` when none).
    pub client_config: Value,
    /// The locale tag passed to `loadMemberByGuid`.
    pub locale: String,
    /// Parse credential schemas as this dialect instead of detecting it.
    pub forced_dialect: Option<Dialect>,
}

/// A backend speaking MX's callback contract over a transport. The transport is boxed, not a
/// type parameter: each operation then exists once in the bundle, whichever transports it has.
pub struct MxContract {
    transport: Box<dyn Transport>,
    settings: ContractSettings,
    /// The last Salt Edge provider `getInstitutionCredentials` answered: its `interactive_fields`
    /// describe a connection's interactive stage.
    provider: RefCell<Value>,
    /// The consent the user agreed to ([`ConnectApi::agree_to`]), sent with new members.
    agreed: RefCell<Option<Value>>,
}

impl MxContract {
    pub fn new(transport: impl Transport + 'static, settings: ContractSettings) -> Self {
        Self {
            transport: Box::new(transport),
            settings,
            provider: RefCell::new(Value::Null),
            agreed: RefCell::default(),
        }
    }

    /// The answer of callback `name` as a member, in whichever vendor's shape it comes.
    async fn member(&self, name: &str, answer: &Value) -> ApiResult<Member> {
        let provider = self.provider.borrow().clone();
        dialect::member(answer, self.settings.forced_dialect, &provider).await?.map_err(refused(name))
    }

    fn config(&self) -> Value {
        self.settings.client_config.clone()
    }

    /// `addMember` / `updateMember(memberData, config, isHuman)`: the member's data, with its
    /// `guid` when it exists, else with the consent the user gave.
    async fn send_member(&self, name: &'static str, guid: Option<&str>, data: &MemberData) -> ApiResult<Member> {
        let mut entries = vec![
            ("institution_guid", data.institution_guid.as_str().into()),
            ("credentials", data.credentials.clone()),
            ("is_oauth", data.is_oauth.into()),
        ];
        entries.extend(guid.map(|guid| ("guid", guid.into())));
        entries.extend(data.store_credentials.map(|store| ("store_credentials", store.into())));
        entries.extend(data.override_credentials.map(|replace| ("override_credentials", replace.into())));
        if guid.is_none() {
            entries.extend(self.agreed.borrow().clone().map(|consent| ("consent", consent)));
        }
        let args = vec![object(entries), self.config(), true.into()];
        self.member(name, &self.transport.call(name, args).await?).await
    }
}

/// A dialect's refusal of the answer of callback `name`, as an error that names the callback.
pub(super) fn refused(name: &str) -> impl FnOnce(DialectError) -> ApiError + '_ {
    move |error| {
        let mut refusal = ApiError::from(error);
        refusal.message = format!("`{name}` answered: {}", refusal.message);
        refusal
    }
}

#[async_trait(?Send)]
impl ConnectApi for MxContract {
    fn agree_to(&self, consent: Value) {
        self.agreed.replace(Some(consent));
    }

    fn client_config(&self) -> Value {
        self.config()
    }

    fn forced_dialect(&self) -> Option<Dialect> {
        self.settings.forced_dialect
    }

    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        self.transport.call(name, args).await
    }

    /// `loadPopularInstitutions({per_page})`, then the institutions the host discovered in the
    /// user's transactions (`loadDiscoveredInstitutions`, asked next) that the popular list
    /// lacks. The discovered list is optional: a host without it, or whose call fails (MX
    /// documents a malformed error for it), shows the popular list alone.
    async fn load_popular_institutions(&self, per_page: u32) -> ApiResult<Vec<Institution>> {
        let query = object(vec![("per_page", per_page.into())]);
        let name = "loadPopularInstitutions";
        let popular = self.transport.call(name, vec![query.clone()]).await;
        let mut institutions = mx::institutions(&popular?).map_err(refused(name))?;
        let discovered = self.transport.call("loadDiscoveredInstitutions", vec![query]).await;
        for institution in discovered.ok().and_then(|answer| mx::institutions(&answer).ok()).unwrap_or_default() {
            if !institutions.iter().any(|known| known.guid == institution.guid) {
                institutions.push(institution);
            }
        }
        Ok(institutions)
    }

    async fn load_institutions(&self, query: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        let by = if query.by_routing_number { "routing_number" } else { "search_name" };
        let mut entries = vec![
            (by, Value::from(query.search_name.as_str())),
            ("page", query.page.into()),
            ("per_page", query.per_page.into()),
        ];
        if let Some(country) = &query.iso_country_code {
            entries.push(("iso_country_code", Value::from(country.as_str())));
        }
        // As MX's widget asks in verification mode: only institutions that can verify.
        if self.config().get("mode").and_then(Value::as_str) == Some("verification") {
            entries.push(("account_verification_is_enabled", true.into()));
        }
        let name = "loadInstitutions";
        mx::institutions(&self.transport.call(name, vec![object(entries)]).await?).map_err(refused(name))
    }

    async fn load_institution(&self, key: &InstitutionKey) -> ApiResult<Institution> {
        let name = key.callback();
        mx::institution(&self.transport.call(name, vec![key.value().into()]).await?).map_err(refused(name))
    }

    async fn get_institution_credentials(&self, institution_guid: &str) -> ApiResult<CredentialSchema> {
        let answer = self.transport.call("getInstitutionCredentials", vec![institution_guid.into()]).await?;
        let schema = dialect::credential_schema_lazy(&answer, self.settings.forced_dialect)
            .await?
            .map_err(refused("getInstitutionCredentials"))?;
        if schema.dialect == Dialect::SaltEdge {
            self.provider.replace(answer);
        }
        Ok(schema)
    }

    async fn add_member(&self, data: &MemberData) -> ApiResult<Member> {
        self.send_member("addMember", None, data).await
    }

    async fn update_member(&self, member_guid: &str, data: &MemberData) -> ApiResult<Member> {
        self.send_member("updateMember", Some(member_guid), data).await
    }

    async fn run_job(&self, job_type: JobType, member_guid: &str) -> ApiResult<JobRef> {
        let args = vec![(job_type as u8).into(), member_guid.into(), self.config(), true.into()];
        let name = "runJob";
        let answer = self.transport.call(name, args).await?;
        // A job, an MX member, or another vendor's member object (its own status is polled).
        match mx::job_ref(&answer) {
            Err(error) if dialect::detect_member(&answer).is_none() => Err(refused(name)(error)),
            Err(_) => self.member(name, &answer).await.map(|_| JobRef { job_guid: None }),
            job => job.map_err(refused(name)),
        }
    }

    async fn load_job(&self, job_guid: &str) -> ApiResult<Job> {
        let name = "loadJob";
        mx::job(&self.transport.call(name, vec![job_guid.into()]).await?).map_err(refused(name))
    }

    async fn update_mfa(&self, member_guid: &str, credentials: &Value) -> ApiResult<Member> {
        let member = object(vec![("guid", member_guid.into()), ("credentials", credentials.clone())]);
        let name = "updateMFA";
        self.member(name, &self.transport.call(name, vec![member, self.config(), true.into()]).await?).await
    }

    async fn load_member_by_guid(&self, member_guid: &str) -> ApiResult<Member> {
        let args = vec![member_guid.into(), self.settings.locale.as_str().into()];
        let name = "loadMemberByGuid";
        self.member(name, &self.transport.call(name, args).await?).await
    }
}
