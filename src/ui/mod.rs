//! Leptos views: the widget shell, one view per step, and shared components. Views read the
//! [`controller::Controller`] from context and call it; they start no side effects of their own
//! beyond loading what they display.

mod app;
mod attempt;
pub mod clock;
mod components;
mod consent;
pub mod controller;
mod disconnect;
pub(crate) mod guided;
mod institution_choice;
pub mod language;
pub(crate) mod member_repair;
mod oauth;
mod oauth_redirect;
mod oauth_screen;
mod oauth_window;
mod phase;
mod prompter;
pub mod random;
mod screen;
mod settings;
mod steps;

pub use app::ConnectWidget;
