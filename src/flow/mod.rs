//! The widget's flow: which step the user is on, and the connect-and-poll sequence that follows a
//! credential submission. Pure: time and the backend are injected.

mod balance;
mod connect;
mod microdeposit;
mod oauth;
mod oauth_pending;
mod polling;
mod remedy;
mod step;

pub use balance::balance_text;
pub use connect::{
    outcome_for, Answer, Attempt, Cancelled, Clock, ConnectOutcome, ConnectProgress, Connection, Prompter,
};
pub use microdeposit::{deposit_cents, AmountError, MicrodepositStage};
pub use oauth::{with_state, OAuthStart, OAuthWindow};
pub use oauth_pending::PendingOAuth;
pub use polling::PollPolicy;
pub use remedy::{actionable_code, job_error, Remedy, Reopening};
pub use step::{DisconnectStage, Failure, OAuthStage, Step, StepName};
