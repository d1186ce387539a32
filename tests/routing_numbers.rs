//! Searching by routing number: nine digits with a valid ABA checksum are a routing number (sent as
//! MX's `routing_number`), a failing checksum is a typo, anything else is a name.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::rc::Rc;

use async_trait::async_trait;
use connect_widget::backend::sandbox::SandboxApi;
use connect_widget::backend::{ApiResult, ConnectApi, ContractSettings, MxContract, Transport};
use connect_widget::model::{InstitutionQuery, RoutingNumber};
use futures::executor::block_on;
use serde_json::{json, Value};

#[test]
fn the_aba_checksum_decides() {
    let table = [
        ("021000021", RoutingNumber::Valid),
        ("026009593", RoutingNumber::Valid),
        ("011000015", RoutingNumber::Valid),
        ("121000358", RoutingNumber::Valid),
        ("021000022", RoutingNumber::Invalid),
        ("123456789", RoutingNumber::Invalid),
        ("000000000", RoutingNumber::Valid),
        ("02100002", RoutingNumber::NotOne),
        ("0210000210", RoutingNumber::NotOne),
        ("02100002a", RoutingNumber::NotOne),
        ("٠٢١٠٠٠٠٢١", RoutingNumber::NotOne),
        ("Chase", RoutingNumber::NotOne),
        ("", RoutingNumber::NotOne),
    ];
    for (text, expected) in table {
        assert_eq!(RoutingNumber::of(text), expected, "{text}");
    }
}

/// Records the arguments it gets and answers with no institutions (clones share the record).
#[derive(Clone, Default)]
struct Recorder(Rc<RefCell<Vec<Value>>>);

#[async_trait(?Send)]
impl Transport for Recorder {
    async fn call(&self, _: &'static str, args: Vec<Value>) -> ApiResult<Value> {
        self.0.borrow_mut().extend(args);
        Ok(json!([]))
    }
}

#[test]
fn a_routing_number_is_sent_as_mx_routing_number() {
    let recorder = Recorder::default();
    let api = MxContract::new(recorder.clone(), ContractSettings::default());
    let query = InstitutionQuery {
        search_name: "021000021".into(),
        by_routing_number: true,
        page: 1,
        per_page: 25,
        ..InstitutionQuery::default()
    };
    block_on(api.load_institutions(&query)).unwrap();
    assert_eq!(recorder.0.borrow()[0], json!({ "routing_number": "021000021", "page": 1, "per_page": 25 }));
}

#[test]
fn the_sandbox_finds_its_banks_by_routing_number() {
    let api = SandboxApi::default();
    let search = |number: &str| {
        let query = InstitutionQuery {
            search_name: number.into(),
            by_routing_number: true,
            page: 1,
            per_page: 25,
            ..InstitutionQuery::default()
        };
        block_on(api.load_institutions(&query)).unwrap().into_iter().map(|i| i.name).collect::<Vec<_>>()
    };
    assert_eq!(search("021000021"), ["Sandbox Bank"]);
    assert_eq!(search("026009593"), ["Gringotts"]);
    assert!(search("011000015").is_empty());
}
