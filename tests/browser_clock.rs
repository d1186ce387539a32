//! The page clock: it waits, stays asleep while the page is hidden, and reports cancellation.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use connect_widget::flow::{Cancelled, Clock};
use connect_widget::ui::clock::PageClock;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Makes `document.hidden` report `hidden` (an own property shadows the prototype's getter).
fn set_page_hidden(hidden: bool) {
    let document = leptos::prelude::document();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &hidden.into()).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&document, &"hidden".into(), &descriptor);
}

#[wasm_bindgen_test]
async fn sleeping_pauses_while_the_page_is_hidden() {
    set_page_hidden(true);
    let done = Rc::new(Cell::new(false));
    let clock = PageClock::new(Arc::new(AtomicBool::new(false)));
    let flag = done.clone();
    wasm_bindgen_futures::spawn_local(async move {
        assert_eq!(clock.sleep(10).await, Ok(()));
        flag.set(true);
    });
    TimeoutFuture::new(1_200).await;
    assert!(!done.get(), "no wake-up while hidden");
    set_page_hidden(false);
    TimeoutFuture::new(700).await;
    assert!(done.get(), "wakes once visible again");
}

#[wasm_bindgen_test]
async fn a_cancelled_attempt_stops_at_the_next_wake_up() {
    let cancelled = Arc::new(AtomicBool::new(false));
    let clock = PageClock::new(cancelled.clone());
    assert_eq!(clock.sleep(5).await, Ok(()));
    cancelled.store(true, Ordering::Relaxed);
    assert_eq!(clock.sleep(5).await, Err(Cancelled));
}
