//! A visible countdown to a deadline, announced to screen readers at each minute and at 30 and
//! 10 seconds; `on_expired` runs once when it reaches zero.

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::controller::use_controller;

/// Seconds left at which the remaining time is announced (besides each whole minute).
const ANNOUNCED_SECONDS: [u64; 2] = [30, 10];

/// Whole seconds from now until `deadline_ms`.
fn seconds_left(deadline_ms: f64) -> u64 {
    ((deadline_ms - js_sys::Date::now()) / 1000.0).ceil().max(0.0) as u64
}

/// The countdown to `deadline_ms` (milliseconds since the epoch).
#[component]
pub fn Countdown(deadline_ms: f64, #[prop(into)] on_expired: Callback<()>) -> impl IntoView {
    let controller = use_controller();
    let left = RwSignal::new(seconds_left(deadline_ms));
    controller.spawn(async move {
        loop {
            TimeoutFuture::new(1000).await;
            let now = seconds_left(deadline_ms);
            let Some(before) = left.try_get_untracked() else { return }; // the step is gone
            left.set(now);
            let (minutes, seconds) = (now / 60, now % 60);
            let crossed_minute = before / 60 != minutes && seconds == 0 && now > 0;
            if crossed_minute || (before != now && ANNOUNCED_SECONDS.contains(&now)) {
                controller.announce(controller.text(Msg::TimeLeftAnnouncement { minutes, seconds }));
            }
            if now == 0 {
                on_expired.run(());
                return;
            }
        }
    });
    view! {
        <p class="cw-countdown">
            {move || {
                let now = left.get();
                controller.text(Msg::TimeLeft { minutes: now / 60, seconds: now % 60 })
            }}
        </p>
    }
}
