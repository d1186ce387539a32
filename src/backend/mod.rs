//! The backend contract: one async method per host operation, named after MX's callbacks.
//! Implementations: the built-in sandbox (feature `sandbox`), and MX's callback contract
//! ([`MxContract`]) over one of three transports: JS callbacks (npm), the postMessage bridge
//! (iframe) and HTTP.

pub mod bridge;
#[cfg(all(feature = "npm", target_arch = "wasm32"))]
pub mod callbacks;
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
    CredentialSchema, Institution, InstitutionKey, InstitutionQuery, Job, JobRef, JobType, Member, MemberData,
    OAuthState,
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

    /// `getMemberCredentials(memberGuid)`: the credential form of an existing member, to update
    /// it (the same shapes as `getInstitutionCredentials`). Backends without it report the
    /// missing operation (the widget then uses the institution's form).
    async fn get_member_credentials(&self, member_guid: &str) -> ApiResult<CredentialSchema> {
        let _ = member_guid;
        Err(ApiError::missing_callback("getMemberCredentials"))
    }

    /// `deleteMember(member)`: the user disconnects the member (`{guid}` is passed). Backends
    /// without it report the missing operation.
    async fn delete_member(&self, member_guid: &str) -> ApiResult<()> {
        let _ = member_guid;
        Err(ApiError::missing_callback("deleteMember"))
    }

    /// `loadInstitutionByGuid(guid)` / `loadInstitutionByCode(code)`: the institution the host
    /// preselected. Backends without it report the missing operation.
    async fn load_institution(&self, key: &InstitutionKey) -> ApiResult<Institution> {
        Err(ApiError::missing_callback(key.callback()))
    }

    /// `oAuthStart({member})`: the user is going to the bank's page. Backends without OAuth
    /// report the missing operation.
    async fn oauth_start(&self, member_guid: &str) -> ApiResult<()> {
        let _ = member_guid;
        Err(ApiError::missing_callback("oAuthStart"))
    }
    /// `getOAuthWindowURI(memberGuid, config)`: the bank's authorization page for the member.
    async fn get_oauth_window_uri(&self, member_guid: &str) -> ApiResult<String> {
        let _ = member_guid;
        Err(ApiError::missing_callback("getOAuthWindowURI"))
    }
    /// `loadOAuthStates({outbound_member_guid})`: the member's authorization attempts.
    async fn load_oauth_states(&self, member_guid: &str) -> ApiResult<Vec<OAuthState>> {
        let _ = member_guid;
        Err(ApiError::missing_callback("loadOAuthStates"))
    }
    /// A callback whose answer the caller reads itself, in MX's shapes: the guided flows'
    /// (`verifyRoutingNumber`, `createMicrodeposit`, …, `createAccount`, `createSupportTicket`),
    /// whose code is fetched only when they run. Backends without it report the missing operation.
    async fn call(&self, name: &'static str, args: Vec<serde_json::Value>) -> ApiResult<serde_json::Value> {
        let _ = args;
        Err(ApiError::missing_callback(name))
    }
    /// `oAuthComplete({member_guid, query_string})` (ours, optional): the parameters the bank
    /// sent back to the widget's callback page (`code`, `state`, `error`…), for a backend that
    /// must pass them on (e.g. Salt Edge's `oauth_providers/authorize`).
    async fn oauth_complete(&self, member_guid: &str, query_string: &str) -> ApiResult<()> {
        let _ = (member_guid, query_string);
        Err(ApiError::missing_callback("oAuthComplete"))
    }
}
