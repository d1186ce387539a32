//! Dialect adapters: vendor-shaped JSON in, the canonical model out (and back for submissions).
//! Malformed input never panics; it becomes a [`DialectError`] naming the provider and the place.

mod json;
pub mod mx;

pub use json::DialectError;
