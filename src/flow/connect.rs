//! Submitting credentials and following the connection to its end: `addMember` → `runJob` →
//! `loadJob` polls while the job runs, then `loadMemberByGuid` polls while the member is in
//! progress (sequential, so they never overlap; backed off; capped); `runJob` may answer the
//! member instead of a job, as MX's widget's hosts do. A challenge is put to the user through
//! the [`Prompter`] and answered with `updateMFA`, after which polling resumes. An approval in
//! another app is waited for by polling, within the same ceiling.

use async_trait::async_trait;
use serde_json::Value;

use super::polling::PollFailures;
use super::{actionable_code, PollPolicy, Remedy};
use crate::backend::{ApiErrorKind, ApiResult, ConnectApi};
use crate::model::{
    Challenge, ConnectedAccount, ConnectionStatus, Fetching, JobType, Member, MemberData, OAuthErrorReason, RetryReason,
};

/// The user left, or the widget was torn down: stop polling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cancelled;

/// Time, injected: the browser waits (and pauses while the page is hidden); tests do not.
#[async_trait(?Send)]
pub trait Clock {
    /// Waits about `ms` milliseconds, or reports that the flow was cancelled meanwhile.
    async fn sleep(&self, ms: u32) -> Result<(), Cancelled>;
}

/// The user's response to a challenge.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The answers, in the challenge's dialect shape (`updateMFA` credentials).
    Submit(Value),
    /// An approval in another app is shown; keep polling until the bank reports it.
    Wait,
    /// The time to answer ran out.
    Expired,
    Cancelled,
}

/// Puts challenges to the user, injected: the browser shows a step; tests answer from a script.
#[async_trait(?Send)]
pub trait Prompter {
    /// Shows `challenge` of member `member_guid` and waits for the answer.
    async fn ask(&self, member_guid: &str, challenge: &Challenge) -> Answer;
}

/// What happened so far, for the progress screen and the events.
#[derive(Clone, Debug, PartialEq)]
pub enum ConnectProgress {
    /// `addMember` answered.
    MemberCreated { member_guid: String },
    /// A poll saw a new status, or a new stage of fetching (`fetching`: what the bank fetches,
    /// when the backend says).
    Status { member_guid: String, status: ConnectionStatus, fetching: Option<Fetching> },
    /// An answer went to the bank (`updateMFA` accepted it).
    Answered { member_guid: String },
    /// The user authorized on the bank's page; the connection job starts.
    Authorized { member_guid: String },
}

/// How the connection attempt ended.
#[derive(Clone, Debug, PartialEq)]
pub enum ConnectOutcome {
    Connected {
        member_guid: String,
        /// The accounts it reached, when the backend listed them.
        accounts: Vec<ConnectedAccount>,
    },
    /// Wrong credentials (`status` says how): back to the form with the bank's message.
    CredentialsRefused {
        member_guid: String,
        status: ConnectionStatus,
        message: Option<String>,
    },
    /// The bank failed the connection for another reason (`code`: the MX job error that decided
    /// it, [`actionable_code`]).
    Failed {
        member_guid: String,
        status: ConnectionStatus,
        message: Option<String>,
        code: Option<u64>,
    },
    /// The connection exists already with these credentials (Salt Edge's `ConnectionDuplicated`).
    Duplicated {
        member_guid: String,
    },
    /// Still running when the polling ceiling was reached.
    TimedOut,
    /// The time to answer a challenge ran out.
    Expired,
    /// The authorization on the bank's page failed.
    OAuthFailed {
        member_guid: String,
        reason: OAuthErrorReason,
    },
    Cancelled,
}

