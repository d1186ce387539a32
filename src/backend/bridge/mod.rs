//! The postMessage bridge (iframe mode): the widget asks the parent page, whose loader
//! (`connect-widget/embed`) calls the host's callbacks and answers. [`protocol`] is the wire
//! format; the port is the widget's end in the browser.

#[cfg(target_arch = "wasm32")]
mod port;
pub mod protocol;

#[cfg(target_arch = "wasm32")]
pub use port::BridgePort;
