//! The iframe page: starts the widget from the page's URL configuration.

fn main() {
    #[cfg(target_arch = "wasm32")]
    connect_widget::entry::start_iframe_page();
}
