//! What a bank asks for after the credentials: codes, pictures, choices, account opt-ins, or an
//! approval in another app.

use super::CredentialSchema;

/// A prompt from the bank (MX MFA challenge, Salt Edge interactive stage, Tink supplemental
/// information or decoupled authentication).
#[derive(Clone, Debug, PartialEq)]
pub struct Challenge {
    /// What to fill in. Empty when the bank asks for nothing but a confirmation.
    pub schema: CredentialSchema,
    /// The bank's markup to show above the fields (Salt Edge `html`), unsanitised: the browser
    /// layer shows only its text and pictures.
    pub html: Option<String>,
    /// When the prompt expires, in milliseconds since the epoch.
    pub expires_at_ms: Option<f64>,
    /// Seconds to answer from when the prompt shows, when no absolute deadline is given
    /// (Salt Edge provider `max_interactive_delay`).
    pub answer_within_s: Option<u64>,
    /// Set when the user approves in another app instead of typing anything.
    pub decoupled: Option<Decoupled>,
    /// Why the bank asks again (a wrong code, a wrong answer, too slow), if it does.
    pub retry: Option<RetryReason>,
    /// The bank's own words about the previous answer, shown instead of the default text.
    pub message: Option<String>,
    /// What kind of prompt this is, for the `submitMFA` event (e.g. `"TEXT"`, `"IMAGE"`).
    pub mfa_type: &'static str,
    /// A page of the bank to send the user to (Salt Edge's second OAuth redirect); the answer is
    /// what that page sends back.
    pub redirect_url: Option<String>,
}

/// Why a challenge is asked again (MX 2001 INCORRECT_OTP, 2002 INCORRECT_MFA, 2003 MFA_TIMEOUT,
/// or the dialect's equivalent; or `updateMFA` refused the answer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetryReason {
    IncorrectCode,
    IncorrectAnswer,
    TimedOut,
    /// The service refused to take the answer (`updateMFA` failed).
    NotSent,
}

/// An out-of-band approval (Mobile BankID, a bank's app).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoupled {
    pub app: DecoupledApp,
    /// A link that opens the app, when the bank gave one.
    pub open_url: Option<String>,
}

/// Which app the user approves in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecoupledApp {
    MobileBankId,
    ThirdPartyApp,
}

impl Challenge {
    /// A prompt with these fields and nothing else.
    pub fn fields(schema: CredentialSchema, mfa_type: &'static str) -> Self {
        Self {
            schema,
            html: None,
            expires_at_ms: None,
            answer_within_s: None,
            decoupled: None,
            retry: None,
            message: None,
            mfa_type,
            redirect_url: None,
        }
    }

    /// A wait for approval in another app.
    pub fn decoupled(schema: CredentialSchema, decoupled: Decoupled) -> Self {
        Self { decoupled: Some(decoupled), ..Self::fields(schema, "DECOUPLED") }
    }
}
