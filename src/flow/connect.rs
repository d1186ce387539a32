//! Submitting credentials and following the job to its end: `addMember` → `runJob` → `loadJob`
//! polls (sequential, so they never overlap; backed off; capped) → `loadMemberByGuid`.

use async_trait::async_trait;

use super::PollPolicy;
use crate::backend::{ApiErrorKind, ApiResult, ConnectApi};
use crate::model::{ConnectionStatus, JobType, Member, MemberData};

/// The user left, or the widget was torn down: stop polling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cancelled;

/// Time, injected: the browser waits (and pauses while the page is hidden); tests do not.
#[async_trait(?Send)]
pub trait Clock {
    /// Waits about `ms` milliseconds, or reports that the flow was cancelled meanwhile.
    async fn sleep(&self, ms: u32) -> Result<(), Cancelled>;
}

/// What happened so far, for the progress screen and the events.
#[derive(Clone, Debug, PartialEq)]
pub enum ConnectProgress {
    /// `addMember` answered.
    MemberCreated { member_guid: String },
    /// A poll saw a new status.
    Status { member_guid: String, status: ConnectionStatus },
}

/// How the connection attempt ended.
#[derive(Clone, Debug, PartialEq)]
pub enum ConnectOutcome {
    Connected { member_guid: String },
    /// Wrong credentials: back to the form with the bank's message.
    CredentialsRefused { message: Option<String> },
    /// The bank failed the connection for another reason.
    Failed { status: ConnectionStatus, message: Option<String> },
    /// Still running when the polling ceiling was reached.
    TimedOut,
    Cancelled,
}

/// Consecutive failed polls tolerated (network blips) before giving up.
const POLL_FAILURES_TOLERATED: u32 = 2;

/// Creates the member, runs an aggregation job and polls it until it ends.
pub async fn connect_member(
    api: &dyn ConnectApi,
    clock: &dyn Clock,
    policy: PollPolicy,
    data: &MemberData,
    on_progress: &mut dyn FnMut(ConnectProgress),
) -> ApiResult<ConnectOutcome> {
    let member = api.add_member(data).await?;
    let member_guid = member.guid.clone();
    on_progress(ConnectProgress::MemberCreated { member_guid: member_guid.clone() });
    let job_guid = api.run_job(JobType::Aggregation, &member_guid).await?.job_guid;

    let mut last_status = None;
    let mut failures = 0;
    let mut finished = false;
    for delay in policy.delays() {
        if clock.sleep(delay).await.is_err() {
            return Ok(ConnectOutcome::Cancelled);
        }
        let job = match api.load_job(&job_guid).await {
            Ok(job) => job,
            Err(error) if is_transient(&error.kind) && failures < POLL_FAILURES_TOLERATED => {
                failures += 1;
                continue;
            }
            Err(error) => return Err(error),
        };
        failures = 0;
        if last_status != Some(job.status) {
            last_status = Some(job.status);
            let member_guid = member_guid.clone();
            on_progress(ConnectProgress::Status { member_guid, status: job.status });
        }
        if !job.is_running() {
            finished = true;
            break;
        }
    }
    if !finished {
        return Ok(ConnectOutcome::TimedOut);
    }
    let member = api.load_member_by_guid(&member_guid).await?;
    Ok(outcome_for(member))
}

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
