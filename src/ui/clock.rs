//! The browser's [`Clock`]: real timers, no polling while the page is hidden, cancellable.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use async_trait::async_trait;
use gloo_timers::future::TimeoutFuture;

use crate::flow::{Cancelled, Clock};

/// How often a hidden page checks whether it is visible again.
const HIDDEN_RECHECK_MS: u32 = 500;

/// Sleeps with `setTimeout`; stays asleep while `document.hidden`; stops once cancelled.
pub struct PageClock {
    cancelled: Arc<AtomicBool>,
}

impl PageClock {
    pub fn new(cancelled: Arc<AtomicBool>) -> Self {
        Self { cancelled }
    }
}

fn page_hidden() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden())
}

#[async_trait(?Send)]
impl Clock for PageClock {
    async fn sleep(&self, ms: u32) -> Result<(), Cancelled> {
        TimeoutFuture::new(ms).await;
        while page_hidden() && !self.cancelled.load(Ordering::Relaxed) {
            TimeoutFuture::new(HIDDEN_RECHECK_MS).await;
        }
        if self.cancelled.load(Ordering::Relaxed) {
            Err(Cancelled)
        } else {
            Ok(())
        }
    }
}
