//! The HTTP transport, for hosts that expose MX's operations as REST routes under one base URL
//! (`docs/http.md`). [`routes`] maps each call to its request; the client sends it with gloo-net.

#[cfg(all(target_arch = "wasm32", not(feature = "npm")))]
mod client;
pub mod routes;

#[cfg(all(target_arch = "wasm32", not(feature = "npm")))]
pub use client::HttpTransport;
