//! The built-in sandbox: an in-process, deterministic backend with fake banks, so the demo and
//! the tests run with no server. Time is counted in polls, not seconds.

mod banks;
mod catalogue;
mod existing;
mod guided;
mod member;
mod oauth;
mod routing;
mod scripts;

use std::cell::RefCell;
use std::collections::HashMap;

use async_trait::async_trait;
use serde_json::Value;

pub use banks::{GOOD_PASSWORD, GOOD_USERNAME};
pub use guided::{BLOCKED_ROUTING, CONNECTABLE_ROUTING, DEPOSITS};
pub use oauth::OAuthPages;

use super::{ApiError, ApiErrorKind, ApiResult, ConnectApi};
use crate::dialect;
use crate::model::{
    ConnectionStatus, CredentialSchema, Dialect, Institution, InstitutionKey, InstitutionQuery, Job, JobRef, JobType,
    Member, MemberData,
};
use banks::{Bank, Stage};
use member::{member_view, SandboxMember};
use oauth::oauth_member_guid;
use scripts::submitted;

/// A search that fails once, then works on retry (to exercise the failure state).
pub const FLAKY_SEARCH: &str = "flaky";
/// A search that crashes the widget (to exercise the panic screen and `error` event).
pub const PANIC_SEARCH: &str = "sandbox panic";

#[derive(Default)]
struct State {
    members: HashMap<String, SandboxMember>,
    flaky_failed_once: bool,
    received: Vec<MemberData>,
    received_answers: Vec<Value>,
    desk: guided::Desk,
}

/// The sandbox backend.
pub struct SandboxApi {
    featured: Vec<Bank>,
    catalogue_names: Vec<String>,
    /// Parse every schema as this dialect (the `dialect` configuration), instead of detecting it.
    forced_dialect: Option<Dialect>,
    /// The fake authorization page and the widget's callback page, for the OAuth bank.
    oauth_pages: Option<OAuthPages>,
    state: RefCell<State>,
}

impl Default for SandboxApi {
    fn default() -> Self {
        Self::new(None)
    }
}

impl SandboxApi {
    /// A sandbox; `forced_dialect` makes it parse schemas as that dialect only.
    pub fn new(forced_dialect: Option<Dialect>) -> Self {
        let featured = banks::featured();
        let members = existing::members(&featured);
        Self {
            featured,
            catalogue_names: catalogue::lowercase_names(),
            forced_dialect,
            oauth_pages: None,
            state: RefCell::new(State { members, ..State::default() }),
        }
    }

    /// What `addMember` received so far (for tests asserting the submitted shape).
    pub fn received_member_data(&self) -> Vec<MemberData> {
        self.state.borrow().received.clone()
    }

    /// What `updateMFA` received so far (for tests asserting the submitted shape).
    pub fn received_answers(&self) -> Vec<Value> {
        self.state.borrow().received_answers.clone()
    }

    /// Runs `f` on the bank behind `institution_guid` (featured or generated).
    fn with_bank<T>(&self, institution_guid: &str, f: impl FnOnce(&Bank) -> T) -> ApiResult<T> {
        if let Some(bank) = self.featured.iter().find(|b| b.institution.guid == institution_guid) {
            return Ok(f(bank));
        }
        let generated = institution_guid
            .strip_prefix("INS-SBX-")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n < catalogue::SIZE)
            .map(|n| banks::generated_bank(catalogue::institution(n)));
        generated.map(|bank| f(&bank)).ok_or_else(|| not_found("institution", institution_guid))
    }

    /// The institution guid of member `member_guid`.
    fn member_bank(&self, member_guid: &str) -> ApiResult<String> {
        let state = self.state.borrow();
        let member = state.members.get(member_guid).ok_or_else(|| not_found("member", member_guid))?;
        Ok(member.institution_guid.clone())
    }
}

fn not_found(what: &str, guid: &str) -> ApiError {
    ApiError::new(ApiErrorKind::Status(404), format!("sandbox: no {what} {guid}"))
}

