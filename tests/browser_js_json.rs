//! JavaScript values read as JSON without a JSON parser in the bundle: the same result as
//! `JSON.stringify` then parse, for every kind of value a host may answer with.
#![cfg(target_arch = "wasm32")]

use connect_widget::events::{from_js, TooLarge, MAX_NODES};
use serde_json::json;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn evaluate(source: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("return ({source});")).call0(&JsValue::NULL).unwrap()
}

#[wasm_bindgen_test]
fn reads_what_json_stringify_would_write() {
    let value = evaluate(
        r#"{ guid: "MBR-1", status: 6, ratio: 0.25, big: 2 ** 60, ok: true, none: null, skipped: undefined,
             method() {}, when: new Date(0), nan: NaN, list: [1, "two", undefined, null, { deep: [false] }] }"#,
    );
    assert_eq!(
        from_js(&value).unwrap(),
        json!({ "guid": "MBR-1", "status": 6, "ratio": 0.25, "big": 1_152_921_504_606_846_976.0_f64, "ok": true, "none": null,
                "when": "1970-01-01T00:00:00.000Z", "nan": null, "list": [1, "two", null, null, { "deep": [false] }] })
    );
    assert_eq!(
        from_js(&evaluate("6")).unwrap().as_u64(),
        Some(6),
        "whole numbers stay integers (the adapters read codes with as_u64)"
    );
    assert_eq!(from_js(&JsValue::UNDEFINED), Ok(json!(null)));
}

#[wasm_bindgen_test]
fn a_cycle_ends_instead_of_recursing_forever() {
    let value = evaluate("(() => { const a = { name: 'a' }; a.self = a; return a; })()");
    let read = from_js(&value).unwrap();
    assert_eq!(read["name"], "a");
    assert!(read.to_string().contains("null"), "the cycle is cut at the depth limit");
}

#[wasm_bindgen_test]
fn shared_references_cannot_make_the_reading_explode() {
    // Forty levels of {a: v, b: v}: 2^40 paths through 41 objects (structured clone keeps them).
    let bomb =
        evaluate("(() => { let v = { leaf: 1 }; for (let i = 0; i < 40; i++) v = { a: v, b: v }; return v; })()");
    assert_eq!(from_js(&bomb), Err(TooLarge));
    let wide = evaluate(&format!("Array.from({{ length: {MAX_NODES} }}, (_, i) => i)"));
    assert_eq!(from_js(&wide), Err(TooLarge), "the array and its items are more than the limit");
    let fits = evaluate(&format!("Array.from({{ length: {} }}, (_, i) => i)", MAX_NODES - 1));
    assert_eq!(from_js(&fits).map(|items| items.as_array().map(Vec::len)), Ok(Some(MAX_NODES as usize - 1)));
}