/// What an attempt does with the member before following it to its end.
#[derive(Clone, Debug, PartialEq)]
pub enum Attempt {
    /// A new connection with these credentials (`addMember`, then a job).
    Create(MemberData),
    /// New credentials for an existing member (`updateMember`, then a job).
    Update { member_guid: String, data: MemberData },
    /// A new job for an existing member (`runJob`): a refresh, or the first job once the bank's
    /// page authorized an OAuth member.
    Refresh { member_guid: String },
    /// Follows an existing member the bank is working on or that waits for the user.
    Resume { member_guid: String },
}

/// The injected collaborators of one connection attempt.
pub struct Connection<'a> {
    pub api: &'a dyn ConnectApi,
    pub clock: &'a dyn Clock,
    pub prompter: &'a dyn Prompter,
    pub policy: PollPolicy,
    /// The job a connection runs (`runJob`), as the widget's mode asks.
    pub job_type: JobType,
}

impl Connection<'_> {
    /// Carries out `attempt` and follows the member to its end: creates it (or updates it) and
    /// runs an aggregation job, runs a job on it (a refresh), or follows it as it is. A member
    /// that exists already (MX: `addMember` rejected with 409 `{guid}`) is continued as MX's
    /// widget does: a challenged one from its challenge, any other with the new credentials
    /// (`updateMember`) and a new job.
    pub async fn run(
        &self,
        attempt: &Attempt,
        on_progress: &mut dyn FnMut(ConnectProgress),
    ) -> ApiResult<ConnectOutcome> {
        let (member_guid, new_job) = match attempt {
            Attempt::Create(data) | Attempt::Update { data, .. } => {
                let (member, new_job) = match attempt {
                    Attempt::Update { member_guid, .. } => self.existing(member_guid, data).await?,
                    _ => match self.api.add_member(data).await {
                        Ok(created) => (created, true),
                        Err(error) => match &error.kind {
                            ApiErrorKind::MemberExists(guid) => self.existing(guid, data).await?,
                            _ => return Err(error.creating_member()),
                        },
                    },
                };
                on_progress(ConnectProgress::MemberCreated { member_guid: member.guid.clone() });
                (member.guid, new_job)
            }
            Attempt::Refresh { member_guid } => (member_guid.clone(), true),
            Attempt::Resume { member_guid } => (member_guid.clone(), false),
        };
        let job_guid = match new_job {
            true => self.api.run_job(self.job_type, &member_guid).await?.job_guid,
            false => None,
        };
        self.track(&member_guid, job_guid, on_progress).await
    }

    /// Continues existing member `member_guid` with new credentials as MX's widget does: a
    /// challenged one from its challenge (no new job), any other through `updateMember` and a new
    /// job (`true`).
    async fn existing(&self, member_guid: &str, data: &MemberData) -> ApiResult<(Member, bool)> {
        let existing = self.api.load_member_by_guid(member_guid).await?;
        Ok(match existing.connection_status {
            ConnectionStatus::Challenged => (existing, false),
            _ => (self.api.update_member(member_guid, data).await?, true),
        })
    }

    /// Follows the member (through its job when there is one) to its end, putting challenges to
    /// the user.
    async fn track(
        &self,
        member_guid: &str,
        job_guid: Option<String>,
        on_progress: &mut dyn FnMut(ConnectProgress),
    ) -> ApiResult<ConnectOutcome> {
        let mut last_status = None;
        let mut awaiting_app = false;
        loop {
            let polled =
                self.poll(job_guid.as_deref(), member_guid, &mut last_status, awaiting_app, on_progress).await?;
            let member = match polled {
                Polled::Finished(member) => *member,
                Polled::TimedOut => return Ok(ConnectOutcome::TimedOut),
                Polled::Cancelled => return Ok(ConnectOutcome::Cancelled),
            };
            let challenge = match member.challenge.clone() {
                Some(challenge) if member.connection_status.needs_user_input() => challenge,
                _ => return Ok(outcome_for(member, self.job_type)),
            };
            awaiting_app = challenge.decoupled.is_some();
            match self.answer(member_guid, challenge).await? {
                Answer::Submit(_) => {
                    on_progress(ConnectProgress::Answered { member_guid: member_guid.to_owned() });
                    last_status = None;
                }
                Answer::Wait => {}
                Answer::Expired => return Ok(ConnectOutcome::Expired),
                Answer::Cancelled => return Ok(ConnectOutcome::Cancelled),
            }
        }
    }

    /// Puts `challenge` to the user and sends the answer with `updateMFA`. When the service
    /// refuses it or cannot be reached, the same prompt comes back with its message (choices
    /// kept by the prompter), so nothing else the user did is lost.
    async fn answer(&self, member_guid: &str, mut challenge: Challenge) -> ApiResult<Answer> {
        loop {
            let answer = self.prompter.ask(member_guid, &challenge).await;
            let Answer::Submit(credentials) = &answer else { return Ok(answer) };
            match self.api.update_mfa(member_guid, credentials).await {
                Ok(_) => return Ok(answer),
                // Refused (any status) or not reached: worth answering again.
                Err(error)
                    if matches!(
                        error.kind,
                        ApiErrorKind::Status(_) | ApiErrorKind::Timeout | ApiErrorKind::Network
                    ) =>
                {
                    challenge.retry = Some(RetryReason::NotSent);
                    challenge.message = error.user_message.clone();
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// Polls the job (when there is one) while it runs, then the member while it is in
    /// progress, reporting each new status; `awaiting_app` keeps polling a challenged one (the
    /// user approves in another app).
    async fn poll(
        &self,
        job_guid: Option<&str>,
        member_guid: &str,
        last_status: &mut Option<(ConnectionStatus, Option<Fetching>)>,
        awaiting_app: bool,
        on_progress: &mut dyn FnMut(ConnectProgress),
    ) -> ApiResult<Polled> {
        let mut report = |status, fetching| {
            if *last_status != Some((status, fetching)) {
                *last_status = Some((status, fetching));
                on_progress(ConnectProgress::Status { member_guid: member_guid.to_owned(), status, fetching });
            }
        };
        let waiting = |status| awaiting_app && status == ConnectionStatus::Challenged;
        let mut failures = PollFailures::default();
        let mut job_guid = job_guid;
        for delay in self.policy.delays() {
            if self.clock.sleep(delay).await.is_err() {
                return Ok(Polled::Cancelled);
            }
            if let Some(guid) = job_guid {
                let Some(job) = failures.check(self.api.load_job(guid).await)? else { continue };
                report(job.status, None);
                if job.is_running() || waiting(job.status) {
                    continue;
                }
                job_guid = None;
            }
            let Some(member) = failures.check(self.api.load_member_by_guid(member_guid).await)? else { continue };
            report(member.connection_status, member.fetching);
            if !member.in_progress() && !waiting(member.connection_status) {
                return Ok(Polled::Finished(Box::new(member)));
            }
        }
        Ok(Polled::TimedOut)
    }
}

/// How a round of polling ended.
enum Polled {
    /// The member, no longer in progress.
    Finished(Box<Member>),
    TimedOut,
    Cancelled,
}

/// Which outcome a finished member means, by its status and actionable job error code
/// ([`Remedy::for_member`]) in a connection running `job_type` jobs.
pub fn outcome_for(member: Member, job_type: JobType) -> ConnectOutcome {
    if member.error.as_ref().is_some_and(|error| error.duplicated) {
        return ConnectOutcome::Duplicated { member_guid: member.guid };
    }
    let code = actionable_code(&member, job_type);
    let (member_guid, status) = (member.guid, member.connection_status);
    let message = member.error.and_then(|error| error.user_message);
    match Remedy::for_member(status, code) {
        Remedy::Nothing => ConnectOutcome::Connected { member_guid, accounts: member.accounts },
        Remedy::UpdateCredentials => ConnectOutcome::CredentialsRefused { member_guid, status, message },
        _ => ConnectOutcome::Failed { member_guid, status, message, code },
    }
}
