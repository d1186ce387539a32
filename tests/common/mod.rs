//! Helpers shared by the native test files.
#![allow(dead_code)] // each test binary uses its own subset

use connect_widget::backend::ConnectApi;
use connect_widget::flow::{Connection, PollPolicy, Prompter};
use connect_widget::model::JobType;
use serde_json::Value;

/// Reads a JSON sample from `tests/fixtures/` (vendored reference samples, see its SOURCES.md).
pub fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A clock that never waits.
pub struct NoWait;

#[async_trait::async_trait(?Send)]
impl connect_widget::flow::Clock for NoWait {
    async fn sleep(&self, _: u32) -> Result<(), connect_widget::flow::Cancelled> {
        Ok(())
    }
}

/// A prompter for banks that never challenge.
pub struct NoChallenges;

#[async_trait::async_trait(?Send)]
impl connect_widget::flow::Prompter for NoChallenges {
    async fn ask(&self, _: &str, challenge: &connect_widget::model::Challenge) -> connect_widget::flow::Answer {
        panic!("unexpected challenge: {challenge:?}")
    }
}

/// A connection to `api` that never waits, with the default polling policy and aggregation jobs,
/// putting challenges to `prompter`.
pub fn connection<'a>(api: &'a dyn ConnectApi, prompter: &'a dyn Prompter) -> Connection<'a> {
    Connection { api, clock: &NoWait, prompter, policy: PollPolicy::default(), job_type: JobType::Aggregation }
}
