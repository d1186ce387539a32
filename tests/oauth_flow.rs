//! OAuth natively: the MX OAuth samples parse; the sandbox's OAuth bank prepares its page, and the
//! flow follows the authorization (polling OAuth states, passing the page's answer on) to a
//! connection or to the failure's reason.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;

use common::{fixture, NoChallenges};
use connect_widget::backend::sandbox::{OAuthPages, SandboxApi};
use connect_widget::backend::{calls, ApiErrorKind};
use connect_widget::dialect::{mx, saltedge};
use connect_widget::flow::{Answer, Attempt, ConnectOutcome, ConnectProgress, OAuthWindow, PollPolicy, Prompter};
use connect_widget::model::{Challenge, MemberData, OAuthErrorReason, OAuthStatus};
use futures::executor::block_on;
use serde_json::json;

const OAUTH_BANK: &str = "INS-SANDBOX-OAUTH";

#[test]
fn the_mx_oauth_samples_parse() {
    let url = mx::oauth_window_uri(&fixture("mx_oauth_window_uri_response.json")).unwrap();
    assert!(url.contains("state=30b10bf99b063b8b0caee61ec42d3cd8"));
    let states = mx::oauth_states(&fixture("mx_oauth_states_list_response.json")).unwrap();
    assert_eq!((states[0].status, states[0].outbound_member_guid.as_deref()), (OAuthStatus::Pending, Some("MBR-1")));
    let wrapped =
        mx::oauth_states(&json!({ "oauth_states": [fixture("mx_oauth_state_response.json")["oauth_state"]] })).unwrap();
    assert_eq!(wrapped[0].guid, "OAS-1");
    let errored = mx::oauth_states(&json!([{ "guid": "OAS-2", "auth_status": "ERRORED", "error_reason": 2 }])).unwrap();
    assert_eq!(errored[0].status, OAuthStatus::Errored(OAuthErrorReason::Denied));
    let bad = mx::oauth_states(&json!([{ "guid": "OAS-3", "auth_status": 9 }])).unwrap_err();
    assert!(bad.to_string().contains("auth_status"), "{bad}");
}

#[test]
fn a_page_the_widget_would_open_must_be_an_http_url() {
    for url in
        ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JavaScript:void(0)", "//bank.example/auth"]
    {
        let error = mx::oauth_window_uri(&json!({ "guid": "MBR-1", "oauth_window_uri": url })).unwrap_err();
        assert!(
            error.to_string().contains("oauth_window_uri") && error.to_string().contains("http(s) URL"),
            "{url}: {error}"
        );
        // On a member the page is never taken from it: `getOAuthWindowURI` is asked instead.
        let member = json!({ "member": { "guid": "MBR-1", "connection_status": "CREATED", "oauth_window_uri": url } });
        assert_eq!(mx::member(&member).unwrap().oauth_window_uri, None, "{url}");
        let stage = json!({ "data": { "stage": "interactive", "interactive_fields_names": [], "redirect_url": url } });
        let error = saltedge::interactive_challenge(&stage, &json!({ "interactive_fields": [] })).unwrap_err();
        assert!(error.to_string().contains("redirect_url"), "{url}: {error}");
    }
    let fine = json!({ "data": { "stage": "interactive", "interactive_fields_names": [], "redirect_url": "https://bank.example/a" } });
    assert_eq!(
        saltedge::interactive_challenge(&fine, &json!({ "interactive_fields": [] })).unwrap().redirect_url.as_deref(),
        Some("https://bank.example/a")
    );
    assert_eq!(
        mx::oauth_window_uri(&json!({ "oauth_window_uri": "HTTPS://bank.example/a" })).unwrap(),
        "HTTPS://bank.example/a"
    );
    let blank = json!({ "member": { "guid": "MBR-1", "connection_status": "CREATED", "oauth_window_uri": "" } });
    assert_eq!(mx::member(&blank).unwrap().oauth_window_uri, None);
}

/// The bank's page, scripted: what it sends back, on which poll.
struct Page {
    returns: RefCell<Vec<Option<&'static str>>>,
}

impl OAuthWindow for Page {
    fn take_returned(&self) -> Option<String> {
        let mut returns = self.returns.borrow_mut();
        if returns.is_empty() {
            None
        } else {
            returns.remove(0).map(str::to_owned)
        }
    }
}

fn sandbox() -> SandboxApi {
    SandboxApi::new(None).with_oauth_pages(OAuthPages {
        authorize_url: "http://host.example/fake-bank.html".into(),
        redirect_uri: "http://widget.example/oauth/callback.html".into(),
    })
}

/// Answers a redirect challenge as the bank's page would, remembering the page it was sent to.
#[derive(Default)]
struct SecondRedirect {
    pages: RefCell<Vec<String>>,
}

#[async_trait::async_trait(?Send)]
impl Prompter for SecondRedirect {
    async fn ask(&self, _: &str, challenge: &Challenge) -> Answer {
        self.pages.borrow_mut().push(challenge.redirect_url.clone().expect("a redirect challenge"));
        Answer::Submit(saltedge::redirect_answer("code=second&state=s"))
    }
}

#[test]
fn the_second_redirect_is_answered_with_what_the_page_sent_back() {
    let api = sandbox();
    let prompter = SecondRedirect::default();
    let connection = common::connection(&api, &prompter);
    let start = block_on(connection.prepare_oauth("INS-SANDBOX-OAUTH2")).unwrap();
    let page = Page { returns: RefCell::new(vec![Some("code=first&state=s")]) };
    let outcome =
        block_on(connection.follow_oauth(&start.member_guid, &page, PollPolicy::oauth(), &mut |_| {})).unwrap();
    assert!(matches!(outcome, ConnectOutcome::Connected { .. }), "{outcome:?}");
    assert_eq!(*prompter.pages.borrow(), std::slice::from_ref(&start.url), "the same page, with the member's state");
    assert_eq!(api.received_answers(), [json!({ "query_string": "code=second&state=s" })]);
}

