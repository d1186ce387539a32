//! Which request each MX-named call becomes. The table below is the contract hosts implement;
//! `docs/http.md` shows it and a test keeps the two equal.

use serde_json::Value;

use crate::json::{object, scalar_text};

/// An HTTP method the routes use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// Every route: the callback it serves, its method and its path under the base URL.
pub const ROUTES: [(&str, Method, &str); 25] = [
    ("loadPopularInstitutions", Method::Get, "/institutions/popular"),
    ("loadInstitutions", Method::Get, "/institutions"),
    ("loadInstitutionByGuid", Method::Get, "/institutions/{institution_guid}"),
    ("loadInstitutionByCode", Method::Get, "/institutions/by_code/{institution_code}"),
    ("getInstitutionCredentials", Method::Get, "/institutions/{institution_guid}/credentials"),
    ("addMember", Method::Post, "/members"),
    ("updateMember", Method::Put, "/members/{member_guid}"),
    ("runJob", Method::Post, "/members/{member_guid}/jobs"),
    ("loadJob", Method::Get, "/jobs/{job_guid}"),
    ("updateMFA", Method::Put, "/members/{member_guid}/mfa"),
    ("loadMemberByGuid", Method::Get, "/members/{member_guid}"),
    ("getMemberCredentials", Method::Get, "/members/{member_guid}/credentials"),
    ("deleteMember", Method::Delete, "/members/{member_guid}"),
    ("oAuthStart", Method::Post, "/members/{member_guid}/oauth_start"),
    ("getOAuthWindowURI", Method::Get, "/members/{member_guid}/oauth_window_uri"),
    ("loadOAuthStates", Method::Get, "/oauth_states"),
    ("oAuthComplete", Method::Post, "/members/{member_guid}/oauth_complete"),
    ("verifyRoutingNumber", Method::Get, "/routing_numbers/{routing_number}"),
    ("createMicrodeposit", Method::Post, "/microdeposits"),
    ("loadMicrodepositByGuid", Method::Get, "/microdeposits/{microdeposit_guid}"),
    ("updateMicrodeposit", Method::Put, "/microdeposits/{microdeposit_guid}"),
    ("refreshMicrodepositStatus", Method::Post, "/microdeposits/{microdeposit_guid}/refresh"),
    ("verifyMicrodeposit", Method::Post, "/microdeposits/{microdeposit_guid}/verify"),
    ("createAccount", Method::Post, "/accounts"),
    ("createSupportTicket", Method::Post, "/support_tickets"),
];

/// One request: the path template's placeholders filled (in order, not yet percent-encoded),
/// query pairs, and a JSON body.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub method: Method,
    pub template: &'static str,
    pub path_values: Vec<String>,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
}

impl Request {
    /// The path with each placeholder replaced by `encode(value)`; `None` when a value is empty,
    /// `.` or `..`, which would name another resource (`/institutions/` is the search, `..` walks
    /// up) instead of the one asked for.
    pub fn path(&self, encode: impl Fn(&str) -> String) -> Option<String> {
        if self.path_values.iter().any(|value| matches!(value.as_str(), "" | "." | "..")) {
            return None;
        }
        let mut values = self.path_values.iter();
        let segments = self.template.split('/').map(|segment| match segment.starts_with('{') {
            true => encode(values.next().map_or("", String::as_str)),
            false => segment.to_owned(),
        });
        Some(segments.collect::<Vec<_>>().join("/"))
    }
}

