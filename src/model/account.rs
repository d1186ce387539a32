//! The accounts a connection reached, as the backend reported them: a name and the end of the
//! account's number, never the whole number.

/// An account the connection reached (Salt Edge's accounts, the accounts the user opted in to
/// at a Tink bank).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConnectedAccount {
    /// The backend's id of the account (Salt Edge's and Tink's `id`, MX's `guid`), if it gave one.
    pub id: Option<String>,
    pub name: String,
    /// The last four letters or digits of its number (IBAN, card or account number), when the
    /// backend gave one.
    pub number_end: Option<String>,
}

impl ConnectedAccount {
    /// The account called `name` whose number is `number` (whole or masked, e.g. `"1234....5678"`):
    /// only its last four letters or digits are kept.
    pub fn new(name: &str, number: Option<&str>) -> Self {
        let characters: Vec<char> = number.unwrap_or_default().chars().filter(char::is_ascii_alphanumeric).collect();
        let end: String = characters[characters.len().saturating_sub(4)..].iter().collect();
        Self { id: None, name: name.trim().to_owned(), number_end: Some(end).filter(|end| !end.is_empty()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_end_of_a_number_is_kept() {
        for (number, end) in [
            (Some("1234....5678"), Some("5678")),
            (Some("*8765"), Some("8765")),
            (Some("RO49 AAAA 1B31 0075 9384 0000"), Some("0000")),
            (Some("9999-444444444444"), Some("4444")),
            (Some("12"), Some("12")),
            (Some("••••"), None),
            (Some(""), None),
            (None, None),
        ] {
            let account = ConnectedAccount::new(" Everyday ", number);
            assert_eq!(account.number_end.as_deref(), end, "{number:?}");
            assert_eq!(account.name, "Everyday");
        }
    }
}
