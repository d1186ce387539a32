//! The backend contract: one async method per host operation, named after MX's callbacks.
//! Implementations: the built-in sandbox (feature `sandbox`), and MX's callback contract
//! ([`MxContract`]) over one of three transports: JS callbacks (npm), the postMessage bridge
//! (iframe) and HTTP.

pub mod bridge;
#[cfg(all(feature = "npm", target_arch = "wasm32"))]
pub mod callbacks;
pub mod calls;
mod contract;
mod error;
pub mod http;
#[cfg(target_arch = "wasm32")]
mod js;
mod rejection;
#[cfg(feature = "sandbox")]
pub mod sandbox;
mod unconfigured;

use async_trait::async_trait;

pub use contract::{ContractSettings, MxContract, Transport};
pub use error::{ApiError, ApiErrorKind, DUPLICATED_CODE};
pub use rejection::from_rejection;
pub use unconfigured::Unconfigured;

use crate::model::{
    CredentialSchema, Dialect, Institution, InstitutionKey, InstitutionQuery, Job, JobRef, JobType, Member, MemberData,
};

/// The answer of every backend operation.
pub type ApiResult<T> = Result<T, ApiError>;

/// What the widget needs from the host's backend. Futures are not `Send`: the widget runs on the
/// browser's single thread.
#[async_trait(?Send)]
pub trait ConnectApi {
    /// `loadPopularInstitutions({per_page})`: the list shown before the user types.
    async fn load_popular_institutions(&self, per_page: u32) -> ApiResult<Vec<Institution>>;
    /// `loadInstitutions({search_name, page, per_page, …})`.
    async fn load_institutions(&self, query: &InstitutionQuery) -> ApiResult<Vec<Institution>>;
    /// `getInstitutionCredentials(institutionGuid)`.
    async fn get_institution_credentials(&self, institution_guid: &str) -> ApiResult<CredentialSchema>;
    /// `addMember(memberData, config, isHuman)`.
    async fn add_member(&self, data: &MemberData) -> ApiResult<Member>;
    /// `runJob(jobType, memberGuid, config, isHuman)`.
    async fn run_job(&self, job_type: JobType, member_guid: &str) -> ApiResult<JobRef>;
    /// `loadJob(jobGuid)`.
    async fn load_job(&self, job_guid: &str) -> ApiResult<Job>;
    /// `updateMFA(memberData, config, isHuman)`: the answers to the member's challenge, in the
    /// challenge's dialect shape.
    async fn update_mfa(&self, member_guid: &str, credentials: &serde_json::Value) -> ApiResult<Member>;
    /// `loadMemberByGuid(memberGuid, locale)`.
    async fn load_member_by_guid(&self, member_guid: &str) -> ApiResult<Member>;

    /// MX's `clientConfig` for the callbacks that take one (`Null` when the backend needs none).
    fn client_config(&self) -> serde_json::Value {
        serde_json::Value::Null
    }

    /// The dialect every schema is read in (the `dialect` configuration), else detected.
    fn forced_dialect(&self) -> Option<Dialect> {
        None
    }

    /// The consent the user agreed to, sent with the next new member (`addMember`'s data has it as
    /// `consent`); backends that do not forward member data ignore it.
    fn agree_to(&self, consent: serde_json::Value) {
        let _ = consent;
    }

    /// `updateMember(member, config, isHuman)`: new credentials for an existing member (after
    /// `addMember` found it exists). Backends without it report the missing operation.
    async fn update_member(&self, member_guid: &str, data: &MemberData) -> ApiResult<Member> {
        let _ = (member_guid, data);
        Err(ApiError::missing_callback("updateMember"))
    }

    /// `loadInstitutionByGuid(guid)` / `loadInstitutionByCode(code)`: the institution the host
    /// preselected. Backends without it report the missing operation.
    async fn load_institution(&self, key: &InstitutionKey) -> ApiResult<Institution> {
        Err(ApiError::missing_callback(key.callback()))
    }

    /// A callback whose answer the caller reads itself, in MX's shapes: those of the lazily loaded
    /// modules ([`calls`]: OAuth's, `getMemberCredentials`, `deleteMember`; the guided flows'
    /// `verifyRoutingNumber`, `createMicrodeposit`, …, `createAccount`, `createSupportTicket`).
    /// Backends without it report the missing operation.
    async fn call(&self, name: &'static str, args: Vec<serde_json::Value>) -> ApiResult<serde_json::Value> {
        let _ = args;
        Err(ApiError::missing_callback(name))
    }
}
