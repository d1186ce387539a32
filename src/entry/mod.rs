//! Ways to start the widget in a browser.

mod iframe;
#[cfg(feature = "npm")]
mod npm;
mod panic;

pub use iframe::start_iframe_page;
#[cfg(feature = "npm")]
pub use npm::{mount, WidgetHandle};
