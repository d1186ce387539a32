//! Events for a native app's web view: which URL scheme the configuration allows, and where each
//! event format's message goes under it.
#![cfg(not(target_arch = "wasm32"))]

use connect_widget::config::WidgetConfig;
use connect_widget::events::{webview_path, EventFormat, Formatter, WidgetEvent};

fn scheme(pairs: &[(&str, &str)]) -> (Option<String>, usize) {
    let (config, problems) = WidgetConfig::parse(pairs.iter().copied());
    (config.webview_url_scheme, problems.len())
}

/// Configuration pairs, the scheme they give, and how many problems they report.
type Case = (&'static [(&'static str, &'static str)], Option<&'static str>, usize);

#[test]
fn only_an_apps_own_scheme_is_accepted() {
    let table: [Case; 10] = [
        (&[("ui_message_webview_url_scheme", "myapp")], Some("myapp"), 0),
        (&[("ui_message_webview_url_scheme", "SaltBridge")], Some("saltbridge"), 0),
        (&[("ui_message_webview_url_scheme", "com.bank.app+v2")], Some("com.bank.app+v2"), 0),
        (&[("ui_message_webview_url_scheme", "javascript")], None, 1),
        (&[("ui_message_webview_url_scheme", "HTTPS")], None, 1),
        (&[("ui_message_webview_url_scheme", "data")], None, 1),
        (&[("ui_message_webview_url_scheme", "2fa")], None, 1),
        (&[("ui_message_webview_url_scheme", "my app://x")], None, 1),
        // MX's default for a web view that nothing else could reach; none with a host origin.
        (&[("is_mobile_webview", "true")], Some("mx"), 0),
        (&[("is_mobile_webview", "true"), ("host_origin", "https://app.example")], None, 0),
    ];
    for (pairs, expected, problems) in table {
        assert_eq!(scheme(pairs), (expected.map(str::to_owned), problems), "{pairs:?}");
    }
}

#[test]
fn each_format_has_its_path_under_the_scheme() {
    let event = WidgetEvent::MemberConnected { member_guid: "MBR-1".into() };
    let path = |format| {
        let message = Formatter::new(format, "S".into()).message(&event, 0.0).unwrap();
        webview_path(&message).map(str::to_owned)
    };
    assert_eq!(path(EventFormat::Native).as_deref(), Some("connect/memberConnected"));
    assert_eq!(path(EventFormat::Mx).as_deref(), Some("connect/memberConnected"), "MX: mx://connect/memberConnected");
    assert_eq!(path(EventFormat::SaltEdge).as_deref(), Some("connect/"), "saltbridge://connect/{{…}}");
}