/// The request for call `name` with MX's positional `args`, or `None` for an operation that has
/// no route.
pub fn request(name: &str, args: &[Value]) -> Option<Request> {
    let (_, method, template) = ROUTES.iter().find(|(callback, ..)| *callback == name)?;
    let arg = |index: usize| args.get(index).cloned().unwrap_or(Value::Null);
    let text = |index: usize| args.get(index).and_then(Value::as_str).unwrap_or_default().to_owned();
    // The body: the call's main argument under `key`, and MX's clientConfig (argument `config_at`).
    let with_config =
        |key: &str, value: Value, config_at: usize| Some(object(vec![(key, value), ("config", arg(config_at))]));
    let (path_values, query, body) = match name {
        "loadPopularInstitutions" | "loadInstitutions" | "loadOAuthStates" => (vec![], query_pairs(&arg(0)), None),
        "oAuthStart" => {
            let guid = arg(0).pointer("/member/guid").and_then(Value::as_str).unwrap_or_default().to_owned();
            (vec![guid], vec![], Some(arg(0)))
        }
        "oAuthComplete" => {
            let guid = arg(0).get("member_guid").and_then(Value::as_str).unwrap_or_default().to_owned();
            (
                vec![guid],
                vec![],
                Some(object(vec![("query_string", arg(0).get("query_string").cloned().unwrap_or(Value::Null))])),
            )
        }
        "addMember" => (vec![], vec![], with_config("member", arg(0), 1)),
        "runJob" => (vec![text(1)], vec![], with_config("job_type", arg(0), 2)),
        "updateMFA" | "updateMember" | "deleteMember" => {
            let guid = arg(0).get("guid").and_then(Value::as_str).unwrap_or_default().to_owned();
            let body = (name != "deleteMember").then(|| with_config("member", arg(0), 1)).flatten();
            (vec![guid], vec![], body)
        }
        "loadMemberByGuid" => (vec![text(0)], vec![("locale".into(), text(1))], None),
        "verifyRoutingNumber" => {
            let identity = arg(1).as_bool().unwrap_or_default().to_string();
            (vec![text(0)], vec![("include_identity".into(), identity)], None)
        }
        "createMicrodeposit" => (vec![], vec![], Some(object(vec![("microdeposit", arg(0))]))),
        "updateMicrodeposit" => (vec![text(0)], vec![], Some(object(vec![("microdeposit", arg(1))]))),
        "verifyMicrodeposit" => (vec![text(0)], vec![], Some(arg(1))),
        "refreshMicrodepositStatus" => (vec![text(0)], vec![], Some(object(Vec::new()))),
        "createAccount" => (vec![], vec![], Some(object(vec![("account", arg(0))]))),
        "createSupportTicket" => (vec![], vec![], Some(object(vec![("ticket", arg(0))]))),
        _ => (vec![text(0)], vec![], None),
    };
    Some(Request { method: *method, template, path_values, query, body })
}