#[async_trait(?Send)]
impl ConnectApi for SandboxApi {
    async fn load_popular_institutions(&self, per_page: u32) -> ApiResult<Vec<Institution>> {
        let featured = self.featured.iter().map(|bank| bank.institution.clone());
        let generated = (0..catalogue::SIZE).map(catalogue::institution);
        Ok(featured.chain(generated).take(per_page as usize).collect())
    }

    async fn load_institutions(&self, query: &InstitutionQuery) -> ApiResult<Vec<Institution>> {
        assert!(query.search_name.trim() != PANIC_SEARCH, "sandbox: crash requested by searching “{PANIC_SEARCH}”");
        if query.search_name.trim().eq_ignore_ascii_case(FLAKY_SEARCH) {
            let mut state = self.state.borrow_mut();
            if !state.flaky_failed_once {
                state.flaky_failed_once = true;
                return Err(ApiError::new(ApiErrorKind::Status(503), "sandbox: search is flaky, try again"));
            }
        }
        if query.by_routing_number {
            return Ok(routing::search(&self.featured, &query.search_name));
        }
        let per_page = query.per_page.max(1) as usize;
        let skip = query.page.saturating_sub(1) as usize * per_page;
        let in_country = |institution: &Institution| {
            query.iso_country_code.as_deref().is_none_or(|country| catalogue::country_of(institution) == country)
        };
        Ok(catalogue::search(&self.featured, &self.catalogue_names, &query.search_name)
            .into_iter()
            .filter(in_country)
            .skip(skip)
            .take(per_page)
            .collect())
    }

    async fn load_institution(&self, key: &InstitutionKey) -> ApiResult<Institution> {
        let found = match key {
            InstitutionKey::Guid(guid) => self.with_bank(guid, |bank| bank.institution.clone()).ok(),
            InstitutionKey::Code(code) => {
                self.featured.iter().find(|bank| bank.institution.code == *code).map(|bank| bank.institution.clone())
            }
        };
        found.ok_or_else(|| not_found("institution", key.value()))
    }

    async fn get_institution_credentials(&self, institution_guid: &str) -> ApiResult<CredentialSchema> {
        let document = self.with_bank(institution_guid, |bank| bank.schema.clone())?;
        Ok(dialect::credential_schema_lazy(&document, self.forced_dialect).await??)
    }

    async fn add_member(&self, data: &MemberData) -> ApiResult<Member> {
        let (guid, member) = {
            let mut state = self.state.borrow_mut();
            state.received.push(data.clone());
            let attempt = state.received.iter().filter(|d| d.institution_guid == data.institution_guid).count();
            // An OAuth member's guid names its bank, so that it can be restored after a reload.
            let guid = match data.is_oauth {
                true => oauth_member_guid(state.received.len(), &data.institution_guid),
                false => format!("MBR-SBX-{}", state.received.len()),
            };
            (guid.clone(), self.scripted_member(data, attempt, &guid)?)
        };
        let view = member_view(&guid, &member);
        self.state.borrow_mut().members.insert(guid, member);
        Ok(view)
    }

    /// A member whose last job finished starts a new one (a refresh), with the credentials it has.
    async fn run_job(&self, _job_type: JobType, member_guid: &str) -> ApiResult<JobRef> {
        let mut state = self.state.borrow_mut();
        let member = state.members.get_mut(member_guid).ok_or_else(|| not_found("member", member_guid))?;
        if member.finished() {
            let (stages, message) = self.with_bank(&member.institution_guid, |bank| {
                banks::job_script(&bank.behaviour, member.credentials_ok)
            })?;
            member.restart(stages, message);
        }
        Ok(JobRef { job_guid: Some(format!("JOB-{member_guid}")) })
    }

