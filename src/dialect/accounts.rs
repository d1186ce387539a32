//! The accounts a vendor's member object lists: Salt Edge account objects or Tink accounts,
//! attached by the host to the connection or credentials object it forwards (`accounts`: a list,
//! or Salt Edge's `{"data": [...]}`). They only add to the connected screen, so an entry that is
//! not an object with a `name` is left out rather than failing a connection that succeeded.

use serde_json::Value;

use super::json::unwrap;
use crate::model::ConnectedAccount;

/// Where an account object keeps its number, whole or masked, by vendor: MX's and Tink's own
/// fields, Salt Edge's `extra`, Tink's `identifiers`.
const NUMBER_AT: [&str; 7] = [
    "/account_number",
    "/accountNumber",
    "/extra/account_number",
    "/extra/iban",
    "/extra/cards/0",
    "/identifiers/iban/iban",
    "/identifiers/financialInstitution/accountNumber",
];

/// The accounts `member` lists under `accounts`.
pub fn listed(member: &Value) -> Vec<ConnectedAccount> {
    let listed = member.get("accounts").map(|accounts| unwrap(accounts, "data")).and_then(Value::as_array);
    let mut accounts = Vec::new();
    for account in listed.into_iter().flatten() {
        let Some(name) = account.get("name").and_then(Value::as_str) else { continue };
        let number = NUMBER_AT.iter().find_map(|at| account.pointer(at).and_then(Value::as_str));
        let id = account.get("id").or(account.get("guid")).and_then(Value::as_str).map(str::to_owned);
        accounts.push(ConnectedAccount { id, ..ConnectedAccount::new(name, number) });
    }
    accounts
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn fixture(name: &str) -> Value {
        let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn salt_edge_accounts_as_the_accounts_list_answers_them() {
        let connection = json!({ "id": "111111111111111111", "accounts": fixture("saltedge_accounts_list_response") });
        let with_id = |id: &str, account| ConnectedAccount { id: Some(id.into()), ..account };
        assert_eq!(
            listed(&connection),
            vec![
                with_id("333333333333333333", ConnectedAccount::new("Fake account 1", None)),
                with_id("333333333333333334", ConnectedAccount::new("Fake account 2", Some("5678"))),
            ]
        );
    }

    #[test]
    fn numbers_wherever_each_vendor_keeps_them_and_odd_entries_left_out() {
        let member = json!({ "accounts": [
            { "name": "Checking", "accountNumber": "9999-111111111111", "guid": "ACT-1" },
            { "name": "Savings", "identifiers": { "iban": { "iban": "SE35 5000 0000 0549 1000 0003" } } },
            { "name": "Card", "extra": { "iban": null, "cards": ["*8765"] } },
            { "accountNumber": "no name" },
            "not an account",
        ] });
        let accounts = listed(&member);
        assert_eq!(accounts[0].id.as_deref(), Some("ACT-1"), "MX's guid");
        let ends: Vec<_> = accounts.into_iter().map(|a| (a.name, a.number_end)).collect();
        assert_eq!(
            ends,
            vec![
                ("Checking".into(), Some("1111".into())),
                ("Savings".into(), Some("0003".into())),
                ("Card".into(), Some("8765".into())),
            ]
        );
        assert_eq!(listed(&json!({ "accounts": { "data": "none" } })), vec![]);
        assert_eq!(listed(&json!({})), vec![]);
    }
}
