//! The sandbox's routing numbers (ABA): which fake banks a routing-number search finds.

use super::banks::Bank;
use crate::model::Institution;

/// Routing numbers (each with a valid checksum) and the guid of the sandbox bank that has it.
/// `011000015` is valid too but belongs to no sandbox bank: its search finds nothing.
const ROUTING_NUMBERS: [(&str, &str); 2] =
    [("021000021", "INS-SANDBOX-1"), ("026009593", "INS-f1a3285d-e855-b68f-6aa7-8ae775c0e0e9")];

/// The banks among `featured` that have `routing_number` (one at most).
pub fn search(featured: &[Bank], routing_number: &str) -> Vec<Institution> {
    let guid = ROUTING_NUMBERS.iter().find(|(number, _)| *number == routing_number.trim()).map(|(_, guid)| *guid);
    featured
        .iter()
        .filter(|bank| Some(bank.institution.guid.as_str()) == guid)
        .map(|bank| bank.institution.clone())
        .collect()
}
