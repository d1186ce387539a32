//! US bank routing numbers (ABA): what the user typed in the search may be one.

/// What a search text says about routing numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoutingNumber {
    /// Not nine digits: a name to search for.
    NotOne,
    /// Nine digits whose ABA checksum holds: search by routing number.
    Valid,
    /// Nine digits whose checksum fails: a typo, never sent to the backend.
    Invalid,
}

impl RoutingNumber {
    /// Reads `text` (already trimmed): nine ASCII digits are a routing number, valid when
    /// 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10.
    pub fn of(text: &str) -> Self {
        let digits = text.as_bytes();
        if digits.len() != 9 || !digits.iter().all(u8::is_ascii_digit) {
            return Self::NotOne;
        }
        let sum: u32 = digits.iter().enumerate().map(|(i, d)| [3, 7, 1][i % 3] * u32::from(d - b'0')).sum();
        if sum.is_multiple_of(10) {
            Self::Valid
        } else {
            Self::Invalid
        }
    }
}
