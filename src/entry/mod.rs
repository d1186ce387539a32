//! Ways to start the widget in a browser.

mod iframe;
mod panic;

pub use iframe::start_iframe_page;
