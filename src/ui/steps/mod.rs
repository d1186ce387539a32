//! One view per step.

mod credentials;
mod mfa;
mod screen;
mod search;
mod search_text;

pub use credentials::CredentialsStep;
pub use mfa::MfaStep;
pub use screen::ScreenStep;
pub use search::SearchStep;
