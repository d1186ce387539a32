//! Submitting credentials and following the connection to its end: `addMember` → `runJob` →
//! `loadJob` polls (sequential, so they never overlap; backed off; capped) → `loadMemberByGuid`;
//! a challenge is put to the user through the [`Prompter`] and answered with `updateMFA`, after
//! which polling resumes. An approval in another app is waited for by polling, within the same
//! ceiling.

use async_trait::async_trait;
use serde_json::Value;

use super::PollPolicy;
use crate::backend::{ApiErrorKind, ApiResult, ConnectApi};
use crate::model::{Challenge, ConnectionStatus, Job, JobType, Member, MemberData, OAuthErrorReason};

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
    /// A poll saw a new status.
    Status { member_guid: String, status: ConnectionStatus },
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
    },
    /// Wrong credentials: back to the form with the bank's message.
    CredentialsRefused {
        message: Option<String>,
    },
    /// The bank failed the connection for another reason.
    Failed {
        status: ConnectionStatus,
        message: Option<String>,
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

/// Consecutive failed polls tolerated (network blips) before giving up.
const POLL_FAILURES_TOLERATED: u32 = 2;

/// The injected collaborators of one connection attempt.
pub struct Connection<'a> {
    pub api: &'a dyn ConnectApi,
    pub clock: &'a dyn Clock,
    pub prompter: &'a dyn Prompter,
    pub policy: PollPolicy,
}

impl Connection<'_> {
    /// Creates the member, runs an aggregation job and follows it to its end.
    pub async fn run(
        &self,
        data: &MemberData,
        on_progress: &mut dyn FnMut(ConnectProgress),
    ) -> ApiResult<ConnectOutcome> {
        let member = self.api.add_member(data).await?;
        on_progress(ConnectProgress::MemberCreated { member_guid: member.guid.clone() });
        self.follow(&member.guid, on_progress).await
    }

    /// Runs an aggregation job for the member and follows it to its end, putting challenges to
    /// the user.
    pub(super) async fn follow(
        &self,
        member_guid: &str,
        on_progress: &mut dyn FnMut(ConnectProgress),
    ) -> ApiResult<ConnectOutcome> {
        let member_guid = member_guid.to_owned();
        let job_guid = self.api.run_job(JobType::Aggregation, &member_guid).await?.job_guid;
        let mut last_status = None;
        let mut awaiting_app = false;
        loop {
            let keep_polling =
                |job: &Job| job.is_running() || (awaiting_app && job.status == ConnectionStatus::Challenged);
            let polled = self.poll(&job_guid, &member_guid, &mut last_status, keep_polling, on_progress).await?;
            match polled {
                Polled::Finished => {}
                Polled::TimedOut => return Ok(ConnectOutcome::TimedOut),
                Polled::Cancelled => return Ok(ConnectOutcome::Cancelled),
            }
            let member = self.api.load_member_by_guid(&member_guid).await?;
            let challenge = match member.challenge.clone() {
                Some(challenge) if member.connection_status.needs_user_input() => challenge,
                _ => return Ok(outcome_for(member)),
            };
            awaiting_app = challenge.decoupled.is_some();
            match self.prompter.ask(&member_guid, &challenge).await {
                Answer::Submit(credentials) => {
                    self.api.update_mfa(&member_guid, &credentials).await?;
                    on_progress(ConnectProgress::Answered { member_guid: member_guid.clone() });
                    last_status = None;
                }
                Answer::Wait => {}
                Answer::Expired => return Ok(ConnectOutcome::Expired),
                Answer::Cancelled => return Ok(ConnectOutcome::Cancelled),
            }
        }
    }

    /// Polls the job while `keep_polling` says so, reporting each new status.
    async fn poll(
        &self,
        job_guid: &str,
        member_guid: &str,
        last_status: &mut Option<ConnectionStatus>,
        keep_polling: impl Fn(&Job) -> bool,
        on_progress: &mut dyn FnMut(ConnectProgress),
    ) -> ApiResult<Polled> {
        let mut failures = PollFailures::default();
        for delay in self.policy.delays() {
            if self.clock.sleep(delay).await.is_err() {
                return Ok(Polled::Cancelled);
            }
            let Some(job) = failures.check(self.api.load_job(job_guid).await)? else { continue };
            if *last_status != Some(job.status) {
                *last_status = Some(job.status);
                on_progress(ConnectProgress::Status { member_guid: member_guid.to_owned(), status: job.status });
            }
            if !keep_polling(&job) {
                return Ok(Polled::Finished);
            }
        }
        Ok(Polled::TimedOut)
    }
}

/// How a round of polling ended.
enum Polled {
    Finished,
    TimedOut,
    Cancelled,
}

/// Counts consecutive failed polls: a few network blips are tolerated, then the failure stands.
#[derive(Default)]
pub(super) struct PollFailures(u32);

impl PollFailures {
    /// The poll's answer; `None` for a blip worth another poll; the error once there were too
    /// many in a row (or it is not a blip).
    pub(super) fn check<T>(&mut self, result: ApiResult<T>) -> ApiResult<Option<T>> {
        match result {
            Ok(value) => {
                self.0 = 0;
                Ok(Some(value))
            }
            Err(error) if is_transient(&error.kind) && self.0 < POLL_FAILURES_TOLERATED => {
                self.0 += 1;
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }
}

/// A failure worth another poll (up to [`POLL_FAILURES_TOLERATED`] in a row).
fn is_transient(kind: &ApiErrorKind) -> bool {
    matches!(kind, ApiErrorKind::Timeout | ApiErrorKind::Network)
        || matches!(kind, ApiErrorKind::Status(status) if *status >= 500)
}

/// Which outcome a finished member means.
pub fn outcome_for(member: Member) -> ConnectOutcome {
    let message = member.error.and_then(|error| error.user_message);
    match member.connection_status {
        ConnectionStatus::Connected => ConnectOutcome::Connected { member_guid: member.guid },
        status if status.is_credentials_error() => ConnectOutcome::CredentialsRefused { message },
        status => ConnectOutcome::Failed { status, message },
    }
}
