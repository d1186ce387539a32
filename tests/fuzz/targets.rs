//! Every parser of untrusted input, as fuzz targets: what a backend or a host's callbacks answer
//! (institutions, credential schemas, members, jobs, challenges, statuses, OAuth pages, rejections),
//! what another frame posts (the bridge), and the configuration (the iframe URL's query, MX's
//! `clientConfig`). Each checks that nothing panics, and the property its input must keep.

use proptest::prelude::*;

use super::host::*;
use super::json::{any_json, damaged, odd_string};
use super::vendor::*;
use super::{target, Target};
use connect_widget::dialect::saltedge;

/// What a check finds: nothing, or the property that failed.
pub type Check = Result<(), String>;

/// Every target, in the order the campaign runs them.
pub fn all() -> Vec<Target> {
    vec![
        target("credential schemas: arbitrary JSON", any_json(SCHEMA_KEYS), |doc| schemas(&doc)),
        target("credential schemas: damaged vendor samples", damaged(SCHEMA_SAMPLES, SCHEMA_KEYS), |doc| schemas(&doc)),
        target("members, jobs, OAuth (MX): arbitrary JSON", any_json(MEMBER_KEYS), |doc| members(&doc)),
        target("members, jobs, OAuth (MX): damaged samples", damaged(MEMBER_SAMPLES, MEMBER_KEYS), |doc| members(&doc)),
        target("challenges (Salt Edge, Tink, Finqware): JSON", any_json(MEMBER_KEYS), |doc| challenges(&doc)),
        target("challenges: damaged vendor samples", damaged(MEMBER_SAMPLES, MEMBER_KEYS), |doc| challenges(&doc)),
        target("vendor status names", odd_string(), |name| statuses(&name)),
        target("bridge: inbound messages", any_json(BRIDGE_KEYS), |data| bridge(&data)),
        target("bridge: responses round trip", (any::<u64>(), any_json(BRIDGE_KEYS), 0u8..3), bridge_round_trip),
        target("configuration: iframe URL query pairs", config_pairs(), |pairs| configuration(&pairs)),
        target("configuration: MX clientConfig", any_json(HOST_KEYS), |given| client_config(&given)),
        target("host callback rejections", (callback_name(), any_json(HOST_KEYS)), |(name, reason)| {
            rejection(name, &reason)
        }),
        target("HTTP routes from callback arguments", (callback_name(), prop::collection::vec(route_arg(), 0..4)), {
            |(name, args)| route(name, &args)
        }),
        target("OAuth page URL and state", (odd_string(), prop::option::of("[A-Za-z0-9-]{0,12}")), |(url, fresh)| {
            oauth_state(&url, fresh.as_deref())
        }),
        target("OAuth attempt from session storage", any_json(HOST_KEYS), |saved| oauth_resume(&saved)),
        target("Salt Edge redirect query string", "[a-z_=&%?#+0-9A-F]{0,40}", |query| {
            let answer = saltedge::redirect_answer(&query);
            ensure(answer.is_object() || answer.is_null(), || format!("redirect answer {answer}"))
        }),
    ]
}

/// `Ok` when `holds`, else the failure `what()` describes.
pub fn ensure(holds: bool, what: impl FnOnce() -> String) -> Check {
    if holds {
        Ok(())
    } else {
        Err(what())
    }
}
