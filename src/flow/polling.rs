//! How often to ask the backend whether a job has finished: backoff with a ceiling, and how many
//! failed polls in a row are tolerated.

use crate::backend::{ApiErrorKind, ApiResult};

/// Exponential backoff between polls, capped per wait and in number of polls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PollPolicy {
    /// Wait before the first poll, in milliseconds.
    pub initial_ms: u32,
    /// Each wait is the previous one times this factor…
    pub factor: f64,
    /// …but never longer than this.
    pub max_ms: u32,
    /// Give up after this many polls.
    pub max_polls: u32,
    /// After this long on the progress screen, the user is told that it is taking longer than
    /// usual and may cancel (the polling ceiling and each call's timeout still bound the wait).
    pub patience_ms: u32,
}

impl Default for PollPolicy {
    /// 1 s, growing by half each time up to 8 s, at most 45 polls (about five minutes); "taking
    /// longer than usual" after 15 s.
    fn default() -> Self {
        Self { initial_ms: 1_000, factor: 1.5, max_ms: 8_000, max_polls: 45, patience_ms: 15_000 }
    }
}

impl PollPolicy {
    /// For the wait on the bank's authorization page, where the user takes their time: 1 s
    /// growing to 3 s, at most 200 polls (about ten minutes).
    pub fn oauth() -> Self {
        Self { initial_ms: 1_000, factor: 1.25, max_ms: 3_000, max_polls: 200, ..Self::default() }
    }

    /// The waits before each poll, in order; finite (`max_polls` items).
    pub fn delays(self) -> impl Iterator<Item = u32> {
        let mut next = f64::from(self.initial_ms);
        (0..self.max_polls).map(move |_| {
            let delay = next.min(f64::from(self.max_ms));
            next = delay * self.factor;
            delay as u32
        })
    }

    /// The longest the whole polling can take, in milliseconds.
    pub fn ceiling_ms(self) -> u64 {
        self.delays().map(u64::from).sum()
    }
}

/// Consecutive failed polls tolerated (network blips) before giving up.
const POLL_FAILURES_TOLERATED: u32 = 2;

/// Counts consecutive failed polls: a few network blips are tolerated, then the failure stands.
#[derive(Default)]
pub(super) struct PollFailures(u32);

impl PollFailures {
    /// The poll's answer; `None` for a blip worth another poll; the error once there were too
    /// many in a row (or it is not a blip).
    pub(super) fn check<T>(&mut self, result: ApiResult<T>) -> ApiResult<Option<T>> {
        match result {
            Ok(value) => {
                self.0 = 0;
                Ok(Some(value))
            }
            Err(error) if is_transient(&error.kind) && self.0 < POLL_FAILURES_TOLERATED => {
                self.0 += 1;
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }
}

/// A failure worth another poll (up to [`POLL_FAILURES_TOLERATED`] in a row).
fn is_transient(kind: &ApiErrorKind) -> bool {
    matches!(kind, ApiErrorKind::Timeout | ApiErrorKind::Network)
        || matches!(kind, ApiErrorKind::Status(status) if *status >= 500)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backs_off_and_caps() {
        let policy = PollPolicy { initial_ms: 1000, factor: 2.0, max_ms: 5000, max_polls: 5, patience_ms: 0 };
        assert_eq!(policy.delays().collect::<Vec<_>>(), [1000, 2000, 4000, 5000, 5000]);
        assert_eq!(policy.ceiling_ms(), 17_000);
    }

    #[test]
    fn default_ceiling_is_about_five_minutes() {
        let ceiling = PollPolicy::default().ceiling_ms();
        assert!((240_000..=360_000).contains(&ceiling), "{ceiling}");
    }
}
