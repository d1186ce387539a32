//! A backend whose answers wait, for tests of slow and never-answering backends.

use std::cell::{Cell, RefCell};

use async_trait::async_trait;
use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::backend::{ApiResult, ConnectApi};
use connect_widget::model::{
    ConnectionStatus, CredentialSchema, Institution, InstitutionQuery, Job, JobRef, JobType, Member, MemberData,
};
use futures::channel::oneshot;

/// The sandbox, with answers that wait: the credentials until the test opens their gate, the
/// jobs forever when `jobs_hang` is set (or running on when `jobs_signed_in` is).
#[derive(Default)]
pub struct GatedSandbox {
    sandbox: SandboxApi,
    pub credentials_gate: RefCell<Option<oneshot::Receiver<()>>>,
    pub jobs_hang: Cell<bool>,
    /// Jobs answer RESUMED (the bank let the user in) and never finish.
    pub jobs_signed_in: Cell<bool>,
}

#[async_trait(?Send)]
impl ConnectApi for GatedSandbox {
    async fn load_popular_institutions(&self, per_page: u32) -> ApiResult<Vec<Institution>> {
        self.sandbox.load_popular_institutions(per_page).await
    }
    async fn load_institutions(&self, query: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        self.sandbox.load_institutions(query).await
    }
    async fn get_institution_credentials(&self, guid: &str) -> ApiResult<CredentialSchema> {
        let gate = self.credentials_gate.borrow_mut().take();
        if let Some(gate) = gate {
            let _ = gate.await;
        }
        self.sandbox.get_institution_credentials(guid).await
    }
    async fn add_member(&self, data: &MemberData) -> ApiResult<Member> {
        self.sandbox.add_member(data).await
    }
    async fn run_job(&self, job_type: JobType, member_guid: &str) -> ApiResult<JobRef> {
        self.sandbox.run_job(job_type, member_guid).await
    }
    async fn load_job(&self, job_guid: &str) -> ApiResult<Job> {
        if self.jobs_hang.get() {
            futures::future::pending::<()>().await;
        }
        if self.jobs_signed_in.get() {
            return Ok(Job { guid: job_guid.into(), status: ConnectionStatus::Resumed, finished_at: None });
        }
        self.sandbox.load_job(job_guid).await
    }
    async fn update_mfa(&self, member_guid: &str, credentials: &serde_json::Value) -> ApiResult<Member> {
        self.sandbox.update_mfa(member_guid, credentials).await
    }
    async fn load_member_by_guid(&self, member_guid: &str) -> ApiResult<Member> {
        self.sandbox.load_member_by_guid(member_guid).await
    }
}
