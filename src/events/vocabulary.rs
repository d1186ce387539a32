//! Every event the widget emits, with its metadata.

use serde_json::Value;

use crate::json::object;

use crate::flow::StepName;
use crate::model::{ConnectionStatus, Fetching, Institution, Mode};

/// An institution as events name it.
#[derive(Clone, Debug, PartialEq)]
pub struct InstitutionRef {
    pub code: String,
    pub guid: String,
}

impl From<&Institution> for InstitutionRef {
    fn from(institution: &Institution) -> Self {
        Self { code: institution.code.clone(), guid: institution.guid.clone() }
    }
}

impl InstitutionRef {
    /// `{code, guid}`.
    fn metadata(&self) -> Value {
        object(vec![("code", self.code.as_str().into()), ("guid", self.guid.as_str().into())])
    }
}

/// Something the host may want to know about.
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The widget is on screen.
    Loaded { initial_step: StepName, mode: Mode },
    /// The user moved to another step.
    StepChange { previous: StepName, current: StepName },
    /// The user searched (the query only, once the debounce settled).
    InstitutionSearch { query: String },
    /// The user picked a bank.
    SelectedInstitution { institution: Institution },
    /// The user agreed to share what the host's consent asks for (Salt Edge's request fields).
    ConsentAccepted { institution: InstitutionRef, consent: Value },
    /// The user declined the host's consent (and is back at the search).
    ConsentDeclined { institution: InstitutionRef },
    /// The user submitted credentials (never their values).
    EnterCredentials { institution: InstitutionRef },
    /// The user submitted new credentials for an existing member (never their values).
    UpdateCredentials { member_guid: String, institution: InstitutionRef },
    /// The user answered the bank's challenge (never the answer itself).
    SubmitMfa { member_guid: String, mfa_type: &'static str },
    /// The member's status changed while connecting.
    MemberStatusUpdate { member_guid: String, connection_status: ConnectionStatus, fetching: Option<Fetching> },
    /// The bank refused or failed the connection (MX: on its error screens and refused credentials).
    MemberError { member_guid: String, connection_status: ConnectionStatus },
    /// The bank ended the member with a job error MX's widget acts on (MX's `invalidData`, on its
    /// actionable error screen): `code` is MX's `error_code`.
    InvalidData { member_guid: String, code: u64 },
    /// `addMember` failed: no member was created at `institution`.
    CreateMemberError { institution: InstitutionRef },
    /// The connection succeeded.
    MemberConnected { member_guid: String },
    /// The user pressed "Done" on the connected screen (the host closes the widget, or moves on).
    ConnectedPrimaryAction { member_guid: String },
    /// The user disconnected the member (`deleteMember` succeeded).
    MemberDeleted { member_guid: String },
    /// The bank's authorization page is being opened (by the widget, or by the host in a mobile
    /// web view).
    OAuthRequested { url: String, member_guid: String },
    /// The browser blocked the window for the bank's page; the widget offers a link instead.
    OAuthPopupBlocked { member_guid: String },
    /// The authorization on the bank's page failed.
    OAuthError { member_guid: String, reason: &'static str },
    /// The user asked for the search while the host keeps it (`disable_institution_search`).
    BackToSearch,
    /// The user closed the widget (its Close button, shown when the host handles exits).
    Exit { step: StepName, reason: &'static str },
    /// The iframe page's content height changed (so the host can size the iframe).
    Resize { height: u32 },
    /// Something failed; `recoverable` says whether the user has a way forward in the widget.
    Error { code: String, message: String, recoverable: bool },
    /// An event of the guided flows (micro-deposits, manual accounts, support), named and
    /// described by their lazily loaded module (e.g. `microdeposits/verified`).
    Guided { name: &'static str, metadata: Value },
}

impl WidgetEvent {
    /// The event's name, e.g. `"stepChange"`.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Loaded { .. } => "loaded",
            WidgetEvent::StepChange { .. } => "stepChange",
            WidgetEvent::InstitutionSearch { .. } => "institutionSearch",
            WidgetEvent::SelectedInstitution { .. } => "selectedInstitution",
            WidgetEvent::ConsentAccepted { .. } => "consentAccepted",
            WidgetEvent::ConsentDeclined { .. } => "consentDeclined",
            WidgetEvent::EnterCredentials { .. } => "enterCredentials",
            WidgetEvent::UpdateCredentials { .. } => "updateCredentials",
            WidgetEvent::SubmitMfa { .. } => "submitMFA",
            WidgetEvent::MemberStatusUpdate { .. } => "memberStatusUpdate",
            WidgetEvent::MemberError { .. } => "memberError",
            WidgetEvent::InvalidData { .. } => "invalidData",
            WidgetEvent::CreateMemberError { .. } => "createMemberError",
            WidgetEvent::MemberConnected { .. } => "memberConnected",
            WidgetEvent::ConnectedPrimaryAction { .. } => "connected/primaryAction",
            WidgetEvent::MemberDeleted { .. } => "memberDeleted",
            WidgetEvent::OAuthRequested { .. } => "oauthRequested",
            WidgetEvent::OAuthPopupBlocked { .. } => "oauthPopupBlocked",
            WidgetEvent::OAuthError { .. } => "oauthError",
            WidgetEvent::BackToSearch => "backToSearch",
            WidgetEvent::Exit { .. } => "exit",
            WidgetEvent::Resize { .. } => "resize",
            WidgetEvent::Error { .. } => "error",
            WidgetEvent::Guided { name, .. } => name,
        }
    }

    /// The event's payload.
    pub fn metadata(&self) -> Value {
        let text = |s: &str| Value::from(s);
        match self {
            WidgetEvent::Loaded { initial_step, mode } => {
                object(vec![("initial_step", text(initial_step.as_str())), ("mode", text(mode.name()))])
            }
            WidgetEvent::StepChange { previous, current } => {
                object(vec![("previous", text(previous.as_str())), ("current", text(current.as_str()))])
            }
            WidgetEvent::InstitutionSearch { query } => object(vec![("query", text(query))]),
            WidgetEvent::SelectedInstitution { institution } => object(vec![
                ("code", text(&institution.code)),
                ("guid", text(&institution.guid)),
                ("name", text(&institution.name)),
                ("url", institution.url.as_deref().map_or(Value::Null, text)),
            ]),
            WidgetEvent::ConsentAccepted { institution, consent } => {
                object(vec![("institution", institution.metadata()), ("consent", consent.clone())])
            }
            WidgetEvent::EnterCredentials { institution } | WidgetEvent::ConsentDeclined { institution } => {
                object(vec![("institution", institution.metadata())])
            }
            WidgetEvent::UpdateCredentials { member_guid, institution } => {
                object(vec![("member_guid", text(member_guid)), ("institution", institution.metadata())])
            }
            WidgetEvent::SubmitMfa { member_guid, mfa_type } => {
                object(vec![("member_guid", text(member_guid)), ("mfa_type", text(mfa_type))])
            }
            WidgetEvent::MemberStatusUpdate { member_guid, connection_status, fetching } => {
                let mut entries = vec![
                    ("member_guid", text(member_guid)),
                    ("connection_status", Value::from(connection_status.code())),
                    ("connection_status_name", text(connection_status.name())),
                ];
                entries.extend(fetching.map(|fetching| ("stage", text(fetching.stage_name()))));
                object(entries)
            }
            WidgetEvent::MemberError { member_guid, connection_status } => {
                about_member(member_guid, "connection_status", connection_status.code().into())
            }
            WidgetEvent::InvalidData { member_guid, code } => about_member(member_guid, "code", (*code).into()),
            WidgetEvent::CreateMemberError { institution } => object(vec![
                ("institution_guid", text(&institution.guid)),
                ("institution_code", text(&institution.code)),
            ]),
            WidgetEvent::MemberConnected { member_guid }
            | WidgetEvent::ConnectedPrimaryAction { member_guid }
            | WidgetEvent::MemberDeleted { member_guid } => object(vec![("member_guid", text(member_guid))]),
            WidgetEvent::OAuthRequested { url, member_guid } => {
                object(vec![("url", text(url)), ("member_guid", text(member_guid))])
            }
            WidgetEvent::OAuthPopupBlocked { member_guid } => object(vec![("member_guid", text(member_guid))]),
            WidgetEvent::OAuthError { member_guid, reason } => {
                object(vec![("member_guid", text(member_guid)), ("reason", text(reason))])
            }
            WidgetEvent::BackToSearch => object(Vec::new()),
            WidgetEvent::Exit { step, reason } => object(vec![("step", text(step.as_str())), ("reason", text(reason))]),
            WidgetEvent::Resize { height } => object(vec![("height", Value::from(*height))]),
            WidgetEvent::Error { code, message, recoverable } => object(vec![
                ("code", text(code)),
                ("message", text(message)),
                ("recoverable", Value::from(*recoverable)),
            ]),
            WidgetEvent::Guided { metadata, .. } => metadata.clone(),
        }
    }
}

/// MX's `{member: {guid, <key>: value}}` metadata.
fn about_member(member_guid: &str, key: &'static str, value: Value) -> Value {
    object(vec![("member", object(vec![("guid", member_guid.into()), (key, value)]))])
}
