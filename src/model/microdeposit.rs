//! A micro-deposit verification: two small deposits sent to an account, whose amounts the
//! user reads on their statement to prove the account is theirs (MX's `MicrodepositResponseType`).

/// MX's micro-deposit statuses (`status` 0–9, `status_name`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MicrodepositStatus {
    #[default]
    Initiated,
    Requested,
    Deposited,
    Verified,
    Errored,
    Denied,
    Prevented,
    Conflicted,
    Rejected,
    Preinitiated,
}

impl MicrodepositStatus {
    /// Every status, in MX's code order.
    pub const ALL: [Self; 10] = [
        Self::Initiated,
        Self::Requested,
        Self::Deposited,
        Self::Verified,
        Self::Errored,
        Self::Denied,
        Self::Prevented,
        Self::Conflicted,
        Self::Rejected,
        Self::Preinitiated,
    ];

    /// The status with MX's code or name (`2`, `"DEPOSITED"`).
    pub fn parse(value: &serde_json::Value) -> Option<Self> {
        let code = match value.as_str() {
            Some(name) => Self::ALL.iter().position(|status| status.name().eq_ignore_ascii_case(name))?,
            None => usize::try_from(value.as_u64()?).ok()?,
        };
        Self::ALL.get(code).copied()
    }

    /// MX's name, e.g. `DEPOSITED`.
    pub fn name(self) -> &'static str {
        [
            "INITIATED",
            "REQUESTED",
            "DEPOSITED",
            "VERIFIED",
            "ERRORED",
            "DENIED",
            "PREVENTED",
            "CONFLICTED",
            "REJECTED",
            "PREINITIATED",
        ][self as usize]
    }
}

/// A micro-deposit verification as the backend reports it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Microdeposit {
    pub guid: String,
    pub status: MicrodepositStatus,
    /// The account's name for the user ("Checking ending in 1234").
    pub account_name: Option<String>,
    pub account_number: Option<String>,
    /// MX's account type: 1 checking, 2 savings.
    pub account_type: Option<u64>,
    pub routing_number: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    /// When the deposits should be in the account (`deposit_expected_at`, RFC 3339).
    pub deposit_expected_at: Option<String>,
}

/// Why `verifyRoutingNumber` refuses a routing number (MX's `blocked_routing_number.reason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockedRouting {
    /// Not a routing number the service knows (INVALID, 0).
    Invalid,
    /// The bank does not take micro-deposits (BLOCKED 1, CLIENT_BLOCKED 2, or another reason).
    Blocked,
    /// The bank can be connected instead, which is quicker (IAV_PREFERRED, 3).
    ConnectInstead,
}
