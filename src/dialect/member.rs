//! A member as a host's backend forwards it, in its vendor's own shape: an MX member, a Salt Edge
//! connection, a Tink credentials object or a Finqware consent — detected per answer, or forced.

use serde_json::Value;

use super::json::unwrap;
use super::{finqware, mx, saltedge, tink, DialectError};
use crate::lazy::{lazy_fn, NotLoaded};
use crate::model::{Dialect, Member};

/// Which vendor's member object `document` is, judged by its shape; `None` for MX's own.
pub fn detect_member(document: &Value) -> Option<Vendor> {
    let data = unwrap(document, "data");
    if data.get("last_attempt").is_some() || data.get("provider_code").is_some() {
        return Some(Vendor::SaltEdge);
    }
    if document.get("providerName").is_some() || document.get("statusUpdated").is_some() {
        return Some(Vendor::Tink);
    }
    let consent = unwrap(document, "consent");
    let consent_status = consent.get("status").and_then(Value::as_str).and_then(finqware::status_of);
    (consent.get("connection_status").is_none() && consent_status.is_some()).then_some(Vendor::Finqware)
}

/// The vendors whose member objects differ from MX's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vendor {
    SaltEdge,
    Tink,
    Finqware,
}

/// Parses a member in `forced` dialect, or in the one its shape shows: MX's at once, the other
/// vendors' by the lazily loaded module `vendor_dialects`. `provider` is the Salt Edge provider the
/// credentials came from (its `interactive_fields` describe an interactive stage).
pub async fn member(
    document: &Value,
    forced: Option<Dialect>,
    provider: &Value,
) -> Result<Result<Member, DialectError>, NotLoaded> {
    let vendor = match forced {
        Some(Dialect::SaltEdge) => Some(Vendor::SaltEdge),
        Some(Dialect::Tink) => Some(Vendor::Tink),
        Some(Dialect::Mx) => None,
        None => detect_member(document),
    };
    match vendor {
        Some(vendor) => vendor_member(document, vendor, provider).await,
        None => Ok(mx::member(document)),
    }
}

lazy_fn!(vendor_dialects: fn vendor_member(document: &Value, vendor: Vendor, provider: &Value) -> Result<Member, DialectError> {
    match vendor {
        Vendor::SaltEdge => saltedge::connection(document, provider),
        Vendor::Tink => tink::credentials(document),
        Vendor::Finqware => finqware::consent(document),
    }
});
