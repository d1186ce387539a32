//! The canonical model: what the widget knows about institutions, credential fields, members and
//! jobs, whatever dialect a backend speaks. Pure Rust, no browser APIs.

mod connection_status;
mod field;
mod institution;
mod member;

pub use connection_status::ConnectionStatus;
pub use field::{CredentialSchema, Field, FieldError, FieldKind, FieldValues};
pub use institution::{Institution, InstitutionQuery};
pub use member::{Job, JobRef, JobType, Member, MemberData, MemberError};