/// An object's scalar entries as query pairs.
fn query_pairs(query: &Value) -> Vec<(String, String)> {
    let Some(entries) = query.as_object() else { return Vec::new() };
    entries.iter().filter_map(|(key, value)| Some((key.clone(), scalar_text(value)?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plain(text: &str) -> String {
        text.to_owned()
    }

    #[test]
    fn each_call_becomes_its_route() {
        let search =
            request("loadInstitutions", &[json!({ "search_name": "gring", "page": 2, "per_page": 10 })]).unwrap();
        assert_eq!((search.method, search.path(plain)), (Method::Get, Some("/institutions".to_owned())));
        assert_eq!(
            search.query,
            [("page".into(), "2".into()), ("per_page".into(), "10".into()), ("search_name".into(), "gring".into())]
        );

        let add = request(
            "addMember",
            &[json!({ "institution_guid": "INS-1" }), json!({ "mode": "aggregation" }), json!(true)],
        )
        .unwrap();
        assert_eq!((add.method, add.path(plain)), (Method::Post, Some("/members".to_owned())));
        assert_eq!(
            add.body,
            Some(json!({ "member": { "institution_guid": "INS-1" }, "config": { "mode": "aggregation" } }))
        );

        let job = request("runJob", &[json!(0), json!("MBR-1"), json!(null), json!(true)]).unwrap();
        assert_eq!(
            (job.path(plain), job.body),
            (Some("/members/MBR-1/jobs".to_owned()), Some(json!({ "job_type": 0, "config": null })))
        );

        let mfa =
            request("updateMFA", &[json!({ "guid": "MBR-1", "credentials": [] }), json!(null), json!(true)]).unwrap();
        assert_eq!((mfa.method, mfa.path(plain)), (Method::Put, Some("/members/MBR-1/mfa".to_owned())));

        let member = request("loadMemberByGuid", &[json!("MBR/1"), json!("en")]).unwrap();
        assert_eq!(member.path(|s| s.replace('/', "%2F")).as_deref(), Some("/members/MBR%2F1"));
        assert_eq!(member.query, [("locale".into(), "en".into())]);

        assert_eq!(request("loadJob", &[json!("JOB-1")]).unwrap().path(plain).as_deref(), Some("/jobs/JOB-1"));
        for hostile in ["", ".", ".."] {
            assert_eq!(request("loadJob", &[json!(hostile)]).unwrap().path(plain), None, "{hostile:?}");
        }
        assert_eq!(
            request("getInstitutionCredentials", &[json!("INS-1")]).unwrap().path(plain).as_deref(),
            Some("/institutions/INS-1/credentials")
        );
        let states = request("loadOAuthStates", &[json!({ "outbound_member_guid": "MBR-1" })]).unwrap();
        assert_eq!(
            (states.path(plain), states.query),
            (Some("/oauth_states".to_owned()), vec![("outbound_member_guid".into(), "MBR-1".into())])
        );
        let start = request("oAuthStart", &[json!({ "member": { "guid": "MBR-1" } })]).unwrap();
        assert_eq!((start.method, start.path(plain)), (Method::Post, Some("/members/MBR-1/oauth_start".to_owned())));
        let done =
            request("oAuthComplete", &[json!({ "member_guid": "MBR-1", "query_string": "code=x&state=s" })]).unwrap();
        assert_eq!(
            (done.path(plain), done.body),
            (Some("/members/MBR-1/oauth_complete".to_owned()), Some(json!({ "query_string": "code=x&state=s" })))
        );
        assert_eq!(
            request("getOAuthWindowURI", &[json!("MBR-1"), json!(null)]).unwrap().path(plain).as_deref(),
            Some("/members/MBR-1/oauth_window_uri")
        );
        let member_form = request("getMemberCredentials", &[json!("MBR-1")]).unwrap();
        assert_eq!(
            (member_form.method, member_form.path(plain)),
            (Method::Get, Some("/members/MBR-1/credentials".into()))
        );
        let delete = request("deleteMember", &[json!({ "guid": "MBR-1" })]).unwrap();
        assert_eq!(
            (delete.method, delete.path(plain), delete.body),
            (Method::Delete, Some("/members/MBR-1".into()), None)
        );
        let routing = request("verifyRoutingNumber", &[json!("011000015"), json!(false)]).unwrap();
        assert_eq!(
            (routing.method, routing.path(plain), routing.query),
            (Method::Get, Some("/routing_numbers/011000015".into()), vec![("include_identity".into(), "false".into())])
        );
        let amounts = json!({ "deposit_amount_1": "07", "deposit_amount_2": "12" });
        let verify = request("verifyMicrodeposit", &[json!("MIC-1"), amounts.clone()]).unwrap();
        assert_eq!(
            (verify.method, verify.path(plain), verify.body),
            (Method::Post, Some("/microdeposits/MIC-1/verify".into()), Some(amounts))
        );
        let update = request("updateMicrodeposit", &[json!("MIC-1"), json!({ "account_type": 2 })]).unwrap();
        assert_eq!(update.body, Some(json!({ "microdeposit": { "account_type": 2 } })));
        let ticket = request("createSupportTicket", &[json!({ "email": "a@b.c" })]).unwrap();
        assert_eq!(
            (ticket.path(plain), ticket.body),
            (Some("/support_tickets".into()), Some(json!({ "ticket": { "email": "a@b.c" } })))
        );
        assert_eq!(request("loadMembers", &[json!("en")]), None, "an operation without a route");
    }
}
