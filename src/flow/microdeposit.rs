//! Micro-deposit verification's decisions: where a micro-deposit's status leads, and reading the
//! amounts of the two deposits as the user types them from their statement.

use crate::model::MicrodepositStatus;

/// Where a micro-deposit's status leads the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MicrodepositStage {
    /// The account's details are still to be entered (PREINITIATED: the host gave the owner's
    /// name and email only).
    Details,
    /// The deposits are on their way: come back in one to two business days.
    Waiting,
    /// The deposits arrived: enter their amounts; `retry`: the last amounts were wrong (DENIED).
    Amounts {
        retry: bool,
    },
    Verified,
    /// The deposits could not be sent to the account as entered (ERRORED): check the details.
    CheckDetails,
    /// Too many wrong amounts (PREVENTED): this account cannot be verified.
    TooManyAttempts,
    /// The account cannot be verified this way (REJECTED): connect the bank instead.
    Rejected,
    /// A request for this account exists already (CONFLICTED): nothing to do here now.
    TryLater,
}

impl MicrodepositStatus {
    /// Where this status leads (as MX's widget decides it, `getViewByStatus`).
    pub fn stage(self) -> MicrodepositStage {
        match self {
            Self::Preinitiated => MicrodepositStage::Details,
            Self::Initiated | Self::Requested => MicrodepositStage::Waiting,
            Self::Deposited => MicrodepositStage::Amounts { retry: false },
            Self::Denied => MicrodepositStage::Amounts { retry: true },
            Self::Verified => MicrodepositStage::Verified,
            Self::Errored => MicrodepositStage::CheckDetails,
            Self::Prevented => MicrodepositStage::TooManyAttempts,
            Self::Rejected => MicrodepositStage::Rejected,
            Self::Conflicted => MicrodepositStage::TryLater,
        }
    }
}

/// Why what the user typed is not one of the deposits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Not an amount at all (letters, two separators, three decimals).
    NotAnAmount,
    /// An amount, but not between 0.01 and 0.99.
    OutOfRange,
}

/// The cents of a deposit as the user typed it. Every deposit is under a dollar, so "0.07",
/// ".07", "$0.07", "0,07", "07" and "7" are all 7 cents, "0.7" is 70 (MX's widget sends "7"
/// for it, and nothing for "7" or "7¢"); "7¢" is 7 too. Only 1–99 cents are deposits.
pub fn deposit_cents(typed: &str) -> Result<u8, AmountError> {
    let text = typed.trim().trim_start_matches('$').trim_end_matches(['¢', 'c']).trim();
    let cents = match text.split_once(['.', ',']) {
        Some((whole, fraction)) => {
            let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
            if !digits(whole) || !digits(fraction) || fraction.is_empty() || fraction.len() > 2 {
                return Err(AmountError::NotAnAmount);
            }
            if whole.bytes().any(|b| b != b'0') {
                return Err(AmountError::OutOfRange);
            }
            let value: u32 = fraction.parse().map_err(|_| AmountError::NotAnAmount)?;
            if fraction.len() == 1 {
                value * 10
            } else {
                value
            }
        }
        None if !text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()) => {
            text.parse().map_err(|_| AmountError::NotAnAmount)?
        }
        None => return Err(AmountError::NotAnAmount),
    };
    match cents {
        1..=99 => Ok(cents as u8),
        _ => Err(AmountError::OutOfRange),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_status_leads_somewhere() {
        use MicrodepositStage::*;
        let table = [
            (0, "INITIATED", Waiting),
            (1, "REQUESTED", Waiting),
            (2, "DEPOSITED", Amounts { retry: false }),
            (3, "VERIFIED", Verified),
            (4, "ERRORED", CheckDetails),
            (5, "DENIED", Amounts { retry: true }),
            (6, "PREVENTED", TooManyAttempts),
            (7, "CONFLICTED", TryLater),
            (8, "REJECTED", Rejected),
            (9, "PREINITIATED", Details),
        ];
        for (code, name, stage) in table {
            let status = MicrodepositStatus::parse(&json!(code)).unwrap();
            assert_eq!(MicrodepositStatus::parse(&json!(name)), Some(status), "{name}");
            assert_eq!(MicrodepositStatus::parse(&json!(name.to_lowercase())), Some(status), "{name}");
            assert_eq!((status.name(), status.stage()), (name, stage), "{code}");
        }
        for unknown in [json!(10), json!(-1), json!("LOST"), json!(null), json!(2.5)] {
            assert_eq!(MicrodepositStatus::parse(&unknown), None, "{unknown}");
        }
    }

    #[test]
    fn amounts_are_read_in_cents_whatever_the_user_types() {
        use AmountError::*;
        let table = [
            ("0.07", Ok(7)),
            (".07", Ok(7)),
            ("$0.07", Ok(7)),
            (" 0.07 ", Ok(7)),
            ("0,07", Ok(7)),
            ("07", Ok(7)),
            ("7", Ok(7)),
            ("7¢", Ok(7)),
            ("0.7", Ok(70)), // MX's widget sends "7" for it
            (".7", Ok(70)),
            ("70", Ok(70)),
            ("0.99", Ok(99)),
            ("0.01", Ok(1)),
            ("00.10", Ok(10)),
            ("0.00", Err(OutOfRange)),
            ("0", Err(OutOfRange)),
            ("1.00", Err(OutOfRange)),
            ("100", Err(OutOfRange)),
            ("1.5", Err(OutOfRange)),
            ("0.071", Err(NotAnAmount)),
            ("0.", Err(NotAnAmount)),
            ("0.0.7", Err(NotAnAmount)),
            ("seven", Err(NotAnAmount)),
            ("-0.07", Err(NotAnAmount)),
            ("", Err(NotAnAmount)),
            ("1234", Err(NotAnAmount)),
        ];
        for (typed, cents) in table {
            assert_eq!(deposit_cents(typed), cents, "{typed:?}");
        }
    }
}