#[test]
fn a_finqware_consent_waiting_for_sca_sends_the_user_to_the_banks_page() {
    let api = sandbox();
    let prompter = SecondRedirect::default();
    let connection = common::connection(&api, &prompter);
    let credentials = json!([
        { "guid": "CRD-BT-USER", "value": "testbt" },
        { "guid": "CRD-BT-PASSWORD", "value": "testbt" },
        { "guid": "CRD-BT-PIN", "value": "1234567" },
    ]);
    let data = MemberData {
        institution_guid: "INS-FQ-bt_ro_sca".into(),
        credentials,
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    };
    let outcome = block_on(connection.run(&Attempt::Create(data.clone()), &mut |_| {})).unwrap();
    assert!(matches!(outcome, ConnectOutcome::Connected { .. }), "{outcome:?}");
    let pages = prompter.pages.borrow();
    assert!(
        pages.len() == 1
            && pages[0].starts_with("http://host.example/fake-bank.html?")
            && pages[0].ends_with("&state=sandbox-MBR-SBX-1"),
        "{pages:?}"
    );
    assert_eq!(api.received_answers(), [json!({ "query_string": "code=second&state=s" })]);
}

/// Prepares the OAuth bank and follows it while the page sends back `returns`.
fn authorize(api: &SandboxApi, returns: Vec<Option<&'static str>>) -> (ConnectOutcome, Vec<ConnectProgress>) {
    let connection = common::connection(api, &NoChallenges);
    let start = block_on(connection.prepare_oauth(OAUTH_BANK)).unwrap();
    assert_eq!(
        start.url,
        format!("http://host.example/fake-bank.html?bank=OAuth%20Bank&redirect_uri=http%3A%2F%2Fwidget.example%2Foauth%2Fcallback.html&state=sandbox-{}", start.member_guid)
    );
    let page = Page { returns: RefCell::new(returns) };
    let mut progress = Vec::new();
    let outcome =
        block_on(connection.follow_oauth(&start.member_guid, &page, PollPolicy::oauth(), &mut |p| progress.push(p)))
            .unwrap();
    (outcome, progress)
}

#[test]
fn approving_on_the_page_connects() {
    let api = sandbox();
    let (outcome, progress) = authorize(&api, vec![None, None, Some("code=abc&state=s")]);
    assert!(matches!(outcome, ConnectOutcome::Connected { .. }), "{outcome:?}");
    assert!(matches!(progress[0], ConnectProgress::Authorized { .. }), "{progress:?}");
    let added = api.received_member_data();
    assert_eq!((added[0].is_oauth, added[0].credentials.clone()), (true, json!([])));
}

#[test]
fn each_error_reason_ends_the_attempt_with_it() {
    for (query, reason) in [
        ("error=DENIED&state=s", OAuthErrorReason::Denied),
        ("error=CANCELLED&state=s", OAuthErrorReason::Cancelled),
        ("error=IMPEDED", OAuthErrorReason::Impeded),
        ("error=PROVIDER_ERROR", OAuthErrorReason::ProviderError),
        ("error=SERVER_ERROR", OAuthErrorReason::ServerError),
        ("error=SESSION_ERROR", OAuthErrorReason::SessionError),
        ("error=SOMETHING_NEW", OAuthErrorReason::Unknown),
    ] {
        let (outcome, _) = authorize(&sandbox(), vec![Some(query)]);
        assert!(
            matches!(outcome, ConnectOutcome::OAuthFailed { reason: r, .. } if r == reason),
            "{query}: {outcome:?}"
        );
    }
}

#[test]
fn a_page_that_never_returns_times_out_at_the_ceiling() {
    let (outcome, _) = authorize(&sandbox(), Vec::new());
    assert_eq!(outcome, ConnectOutcome::TimedOut);
}

#[test]
fn a_backend_without_oauth_names_the_missing_callback() {
    let connection_api = connect_widget::backend::Unconfigured;
    let error = block_on(calls::load_oauth_states(&connection_api, "MBR-1")).unwrap_err();
    assert_eq!(error.kind, ApiErrorKind::MissingCallback("loadOAuthStates".into()));
    let plain = SandboxApi::new(None);
    let connection = common::connection(&plain, &NoChallenges);
    let error = block_on(connection.prepare_oauth(OAUTH_BANK)).unwrap_err();
    assert!(error.message.contains("host_origin"), "{error}");
}

#[test]
fn a_sandbox_loaded_again_picks_up_its_oauth_member_after_a_top_level_redirect() {
    let before = sandbox();
    let connection = common::connection(&before, &NoChallenges);
    let start = block_on(connection.prepare_oauth(OAUTH_BANK)).unwrap();
    assert!(start.member_guid.ends_with(&format!("-FOR-{OAUTH_BANK}")), "{}", start.member_guid);

    // The page reloads: a new sandbox, which never created the member.
    let after = sandbox();
    let connection = common::connection(&after, &NoChallenges);
    let page = Page { returns: RefCell::new(vec![Some("code=abc&state=s")]) };
    let outcome =
        block_on(connection.follow_oauth(&start.member_guid, &page, PollPolicy::oauth(), &mut |_| {})).unwrap();
    assert!(matches!(outcome, ConnectOutcome::Connected { .. }), "{outcome:?}");
    // Only OAuth members are made again; others stay unknown.
    assert!(block_on(calls::load_oauth_states(&after, "MBR-SBX-7")).is_err());
}