    /// New credentials for an existing member: it follows its bank's script again with them.
    async fn update_member(&self, member_guid: &str, data: &MemberData) -> ApiResult<Member> {
        let institution_guid = self.member_bank(member_guid)?;
        let data = MemberData { institution_guid, ..data.clone() };
        self.state.borrow_mut().received.push(data.clone());
        let member = self.scripted_member(&data, 1, member_guid)?;
        let view = member_view(member_guid, &member);
        self.state.borrow_mut().members.insert(member_guid.into(), member);
        Ok(view)
    }

    async fn load_job(&self, job_guid: &str) -> ApiResult<Job> {
        let member_guid = job_guid.strip_prefix("JOB-").unwrap_or_default();
        let mut state = self.state.borrow_mut();
        let member = state.members.get_mut(member_guid).ok_or_else(|| not_found("job", job_guid))?;
        let status = member.poll();
        let finished_at = member.finished().then_some(member.position as u64);
        Ok(Job { guid: job_guid.into(), status, finished_at })
    }

    async fn update_mfa(&self, member_guid: &str, credentials: &Value) -> ApiResult<Member> {
        let mut state = self.state.borrow_mut();
        state.received_answers.push(credentials.clone());
        let member = state.members.get_mut(member_guid).ok_or_else(|| not_found("member", member_guid))?;
        let prompt = match member.stages.get(member.position) {
            Some(Stage::Ask(prompt) | Stage::AskSometimes(prompt)) if member.last == ConnectionStatus::Challenged => {
                prompt.clone()
            }
            _ => {
                return Err(ApiError::new(
                    ApiErrorKind::Status(409),
                    format!("sandbox: member {member_guid} is not challenged"),
                ))
            }
        };
        let values = submitted(prompt.challenge.schema.dialect, credentials)?;
        if prompt.accepts(&values) {
            member.accounts.extend(banks::tink_mfa::opted_in(&prompt.challenge, &values));
            member.position += 1;
            member.retry = None;
            member.asked_at_ms = None;
        } else {
            member.retry = Some(prompt.when_wrong);
        }
        member.last = ConnectionStatus::Resumed;
        Ok(member_view(member_guid, member))
    }

    async fn load_member_by_guid(&self, member_guid: &str) -> ApiResult<Member> {
        let mut state = self.state.borrow_mut();
        let member = state.members.get_mut(member_guid).ok_or_else(|| not_found("member", member_guid))?;
        // Followed without a job (an existing member opened in progress): each look moves it on.
        if member.last.is_processing() && !member.finished() {
            member.poll();
        }
        let mut view = member_view(member_guid, member);
        if let Some(challenge) =
            view.challenge.as_mut().filter(|c| c.redirect_url.as_deref() == Some(banks::oauth::SECOND_REDIRECT))
        {
            challenge.redirect_url = Some(self.oauth_window_uri(member_guid)?);
        }
        Ok(view)
    }

    fn forced_dialect(&self) -> Option<Dialect> {
        self.forced_dialect
    }

    /// The callbacks read by the lazily loaded modules, answered in MX's shapes: an existing
    /// member's form and deletion, OAuth's (`oauth.rs`), and the guided flows' (`guided.rs`).
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        let text = |index: usize| args.get(index).and_then(Value::as_str).unwrap_or_default().to_owned();
        match name {
            "getMemberCredentials" => {
                let institution_guid = self.member_bank(&text(0))?;
                self.with_bank(&institution_guid, |bank| bank.schema.clone())
            }
            "deleteMember" => {
                let guid = args.first().and_then(|member| member["guid"].as_str()).unwrap_or_default();
                let removed = self.state.borrow_mut().members.remove(guid);
                removed.map(|_| Value::Null).ok_or_else(|| not_found("member", guid))
            }
            "oAuthStart" | "getOAuthWindowURI" | "loadOAuthStates" | "oAuthComplete" => self.oauth_call(name, &args),
            "loadMembers" => Ok(self.members_answer()),
            _ => self.state.borrow_mut().desk.call(name, &args),
        }
    }
}
