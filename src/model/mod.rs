//! The canonical model: what the widget knows about institutions, credential fields, members and
//! jobs, whatever dialect a backend speaks. Pure Rust, no browser APIs.

mod account;
mod challenge;
mod connection_status;
mod consent;
mod field;
mod institution;
mod member;
mod microdeposit;
mod oauth;
mod pattern;
mod routing;
mod schema;
mod validation;
mod values;

pub use account::ConnectedAccount;
pub use challenge::{Challenge, Decoupled, DecoupledApp, RetryReason};
pub use connection_status::ConnectionStatus;
pub use consent::{Consent, Scope, CONSENT_EXPECTED};
pub use field::{Field, FieldKind, FieldOption};
pub use institution::{Institution, InstitutionKey, InstitutionQuery, Unavailable};
pub use member::{
    CredentialsStrategy, Fetching, Job, JobRef, JobType, Member, MemberData, MemberError, Mode, OverrideStrategy,
    DUPLICATED_CLASS,
};
pub use microdeposit::{BlockedRouting, Microdeposit, MicrodepositStatus};
pub use oauth::{OAuthErrorReason, OAuthState, OAuthStatus};
pub use pattern::Pattern;
pub use routing::RoutingNumber;
pub use schema::{CredentialSchema, Dialect};
pub use validation::FieldError;
pub use values::{FieldValue, FieldValues};
