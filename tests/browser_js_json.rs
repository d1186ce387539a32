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

/// A generator of random JavaScript values from a seed: `{value, json}`, where `json` is what
/// `JSON.stringify` makes of the value, or `null` when it throws (cycles, BigInt, a hostile getter
/// or proxy: then only "no panic, no exception" is checked).
const GENERATOR: &str = r#"(seed) => {
  let s = seed >>> 0;
  const next = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const shared = [];
  const hostile = [
    () => { const o = { a: 1 }; o.self = o; return o; },
    () => 10n,
    () => ({ get boom() { throw new Error('getter'); } }),
    () => new Proxy({}, { ownKeys() { throw new Error('ownKeys'); } }),
    () => new Proxy([], { get() { throw new Error('get'); } }),
    () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return [proxy]; },
    () => ({ toJSON() { throw new Error('toJSON'); } }),
    () => '\ud800',
  ];
  const leaf = () => pick([
    () => null, () => undefined, () => true, () => false, () => Math.floor(next() * 2e6) - 1e6,
    () => Math.floor(next() * 64) / 4, () => NaN, () => Infinity, () => -0, () => '',
    () => pick(['guid', 'MBR-1', 'é€😀', '<b>x</b>', '"\\\n', '\u202eevil', '0']), () => Symbol('s'),
    () => () => 1, () => new Date(Math.floor(next() * 2e12)), () => { const r = pick([1, 'x', null, [2]]); return { toJSON: () => r }; },
    () => new Map([[1, 2]]), () => /re/g, () => new Uint8Array([1, 2]),
  ])();
  const build = (depth) => {
    if (depth > 3 || next() < 0.35) return leaf();
    if (shared.length && next() < 0.1) return pick(shared);
    const made = next() < 0.5
      ? Array.from({ length: Math.floor(next() * 4) }, () => build(depth + 1))
      : Object.fromEntries(Array.from({ length: Math.floor(next() * 5) },
          () => [pick(['guid', 'status', '1', 'b', '__proto__', 'toString', '']), build(depth + 1)]));
    shared.push(made);
    return made;
  };
  const value = next() < 0.15 ? pick(hostile)() : build(0);
  let json = null;
  try { json = JSON.stringify(value) ?? 'null'; } catch (_) {}
  return { value, json };
}"#;

#[wasm_bindgen_test]
fn random_values_read_as_json_stringify_writes_them() {
    let cases: u32 = option_env!("FUZZ_CASES").and_then(|n| n.parse().ok()).unwrap_or(1_000);
    let generate: js_sys::Function = evaluate(GENERATOR).into();
    let (mut compared, mut hostile) = (0, 0);
    for seed in 0..cases {
        let case = generate.call1(&JsValue::NULL, &seed.into()).unwrap();
        let value = js_sys::Reflect::get(&case, &"value".into()).unwrap();
        let read = from_js(&value);
        let written = js_sys::Reflect::get(&case, &"json".into()).unwrap().as_string();
        match written.as_deref().map(serde_json::from_str::<serde_json::Value>) {
            Some(Ok(expected)) => {
                assert_eq!(read, Ok(expected), "seed {seed}");
                compared += 1;
            }
            _ => hostile += 1,
        }
    }
    web_sys::console::log_1(
        &format!("{cases} random values: {compared} compared with JSON.stringify, {hostile} hostile").into(),
    );
    assert!(compared > cases / 2 && hostile > cases / 20, "{compared} compared, {hostile} hostile");
}

#[wasm_bindgen_test]
fn numbers_become_text_as_the_browser_writes_them() {
    let text = |source: &str| connect_widget::json::scalar_text(&from_js(&evaluate(source)).unwrap());
    for (source, written) in
        [("6", "6"), ("-3", "-3"), ("0.25", "0.25"), ("2 ** 60", "1152921504606847000"), ("1e21", "1e+21")]
    {
        assert_eq!(text(source).as_deref(), Some(written), "{source}");
    }
}
