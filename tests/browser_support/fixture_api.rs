//! A backend with one bank whose form is a given vendor schema; it records what it receives and
//! connects every member.

use std::cell::RefCell;

use async_trait::async_trait;
use connect_widget::backend::{ApiResult, ConnectApi};
use connect_widget::dialect;
use connect_widget::model::{
    Challenge, ConnectionStatus, CredentialSchema, Institution, InstitutionQuery, Job, JobRef, JobType, Member,
    MemberData,
};
use serde_json::Value;

/// Reads a reference fixture at compile time.
#[macro_export]
macro_rules! fixture {
    ($name:literal) => {
        serde_json::from_str::<serde_json::Value>(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/",
            $name
        )))
        .unwrap()
    };
}

/// The test bank's backend.
pub struct FixtureApi {
    schema: Value,
    received: RefCell<Vec<MemberData>>,
    /// A challenge asked once after the credentials, and the answers it received.
    challenge: Option<Challenge>,
    answers: RefCell<Vec<Value>>,
}

impl FixtureApi {
    /// A bank ("Fixture Bank") whose credential form is `schema`.
    pub fn new(schema: Value) -> Self {
        Self { schema, received: RefCell::default(), challenge: None, answers: RefCell::default() }
    }

    /// The same bank, asking `challenge` once after the credentials.
    pub fn challenging(self, challenge: Challenge) -> Self {
        Self { challenge: Some(challenge), ..self }
    }

    /// What `addMember` received.
    pub fn received(&self) -> Vec<MemberData> {
        self.received.borrow().clone()
    }

    /// What `updateMFA` received.
    pub fn answers(&self) -> Vec<Value> {
        self.answers.borrow().clone()
    }

    fn challenged(&self) -> bool {
        self.challenge.is_some() && self.answers.borrow().is_empty()
    }
}

fn bank() -> Institution {
    Institution {
        guid: "INS-FIX".into(),
        code: "fixture".into(),
        name: "Fixture Bank".into(),
        ..Institution::default()
    }
}

fn member(connection_status: ConnectionStatus) -> Member {
    Member {
        guid: "MBR-FIX".into(),
        connection_status,
        is_being_aggregated: false,
        error: None,
        challenge: None,
        fetching: None,
        oauth_window_uri: None,
        institution: None,
        accounts: Vec::new(),
    }
}

#[async_trait(?Send)]
impl ConnectApi for FixtureApi {
    async fn load_popular_institutions(&self, _: u32) -> ApiResult<Vec<Institution>> {
        Ok(vec![bank()])
    }
    async fn load_institutions(&self, _: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        Ok(vec![bank()])
    }
    async fn get_institution_credentials(&self, _: &str) -> ApiResult<CredentialSchema> {
        Ok(dialect::credential_schema(&self.schema, None)?)
    }
    async fn add_member(&self, data: &MemberData) -> ApiResult<Member> {
        self.received.borrow_mut().push(data.clone());
        Ok(member(ConnectionStatus::Created))
    }
    async fn run_job(&self, _: JobType, _: &str) -> ApiResult<JobRef> {
        Ok(JobRef { job_guid: Some("JOB-FIX".into()) })
    }
    async fn load_job(&self, _: &str) -> ApiResult<Job> {
        if self.challenged() {
            return Ok(Job { guid: "JOB-FIX".into(), status: ConnectionStatus::Challenged, finished_at: None });
        }
        Ok(Job { guid: "JOB-FIX".into(), status: ConnectionStatus::Connected, finished_at: Some(1) })
    }
    async fn update_mfa(&self, _: &str, credentials: &Value) -> ApiResult<Member> {
        self.answers.borrow_mut().push(credentials.clone());
        Ok(member(ConnectionStatus::Resumed))
    }
    async fn load_member_by_guid(&self, _: &str) -> ApiResult<Member> {
        if self.challenged() {
            return Ok(Member { challenge: self.challenge.clone(), ..member(ConnectionStatus::Challenged) });
        }
        Ok(member(ConnectionStatus::Connected))
    }
}
