//! MX's callback contract over a recording transport: every operation makes the documented call
//! with MX's arguments, reads wrapped and bare answers (the shared fixtures), and passes failures on.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use async_trait::async_trait;
use common::fixture;
use connect_widget::backend::{
    from_rejection, ApiError, ApiErrorKind, ApiResult, ConnectApi, ContractSettings, MxContract, Transport,
};
use connect_widget::model::{Dialect, InstitutionKey, InstitutionQuery, JobType, MemberData};
use futures::executor::block_on;
use serde_json::{json, Value};

/// One recorded call: the callback's name and its arguments.
type Call = (&'static str, Vec<Value>);

/// Records each call and answers with a queued value (clones share both lists).
#[derive(Clone, Default)]
struct Recorder {
    calls: Rc<RefCell<Vec<Call>>>,
    answers: Rc<RefCell<Vec<ApiResult<Value>>>>,
}

#[async_trait(?Send)]
impl Transport for Recorder {
    async fn call(&self, name: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        self.calls.borrow_mut().push((name, args));
        self.answers.borrow_mut().remove(0)
    }
}

fn contract(recorder: &Recorder, answers: Vec<ApiResult<Value>>) -> MxContract {
    *recorder.answers.borrow_mut() = answers;
    let settings =
        ContractSettings { client_config: json!({ "mode": "aggregation" }), locale: "en".into(), forced_dialect: None };
    MxContract::new(recorder.clone(), settings)
}

#[test]
fn every_operation_makes_the_documented_call() {
    let recorder = Recorder::default();
    let member = fixture("mx_member_response.json");
    let api = contract(
        &recorder,
        vec![
            Ok(fixture("mx_institutions_list_response.json")),
            // Discovered: one the popular list has, one it lacks.
            Ok(json!([fixture("mx_institution_response.json"), { "guid": "INS-DISC", "name": "Discovered Bank" }])),
            Ok(json!({ "institutions": fixture("mx_institutions_list_response.json") })),
            Ok(fixture("mx_credentials_response.json")),
            Ok(member.clone()),
            Ok(fixture("mx_run_job_response.json")),
            Ok(fixture("mx_job_response.json")),
            Ok(member["member"].clone()),
            Ok(member.clone()),
        ],
    );
    block_on(async {
        let popular: Vec<_> = api.load_popular_institutions(25).await.unwrap().into_iter().map(|i| i.guid).collect();
        assert_eq!(
            popular,
            ["INS-f1a3285d-e855-b68f-6aa7-8ae775c0e0e9", "INS-DISC"],
            "discovered ones the list lacks, after it"
        );
        let query = InstitutionQuery {
            search_name: "gring".into(),
            page: 2,
            per_page: 10,
            iso_country_code: Some("US".into()),
            ..InstitutionQuery::default()
        };
        assert!(!api.load_institutions(&query).await.unwrap().is_empty());
        assert_eq!(api.get_institution_credentials("INS-1").await.unwrap().dialect, Dialect::Mx);
        let data = MemberData {
            institution_guid: "INS-1".into(),
            credentials: json!([{ "guid": "CRD-1", "value": "u" }]),
            is_oauth: false,
            store_credentials: Some(false),
            override_credentials: Some(true),
        };
        let added = api.add_member(&data).await.unwrap();
        api.run_job(JobType::Aggregation, &added.guid).await.unwrap();
        api.load_job("JOB-1").await.unwrap();
        api.update_mfa(&added.guid, &json!([{ "guid": "CRD-2", "value": "123456" }])).await.unwrap();
        api.load_member_by_guid(&added.guid).await.unwrap();
    });
    let config = json!({ "mode": "aggregation" });
    let guid = fixture("mx_member_response.json")["member"]["guid"].clone();
    let expected: Vec<(&str, Vec<Value>)> = vec![
        ("loadPopularInstitutions", vec![json!({ "per_page": 25 })]),
        ("loadDiscoveredInstitutions", vec![json!({ "per_page": 25 })]),
        (
            "loadInstitutions",
            vec![json!({ "search_name": "gring", "page": 2, "per_page": 10, "iso_country_code": "US" })],
        ),
        ("getInstitutionCredentials", vec![json!("INS-1")]),
        (
            "addMember",
            vec![
                json!({
                    "institution_guid": "INS-1",
                    "credentials": [{ "guid": "CRD-1", "value": "u" }],
                    "is_oauth": false,
                    "store_credentials": false,
                    "override_credentials": true
                }),
                config.clone(),
                json!(true),
            ],
        ),
        ("runJob", vec![json!(0), guid.clone(), config.clone(), json!(true)]),
        ("loadJob", vec![json!("JOB-1")]),
        (
            "updateMFA",
            vec![json!({ "guid": guid, "credentials": [{ "guid": "CRD-2", "value": "123456" }] }), config, json!(true)],
        ),
        ("loadMemberByGuid", vec![guid, json!("en")]),
    ];
    assert_eq!(*recorder.calls.borrow(), expected);
}

#[test]
fn failures_and_malformed_answers_become_typed_errors() {
    let recorder = Recorder::default();
    let refused = ApiError::new(ApiErrorKind::Status(409), "addMember rejected: conflict");
    let api = contract(&recorder, vec![Err(refused.clone()), Ok(json!({ "member": { "name": "no guid" } }))]);
    let data = MemberData {
        institution_guid: "INS-1".into(),
        credentials: json!([]),
        is_oauth: false,
        store_credentials: None,
        override_credentials: None,
    };
    assert_eq!(block_on(api.add_member(&data)).unwrap_err(), refused);
    let malformed = block_on(api.load_member_by_guid("MBR-1")).unwrap_err();
    assert!(matches!(malformed.kind, ApiErrorKind::InvalidResponse { .. }), "{malformed:?}");
}

#[test]
fn a_preselected_institution_is_loaded_by_guid_or_code() {
    let recorder = Recorder::default();
    let institution = fixture("mx_institution_response.json");
    let api = contract(&recorder, vec![Ok(institution.clone()), Ok(json!({ "institution": institution }))]);
    block_on(async {
        let by_guid = api
            .load_institution(&InstitutionKey::Guid("INS-f1a3285d-e855-b68f-6aa7-8ae775c0e0e9".into()))
            .await
            .unwrap();
        assert_eq!((by_guid.name.as_str(), by_guid.code.as_str()), ("Gringotts", "gringotts"));
        assert_eq!(api.load_institution(&InstitutionKey::Code("gringotts".into())).await.unwrap(), by_guid);
    });
    let expected: Vec<(&str, Vec<Value>)> = vec![
        ("loadInstitutionByGuid", vec![json!("INS-f1a3285d-e855-b68f-6aa7-8ae775c0e0e9")]),
        ("loadInstitutionByCode", vec![json!("gringotts")]),
    ];
    assert_eq!(*recorder.calls.borrow(), expected);
    let error = block_on(connect_widget::backend::Unconfigured.load_institution(&InstitutionKey::Code("x".into())))
        .unwrap_err();
    assert_eq!(error.kind, ApiErrorKind::MissingCallback("loadInstitutionByCode".into()));
}

#[test]
fn in_verification_mode_the_search_asks_for_institutions_that_verify_and_reads_which_do_not() {
    let recorder = Recorder::default();
    *recorder.answers.borrow_mut() = vec![Ok(json!([
        { "guid": "INS-1", "name": "Verifies", "account_verification_is_enabled": true },
        { "guid": "INS-2", "name": "Does not", "account_verification_is_enabled": false },
        { "guid": "INS-3", "name": "Says nothing" },
    ]))];
    let settings = ContractSettings {
        client_config: json!({ "mode": "verification" }),
        locale: "en".into(),
        forced_dialect: None,
    };
    let api = MxContract::new(recorder.clone(), settings);
    let query = InstitutionQuery { search_name: "bank".into(), page: 1, per_page: 25, ..InstitutionQuery::default() };
    let found = block_on(api.load_institutions(&query)).unwrap();
    let verifiable: Vec<_> = found.iter().map(|institution| institution.verifiable).collect();
    assert_eq!(verifiable, [Some(true), Some(false), None]);
    let (_, args) = &recorder.calls.borrow()[0];
    assert_eq!(args[0]["account_verification_is_enabled"], json!(true));
}

#[test]
fn a_failing_or_missing_discovered_list_leaves_the_popular_one() {
    let recorder = Recorder::default();
    let malformed = from_rejection(
        "loadDiscoveredInstitutions",
        &json!({ "response": { "data": { "message": "Test message here" }, "status: 40#": null }, "config": { "url": "www.test.com/loadPopularInstitutions" } }),
    );
    let api = contract(&recorder, vec![Ok(fixture("mx_institutions_list_response.json")), Err(malformed)]);
    assert_eq!(block_on(api.load_popular_institutions(10)).unwrap().len(), 1);
    let api = contract(
        &recorder,
        vec![
            Ok(fixture("mx_institutions_list_response.json")),
            Err(ApiError::missing_callback("loadDiscoveredInstitutions")),
        ],
    );
    assert_eq!(block_on(api.load_popular_institutions(10)).unwrap().len(), 1);
}
