//! The fuzz campaign's engine: named targets, each a proptest strategy and a check, run for a
//! given number of cases with the cases, the time and any finding (a panic or a broken property,
//! shrunk to a minimal input) reported per target.

pub mod host;
pub mod json;
pub mod targets;
pub mod vendor;

use std::fmt::Debug;
use std::time::{Duration, Instant};

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// One function (or family of functions) fed untrusted input.
pub struct Target {
    pub name: &'static str,
    run: Box<dyn Fn(u32) -> Result<(), String>>,
}

/// What one target's run found.
pub struct Report {
    pub name: &'static str,
    pub cases: u32,
    pub elapsed: Duration,
    /// The minimal failing input and why it failed, when the target has a bug.
    pub finding: Option<String>,
}

/// A target that feeds `strategy`'s values to `check`, which panics (or returns an error) when a
/// property does not hold.
pub fn target<S>(name: &'static str, strategy: S, check: impl Fn(S::Value) -> Result<(), String> + 'static) -> Target
where
    S: Strategy + 'static,
    S::Value: Debug,
{
    let run = move |cases| {
        let config = Config { cases, failure_persistence: None, ..Config::default() };
        TestRunner::new(config)
            .run(&strategy, |value| check(value).map_err(TestCaseError::fail))
            .map_err(|error| error.to_string())
    };
    Target { name, run: Box::new(run) }
}

impl Target {
    /// Runs `cases` cases.
    pub fn run(&self, cases: u32) -> Report {
        let started = Instant::now();
        let finding = (self.run)(cases).err();
        Report { name: self.name, cases, elapsed: started.elapsed(), finding }
    }
}

/// The reports as a table: cases and cases per second per target, then the totals and findings.
pub fn table(reports: &[Report]) -> String {
    let mut out = format!("{:<44} {:>10} {:>10} {:>12}  findings\n", "target", "cases", "seconds", "cases/s");
    let rate = |cases: u64, elapsed: Duration| cases as f64 / elapsed.as_secs_f64().max(1e-9);
    for report in reports {
        out += &format!(
            "{:<44} {:>10} {:>10.1} {:>12.0}  {}\n",
            report.name,
            report.cases,
            report.elapsed.as_secs_f64(),
            rate(report.cases.into(), report.elapsed),
            if report.finding.is_some() { "1" } else { "0" }
        );
    }
    let cases: u64 = reports.iter().map(|r| u64::from(r.cases)).sum();
    let elapsed: Duration = reports.iter().map(|r| r.elapsed).sum();
    let findings = reports.iter().filter(|r| r.finding.is_some()).count();
    out += &format!(
        "{:<44} {:>10} {:>10.1} {:>12.0}  {}\n",
        "total",
        cases,
        elapsed.as_secs_f64(),
        rate(cases, elapsed),
        findings
    );
    for report in reports {
        if let Some(finding) = &report.finding {
            out += &format!("\nfinding in {}:\n{finding}\n", report.name);
        }
    }
    out
}
