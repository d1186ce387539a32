//! One view per step.

mod connected;
mod connecting;
mod credentials;
mod failed;
mod mfa;
mod oauth;
mod opening;
mod search;
mod search_text;

pub use connected::ConnectedStep;
pub use connecting::ConnectingStep;
pub use credentials::CredentialsStep;
pub use failed::FailedStep;
pub use mfa::MfaStep;
pub use oauth::OAuthStep;
pub use opening::OpeningStep;
pub use search::SearchStep;
