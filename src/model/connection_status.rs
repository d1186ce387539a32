//! MX member `connection_status` codes 0–21 and what each means for the flow.

/// A member's (or a job's) connection status, as MX numbers and names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectionStatus {
    Created,
    Prevented,
    Denied,
    Challenged,
    Rejected,
    Locked,
    Connected,
    Impeded,
    Reconnected,
    Degraded,
    Disconnected,
    Discontinued,
    Closed,
    Delayed,
    Failed,
    Updated,
    Disabled,
    Imported,
    Resumed,
    Expired,
    Impaired,
    Pending,
}

use ConnectionStatus::*;

const ALL: [ConnectionStatus; 22] = [
    Created,
    Prevented,
    Denied,
    Challenged,
    Rejected,
    Locked,
    Connected,
    Impeded,
    Reconnected,
    Degraded,
    Disconnected,
    Discontinued,
    Closed,
    Delayed,
    Failed,
    Updated,
    Disabled,
    Imported,
    Resumed,
    Expired,
    Impaired,
    Pending,
];

const NAMES: [&str; 22] = [
    "CREATED",
    "PREVENTED",
    "DENIED",
    "CHALLENGED",
    "REJECTED",
    "LOCKED",
    "CONNECTED",
    "IMPEDED",
    "RECONNECTED",
    "DEGRADED",
    "DISCONNECTED",
    "DISCONTINUED",
    "CLOSED",
    "DELAYED",
    "FAILED",
    "UPDATED",
    "DISABLED",
    "IMPORTED",
    "RESUMED",
    "EXPIRED",
    "IMPAIRED",
    "PENDING",
];

impl ConnectionStatus {
    /// The status for an MX numeric code, if the code is known.
    pub fn from_code(code: u64) -> Option<Self> {
        ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// The status for an MX name such as `"CONNECTED"` (case-insensitive).
    pub fn from_name(name: &str) -> Option<Self> {
        NAMES.iter().position(|n| n.eq_ignore_ascii_case(name)).map(|i| ALL[i])
    }

    /// The MX numeric code.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The MX name, e.g. `"CONNECTED"`.
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// The bank is still working: keep polling.
    pub fn is_processing(self) -> bool {
        matches!(self, Created | Reconnected | Updated | Resumed | Pending)
    }

    /// The bank asks for more from the user (MFA).
    pub fn needs_user_input(self) -> bool {
        matches!(self, Challenged | Rejected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_round_trip() {
        for (code, status) in ALL.iter().enumerate() {
            assert_eq!(ConnectionStatus::from_code(code as u64), Some(*status));
            assert_eq!(ConnectionStatus::from_name(status.name()), Some(*status));
            assert_eq!(status.code() as usize, code);
        }
        assert_eq!(ConnectionStatus::from_code(22), None);
        assert_eq!(ConnectionStatus::from_name("connected"), Some(Connected));
        assert_eq!(ConnectionStatus::from_name("NOPE"), None);
    }

    #[test]
    fn classifies_statuses_like_mx() {
        let processing: Vec<_> = ALL.iter().filter(|s| s.is_processing()).map(|s| s.code()).collect();
        assert_eq!(processing, vec![0, 8, 15, 18, 21]);
        assert!(Challenged.needs_user_input() && Rejected.needs_user_input());
        assert!(!Connected.is_processing());
    }
}
