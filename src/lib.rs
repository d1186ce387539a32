//! Connect Widget: an accessible bank-connection widget in Rust/WebAssembly (Leptos).
//!
//! Layers, from the pure core outwards:
//! - [`model`]: the canonical institutions, fields, members and jobs;
//! - [`dialect`]: vendor JSON (MX, …) to and from the model;
//! - [`flow`]: the steps and the connect-and-poll sequence, time injected;
//! - [`events`]: the typed events and their envelopes;
//! - [`backend`]: the [`backend::ConnectApi`] contract and the built-in sandbox;
//! - [`i18n`]: every user-visible text;
//! - `ui` and `entry` (browser only): the Leptos views and the ways to start the widget.

pub mod backend;
pub mod config;
pub mod dialect;
pub mod events;
pub mod flow;
pub mod i18n;
pub mod json;
pub mod model;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod entry;
