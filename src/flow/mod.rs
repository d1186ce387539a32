//! The widget's flow: which step the user is on, and the connect-and-poll sequence that follows a
//! credential submission. Pure: time and the backend are injected.

mod connect;
mod polling;
mod step;

pub use connect::{connect_member, Cancelled, Clock, ConnectOutcome, ConnectProgress};
pub use polling::PollPolicy;
pub use step::{Failure, Step, StepName};
