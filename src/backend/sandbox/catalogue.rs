//! A generated catalogue of 20,000 institutions, so search is exercised at scale. Deterministic:
//! institution `n` is always the same.

use super::banks::Bank;
use crate::model::Institution;

const BRANDS: [&str; 50] = [
    "Acorn",
    "Alpine",
    "Anchor",
    "Apex",
    "Arbor",
    "Aspen",
    "Atlas",
    "Beacon",
    "Birch",
    "Blue Ridge",
    "Bridge",
    "Canyon",
    "Capital",
    "Cardinal",
    "Cascade",
    "Cedar",
    "Century",
    "Citadel",
    "Clearwater",
    "Coastal",
    "Compass",
    "Cornerstone",
    "Crescent",
    "Crown",
    "Delta",
    "Eagle",
    "Evergreen",
    "Falcon",
    "Frontier",
    "Granite",
    "Harbor",
    "Heritage",
    "Horizon",
    "Keystone",
    "Lakeside",
    "Liberty",
    "Lighthouse",
    "Maple",
    "Meadow",
    "Meridian",
    "Monarch",
    "Northstar",
    "Oak",
    "Pioneer",
    "Prairie",
    "Redwood",
    "Riverbend",
    "Summit",
    "Union",
    "Willow",
];

const KINDS: [&str; 8] = [
    "Bank",
    "Credit Union",
    "Savings Bank",
    "Federal Credit Union",
    "Trust Company",
    "National Bank",
    "Community Bank",
    "Savings & Loan",
];

const PLACES: [&str; 50] = [
    "Albany",
    "Austin",
    "Baltimore",
    "Boise",
    "Boston",
    "Charleston",
    "Chicago",
    "Cleveland",
    "Columbus",
    "Dallas",
    "Denver",
    "Des Moines",
    "Detroit",
    "El Paso",
    "Fargo",
    "Fresno",
    "Hartford",
    "Honolulu",
    "Houston",
    "Indianapolis",
    "Jackson",
    "Kansas City",
    "Lincoln",
    "Little Rock",
    "Louisville",
    "Madison",
    "Memphis",
    "Miami",
    "Milwaukee",
    "Nashville",
    "New Orleans",
    "Norfolk",
    "Oakland",
    "Omaha",
    "Orlando",
    "Phoenix",
    "Pittsburgh",
    "Portland",
    "Providence",
    "Raleigh",
    "Reno",
    "Richmond",
    "Sacramento",
    "Salt Lake City",
    "San Diego",
    "Seattle",
    "Spokane",
    "Tampa",
    "Tucson",
    "Wichita",
];

/// How many institutions the catalogue holds.
pub const SIZE: usize = BRANDS.len() * KINDS.len() * PLACES.len();

/// The `n`-th generated institution (`n < SIZE`).
pub fn institution(n: usize) -> Institution {
    let brand = BRANDS[n % BRANDS.len()];
    let kind = KINDS[(n / BRANDS.len()) % KINDS.len()];
    let place = PLACES[n / (BRANDS.len() * KINDS.len()) % PLACES.len()];
    let slug = format!("{brand}-{place}").to_lowercase().replace([' ', '&'], "");
    Institution {
        guid: format!("INS-SBX-{n:05}"),
        code: format!("sbx_{n:05}"),
        name: format!("{brand} {kind} of {place}"),
        url: Some(format!("https://{slug}.example")),
        popularity: Some((SIZE - n) as u64),
        ..Institution::default()
    }
}

/// Every generated institution's name in lower case, for matching.
pub fn lowercase_names() -> Vec<String> {
    (0..SIZE).map(|n| institution(n).name.to_lowercase()).collect()
}

/// The sandbox's country of `institution` (for `iso_country_code`): Salt Edge's fake banks are
/// in its fake country XF, Tink's in Sweden, Finqware's in Romania, the others in the US.
pub fn country_of(institution: &Institution) -> &'static str {
    match institution.guid.split('-').nth(1) {
        Some("SE") => "XF",
        Some("TINK") => "SE",
        Some("FQ") => "RO",
        _ => "US",
    }
}

/// The institutions whose names contain `needle` (any case): the featured banks first, then the
/// generated ones whose names start with it, then the others.
pub fn search(featured: &[Bank], lowercase_names: &[String], needle: &str) -> Vec<Institution> {
    let needle = needle.trim().to_lowercase();
    let mut found: Vec<Institution> = featured
        .iter()
        .filter(|bank| bank.institution.name.to_lowercase().contains(&needle))
        .map(|bank| bank.institution.clone())
        .collect();
    let generated = lowercase_names.iter().enumerate().filter(|(_, name)| name.contains(&needle));
    let (starts, rest): (Vec<_>, Vec<_>) = generated.partition(|(_, name)| name.starts_with(&needle));
    found.extend(starts.into_iter().chain(rest).map(|(n, _)| institution(n)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_twenty_thousand_distinct_institutions() {
        assert_eq!(SIZE, 20_000);
        let names: std::collections::HashSet<_> = lowercase_names().into_iter().collect();
        assert_eq!(names.len(), SIZE);
        assert_eq!(institution(0).name, "Acorn Bank of Albany");
        assert_eq!(institution(SIZE - 1).name, "Willow Savings & Loan of Wichita");
    }
}
