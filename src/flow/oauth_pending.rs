//! An OAuth attempt left for a top-level redirect: what the widget needs to pick it up when the
//! host embeds it again with the bank's parameters (`oauth_resume`), kept as JSON in the page's
//! session storage under the attempt's `state`.

use serde_json::Value;

use super::OAuthStart;
use crate::json::object;
use crate::model::Institution;

/// An OAuth attempt whose user went to the bank's page in the host's own window.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingOAuth {
    pub institution: Institution,
    pub start: OAuthStart,
}

impl PendingOAuth {
    /// The storage key of the attempt whose `state` is `state`.
    pub fn storage_key(state: &str) -> String {
        format!("connect-widget:oauth:{state}")
    }

    /// The attempt as JSON (the institution's displayed fields, the member, the page).
    pub fn to_json(&self) -> Value {
        let text = |value: &Option<String>| value.as_deref().map_or(Value::Null, Value::from);
        let institution = &self.institution;
        object(vec![
            ("member_guid", self.start.member_guid.as_str().into()),
            ("url", self.start.url.as_str().into()),
            (
                "institution",
                object(vec![
                    ("guid", institution.guid.as_str().into()),
                    ("code", institution.code.as_str().into()),
                    ("name", institution.name.as_str().into()),
                    ("url", text(&institution.url)),
                    ("logo_url", text(&institution.logo_url)),
                ]),
            ),
        ])
    }

    /// The attempt [`Self::to_json`] wrote; `None` for anything else.
    pub fn from_json(value: &Value) -> Option<Self> {
        let text = |value: &Value, key: &str| value.get(key)?.as_str().map(str::to_owned);
        let saved = value.get("institution")?;
        let institution = Institution {
            guid: text(saved, "guid")?,
            code: text(saved, "code").unwrap_or_default(),
            name: text(saved, "name")?,
            url: text(saved, "url"),
            logo_url: text(saved, "logo_url"),
            supports_oauth: true,
            ..Institution::default()
        };
        let start =
            OAuthStart { member_guid: text(value, "member_guid")?, url: text(value, "url")?, answers_challenge: false };
        Some(Self { institution, start })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survives_the_round_trip_and_rejects_other_json() {
        let institution = Institution {
            guid: "INS-1".into(),
            code: "bank".into(),
            name: "OAuth Bank".into(),
            url: Some("https://bank.example".into()),
            supports_oauth: true,
            ..Institution::default()
        };
        let start = OAuthStart {
            member_guid: "MBR-1".into(),
            url: "https://bank.example/auth?state=s".into(),
            answers_challenge: false,
        };
        let pending = PendingOAuth { institution, start };
        let text = crate::json::print(&pending.to_json());
        assert_eq!(PendingOAuth::from_json(&crate::json::parse(&text).unwrap()), Some(pending));
        assert_eq!(PendingOAuth::from_json(&serde_json::json!({ "member_guid": "MBR-1" })), None);
        assert_eq!(PendingOAuth::storage_key("s"), "connect-widget:oauth:s");
    }
}
