//! A widget unmounted while a backend call is in flight (the npm handle's `destroy()` during a slow
//! answer): the late answer finds nothing to update, and nothing panics.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::cell::RefCell;
use std::rc::Rc;

use async_trait::async_trait;
use browser_support::*;
use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::backend::{ApiResult, ConnectApi};
use connect_widget::model::{
    CredentialSchema, Institution, InstitutionQuery, Job, JobRef, JobType, Member, MemberData,
};
use futures::channel::oneshot;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The sandbox, except that the credentials answer only when the test says so.
#[derive(Default)]
struct SlowCredentials {
    sandbox: SandboxApi,
    gate: RefCell<Option<oneshot::Receiver<()>>>,
}

#[async_trait(?Send)]
impl ConnectApi for SlowCredentials {
    async fn load_popular_institutions(&self, per_page: u32) -> ApiResult<Vec<Institution>> {
        self.sandbox.load_popular_institutions(per_page).await
    }
    async fn load_institutions(&self, query: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        self.sandbox.load_institutions(query).await
    }
    async fn get_institution_credentials(&self, guid: &str) -> ApiResult<CredentialSchema> {
        let gate = self.gate.borrow_mut().take();
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
        self.sandbox.load_job(job_guid).await
    }
    async fn update_mfa(&self, member_guid: &str, credentials: &serde_json::Value) -> ApiResult<Member> {
        self.sandbox.update_mfa(member_guid, credentials).await
    }
    async fn load_member_by_guid(&self, member_guid: &str) -> ApiResult<Member> {
        self.sandbox.load_member_by_guid(member_guid).await
    }
}

#[wasm_bindgen_test]
async fn unmounting_during_a_slow_credentials_load_is_quiet() {
    let (release, gate) = oneshot::channel();
    let api = Rc::new(SlowCredentials { gate: RefCell::new(Some(gate)), ..Default::default() });
    let Mounted { host, events } = mount_with(api);
    wait_for("popular list", || by_role(&host, "option", "Sandbox Bank")).await.click();
    wait_for("the credentials loading", || by_role(&host, "heading", "Sign in to Sandbox Bank")).await;
    let emitted = events.names().len();
    unmount_all();
    release.send(()).unwrap();
    // The answer arrives after the widget is gone; a panic here would abort the module.
    settle().await;
    settle().await;
    assert_eq!(host.child_element_count(), 0, "nothing rendered after unmount");
    assert_eq!(events.names().len(), emitted, "no event after unmount");
}
