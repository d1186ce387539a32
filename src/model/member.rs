//! Members (a user's connection to one institution) and the jobs that refresh them.

use super::{Challenge, ConnectedAccount, ConnectionStatus, InstitutionKey};

/// What the widget sends to create a member (MX `addMember` memberData).
#[derive(Clone, Debug, PartialEq)]
pub struct MemberData {
    pub institution_guid: String,
    /// Credential values in the institution's dialect shape (MX: `[{guid, value}]`).
    pub credentials: serde_json::Value,
    pub is_oauth: bool,
    /// Whether the backend may store the credentials (Salt Edge's `store_credentials`), when
    /// the host's [`CredentialsStrategy`] says; `None`: the backend's default.
    pub store_credentials: Option<bool>,
    /// New credentials replace those the backend stored for the member (Salt Edge's
    /// `override_credentials`), when the host's [`OverrideStrategy`] says; `None`: the backend's
    /// default.
    pub override_credentials: Option<bool>,
}

/// Whether the backend stores the credentials (Salt Edge's `credentials_strategy`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CredentialsStrategy {
    /// The backend's default (it stores them).
    #[default]
    Store,
    /// Never stored: `store_credentials: false`.
    DoNotStore,
    /// The user chooses on the form ("Save my sign-in details…").
    Ask,
}

impl CredentialsStrategy {
    /// The strategy named `name` (Salt Edge's values).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "store" => Some(Self::Store),
            "do_not_store" => Some(Self::DoNotStore),
            "ask" => Some(Self::Ask),
            _ => None,
        }
    }

    /// What `addMember` / `updateMember` say about storing, given the user's choice (`Ask`).
    pub fn store_credentials(self, chosen: bool) -> Option<bool> {
        match self {
            Self::Store => None,
            Self::DoNotStore => Some(false),
            Self::Ask => Some(chosen),
        }
    }
}

/// Whether new credentials replace those the backend stored for a member being updated (Salt
/// Edge's `override_credentials_strategy`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OverrideStrategy {
    /// The backend's default.
    #[default]
    Backend,
    /// The user confirms on the form (a box to tick).
    Ask,
    /// Always: `override_credentials: true`.
    Override,
}

impl OverrideStrategy {
    /// The strategy named `name` (Salt Edge's values).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "ask" => Some(Self::Ask),
            "override" => Some(Self::Override),
            _ => None,
        }
    }
}

/// The error a bank attached to a member.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MemberError {
    pub code: Option<u64>,
    /// Text meant for the end user.
    pub user_message: Option<String>,
    /// The connection exists already with these credentials: the user has nothing more to do here.
    pub duplicated: bool,
}

/// A user's connection to one institution.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub guid: String,
    pub connection_status: ConnectionStatus,
    pub is_being_aggregated: bool,
    pub error: Option<MemberError>,
    /// What the bank asks for now, when the status asks for user input.
    pub challenge: Option<Challenge>,
    /// What the bank is fetching, when the backend says (Salt Edge's attempt stages).
    pub fetching: Option<Fetching>,
    /// The bank's authorization page, for a member created with `is_oauth`.
    pub oauth_window_uri: Option<String>,
    /// The member's institution, when the answer names it (to reopen the member).
    pub institution: Option<InstitutionKey>,
    /// The accounts it reached, when the backend lists them (Salt Edge's, Tink's).
    pub accounts: Vec<ConnectedAccount>,
}

/// What the bank fetches once connected (Salt Edge's `fetch_holder_info` / `fetch_accounts` and
/// `fetch_recent` / `fetch_full` stages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetching {
    Accounts,
    Transactions,
}

impl Fetching {
    /// The fetching stage Salt Edge's stage `name` is, if it is one.
    pub fn from_stage(name: &str) -> Option<Self> {
        match name {
            "fetch_holder_info" | "fetch_accounts" => Some(Self::Accounts),
            "fetch_recent" | "fetch_full" => Some(Self::Transactions),
            _ => None,
        }
    }

    /// Salt Edge's name of the stage (its `api_stage`).
    pub fn stage_name(self) -> &'static str {
        match self {
            Self::Accounts => "fetch_accounts",
            Self::Transactions => "fetch_recent",
        }
    }
}

impl Member {
    /// The bank is still working on the member: a processing status (CREATED, RECONNECTED,
    /// UPDATED, RESUMED, PENDING), or `is_being_aggregated` while it asks nothing of the user.
    pub fn in_progress(&self) -> bool {
        !self.connection_status.needs_user_input()
            && (self.connection_status.is_processing() || self.is_being_aggregated)
    }
}

/// The error class of a connection that exists already with the same credentials (Salt Edge's
/// `ConnectionDuplicated`), in an attempt or a backend's refusal.
pub const DUPLICATED_CLASS: &str = "ConnectionDuplicated";

/// MX job types (`runJob` jobType).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobType {
    Aggregation = 0,
    Verification = 1,
}

/// What the widget connects for (MX's `mode`): reading the accounts, or proving that the user
/// owns one (to move money).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Aggregation,
    Verification,
}

impl Mode {
    /// `aggregation` or `verification`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "aggregation" => Some(Self::Aggregation),
            "verification" => Some(Self::Verification),
            _ => None,
        }
    }

    /// Its name, as `mode` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Aggregation => "aggregation",
            Self::Verification => "verification",
        }
    }

    /// The job a connection runs in this mode (`runJob`'s jobType, as MX's widget picks it).
    pub fn job_type(self) -> JobType {
        match self {
            Self::Aggregation => JobType::Aggregation,
            Self::Verification => JobType::Verification,
        }
    }
}

/// What `runJob` answers: a job (MX's docs), or the member itself (MX's widget's hosts).
#[derive(Clone, Debug, PartialEq)]
pub struct JobRef {
    /// The job to poll; `None` when `runJob` answered a member without `most_recent_job_guid`,
    /// whose own status is then polled.
    pub job_guid: Option<String>,
}

/// A background job on a member; its status uses the connection status codes.
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    pub guid: String,
    pub status: ConnectionStatus,
    /// Set once the job has finished.
    pub finished_at: Option<u64>,
}

impl Job {
    /// The job still runs: its status is a processing one and it has no finish time.
    pub fn is_running(&self) -> bool {
        self.finished_at.is_none() && self.status.is_processing()
    }
}
