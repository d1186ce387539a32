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

/// The iframe page's allocator: talc, smaller than the default dlmalloc there (see Cargo.toml).
/// The npm package keeps dlmalloc, which std links into it anyway (a thread's handle is allocated
/// with it): talc there would be a second allocator (docs/architecture.md#size).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics"), not(feature = "npm")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod backend;
pub mod config;
pub mod dialect;
#[cfg(target_arch = "wasm32")]
pub mod entry;
pub mod events;
pub mod flow;
pub mod i18n;
pub mod json;
pub mod lazy;
pub mod model;
pub mod ui;
