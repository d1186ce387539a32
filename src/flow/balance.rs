//! A manual account's balance as the user types it, read into the plain decimal the backend
//! takes (`createAccount`'s `balance`).

/// The balance in `typed` as a plain decimal with two places ("1,250.5" → "1250.50",
/// "-$40" → "-40.00"); `None` when it is not an amount. A currency sign, spaces and thousands
/// separators (commas, or spaces) are allowed; a decimal comma is not (it reads as a thousands
/// separator), so "12,50" is refused rather than guessed.
pub fn balance_text(typed: &str) -> Option<String> {
    let text = typed.trim();
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let text = text.trim_start_matches(['$', '€', '£']).trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let groups: Vec<&str> = whole.split([',', ' ']).collect();
    let grouped_well = groups.len() == 1 || groups[1..].iter().all(|group| group.len() == 3) && groups[0].len() <= 3;
    let digits: String = groups.concat();
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !grouped_well || !all_digits(&digits) || digits.len() > 12 || fraction.len() > 2 {
        return None;
    }
    if !fraction.is_empty() && !all_digits(fraction) {
        return None;
    }
    let whole = digits.trim_start_matches('0');
    let sign = if negative && (whole.len() + fraction.trim_matches('0').len()) > 0 { "-" } else { "" };
    Some(format!("{sign}{}.{fraction:0<2}", if whole.is_empty() { "0" } else { whole }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balances_are_read_as_plain_decimals() {
        let table = [
            ("1250", Some("1250.00")),
            ("1,250.5", Some("1250.50")),
            ("$1,250.55", Some("1250.55")),
            (" 1 250 ", Some("1250.00")),
            ("-$40", Some("-40.00")),
            ("-0", Some("0.00")),
            ("0.07", Some("0.07")),
            ("007", Some("7.00")),
            ("€99.9", Some("99.90")),
            ("12,50", None),
            ("1,2500", None),
            ("1.234", None),
            ("1..2", None),
            ("abc", None),
            ("", None),
            ("$", None),
            (".5", None),
            ("1234567890123", None),
        ];
        for (typed, expected) in table {
            assert_eq!(balance_text(typed).as_deref(), expected, "{typed:?}");
        }
    }
}
