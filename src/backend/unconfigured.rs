//! The backend when the host configured none: every operation fails, naming the callback the
//! host must provide. Never a silent stub.

use async_trait::async_trait;

use super::{ApiError, ApiErrorKind, ApiResult, ConnectApi};
use crate::model::{CredentialSchema, Institution, InstitutionQuery, Job, JobRef, JobType, Member, MemberData};

/// A backend with no operations.
pub struct Unconfigured;

fn missing<T>(callback: &str) -> ApiResult<T> {
    Err(ApiError::new(
        ApiErrorKind::MissingCallback(callback.into()),
        format!("no backend is configured: the host must provide `{callback}`"),
    ))
}

#[async_trait(?Send)]
impl ConnectApi for Unconfigured {
    async fn load_popular_institutions(&self, _: u32) -> ApiResult<Vec<Institution>> {
        missing("loadPopularInstitutions")
    }
    async fn load_institutions(&self, _: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        missing("loadInstitutions")
    }
    async fn get_institution_credentials(&self, _: &str) -> ApiResult<CredentialSchema> {
        missing("getInstitutionCredentials")
    }
    async fn add_member(&self, _: &MemberData) -> ApiResult<Member> {
        missing("addMember")
    }
    async fn run_job(&self, _: JobType, _: &str) -> ApiResult<JobRef> {
        missing("runJob")
    }
    async fn load_job(&self, _: &str) -> ApiResult<Job> {
        missing("loadJob")
    }
    async fn update_mfa(&self, _: &str, _: &serde_json::Value) -> ApiResult<Member> {
        missing("updateMFA")
    }
    async fn load_member_by_guid(&self, _: &str) -> ApiResult<Member> {
        missing("loadMemberByGuid")
    }
}
