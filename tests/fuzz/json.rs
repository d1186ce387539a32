//! Strategies for untrusted JSON: arbitrary values built from the keys a parser looks for, and
//! the vendors' own samples with random damage.

use proptest::prelude::*;
use serde_json::{Map, Value};

use crate::common;

/// Strings a parser may meet: empty, markup, quotes, escapes, non-ASCII, right-to-left overrides,
/// URL-ish pieces and the status names vendors use.
pub fn odd_string() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z(|)\\[\\]{}0-9 \"\\\\]{0,12}",
        "[a|\"\\\\{}()ä€😀\u{202e} .*0-]{0,10}",
        "(https?|javascript|data):/{0,2}[a-z.]{0,12}(/[a-z?=&#%]{0,8}){0,3}",
        prop::sample::select(vec![
            "CONNECTED",
            "CHALLENGED",
            "DENIED",
            "EXPIRED",
            "active",
            "inactive",
            "AWAITING_SUPPLEMENTAL_INFORMATION",
            "UPDATED",
            "TEMPORARY_ERROR",
            "received",
            "expired",
            "1970-01-01T00:00:00Z",
            "2026-13-40T99:99:99+25:00",
            "state=",
            "?state=x&",
            "#frag",
            "",
        ])
        .prop_map(str::to_owned),
    ]
}

/// Any JSON value, up to a few levels deep, whose object keys come from `keys`.
pub fn any_json(keys: &'static [&'static str]) -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(keys);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        odd_string().prop_map(Value::String),
        (0u64..24).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|pairs| Value::Object(
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>()
            )),
        ]
    })
}

/// Replacements for damaged nodes: strings go to odd strings, numbers to odd numbers, anything
/// else to arbitrary JSON.
#[derive(Debug, Clone)]
pub struct Damage {
    strings: Vec<String>,
    numbers: Vec<Value>,
    values: Vec<Value>,
    decisions: Vec<u8>,
}

fn damage_kit(keys: &'static [&'static str]) -> impl Strategy<Value = Damage> {
    let odd_number = prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e20f64..1e20).prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ];
    (
        prop::collection::vec(odd_string(), 1..4),
        prop::collection::vec(odd_number, 1..4),
        prop::collection::vec(any_json(keys), 1..4),
        prop::collection::vec(any::<u8>(), 64..256),
    )
        .prop_map(|(strings, numbers, values, decisions)| Damage { strings, numbers, values, decisions })
}

impl Damage {
    /// A kit that changes nothing but the key `decision` names first (a saved regression).
    pub fn saved(decisions: Vec<u8>) -> Self {
        Self { strings: vec!["|".into()], numbers: vec![Value::from(0)], values: vec![Value::Null], decisions }
    }

    /// Damages `value` everywhere: each node, by the next decision byte, is kept (and walked
    /// into), replaced by something of its own type or of another, or (in an object) loses a key.
    pub fn apply(&self, value: &mut Value) {
        self.walk(value, &mut self.decisions.iter().copied().cycle());
    }

    fn walk(&self, value: &mut Value, decisions: &mut impl Iterator<Item = u8>) {
        let decision = decisions.next().unwrap_or(255);
        let pick = |pool: &[Value]| pool[decision as usize % pool.len()].clone();
        match value {
            Value::String(_) if decision < 24 => {
                *value = Value::String(self.strings[decision as usize % self.strings.len()].clone())
            }
            Value::Number(_) if decision < 24 => *value = pick(&self.numbers),
            _ if decision >= 240 => *value = pick(&self.values),
            Value::Object(object) => {
                if decision < 12 && !object.is_empty() {
                    let key = object.keys().nth(decision as usize % object.len()).unwrap().clone();
                    object.remove(&key);
                }
                object.values_mut().for_each(|child| self.walk(child, decisions));
            }
            Value::Array(items) => items.iter_mut().for_each(|child| self.walk(child, decisions)),
            _ => {}
        }
    }
}

/// One of `fixtures` (vendored vendor samples), damaged.
pub fn damaged(fixtures: &'static [&'static str], keys: &'static [&'static str]) -> impl Strategy<Value = Value> {
    let samples: Vec<Value> = fixtures.iter().map(|name| common::fixture(name)).collect();
    (prop::sample::select(samples), damage_kit(keys)).prop_map(|(mut sample, kit)| {
        kit.apply(&mut sample);
        sample
    })
}
