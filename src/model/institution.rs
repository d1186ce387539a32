//! Institutions (banks) and the search query sent to a backend.

/// A bank the user can connect to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Institution {
    pub guid: String,
    pub code: String,
    pub name: String,
    /// Home page; its [`Institution::domain`] is shown under the name.
    pub url: Option<String>,
    pub logo_url: Option<String>,
    pub popularity: Option<u64>,
    pub supports_oauth: bool,
    pub forgot_password_url: Option<String>,
    pub forgot_username_url: Option<String>,
    pub trouble_signing_url: Option<String>,
    /// Text the bank wants shown above its credential form.
    pub instructions: Option<String>,
    /// Why it cannot be connected now, when the backend says so; such an institution is shown
    /// with the reason and cannot be picked.
    pub unavailable: Option<Unavailable>,
    /// Whether it supports account verification (MX `account_verification_is_enabled`), when the
    /// backend says: in verification mode one that does not cannot be picked.
    pub verifiable: Option<bool>,
}

impl Institution {
    /// The host of its home page without `www.` (`https://www.bank.example/en?x` → `bank.example`),
    /// for a user to recognise the bank by; `None` without an http(s) URL.
    pub fn domain(&self) -> Option<&str> {
        let url = self.url.as_deref()?;
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
        let authority = rest.split(['/', '?', '#']).next()?;
        let host = authority.rsplit('@').next()?.split(':').next()?;
        let host = host.strip_prefix("www.").unwrap_or(host);
        (!host.is_empty()).then_some(host)
    }

    /// Its logo's address: its own `logo_url`, else the host's `template` (`logo_url_template`,
    /// for backends such as MX's that send none) with `{guid}` or `{code}` filled in, when that
    /// value needs no escaping.
    pub fn logo(&self, template: Option<&str>) -> Option<String> {
        let url_safe = |value: &str| {
            !value.is_empty() && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        };
        let filled = template.and_then(|template| {
            let (placeholder, value) =
                if template.contains("{guid}") { ("{guid}", &self.guid) } else { ("{code}", &self.code) };
            url_safe(value).then(|| template.replace(placeholder, value))
        });
        self.logo_url.clone().or(filled)
    }

    /// The letter shown in place of a missing logo: the name's first letter or digit.
    pub fn monogram(&self) -> Option<char> {
        self.name.chars().find(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
    }
}

/// Why an institution cannot be picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// The app does not offer it (MX `is_disabled_by_client`).
    ByTheApp,
    /// It has problems that prevent connections (MX `status` 3 UNAVAILABLE; a provider status
    /// such as Salt Edge `disabled` / `inactive` or Tink `DISABLED` / `TEMPORARY_DISABLED`).
    Down,
    /// In verification mode: it does not support account verification.
    NoVerification,
}

impl Unavailable {
    /// The member status whose screen says it before any form: a temporary problem (DEGRADED:
    /// try again later), or a connection that cannot be made here (DISABLED: choose another).
    pub fn status(self) -> super::ConnectionStatus {
        match self {
            Unavailable::Down => super::ConnectionStatus::Degraded,
            Unavailable::ByTheApp | Unavailable::NoVerification => super::ConnectionStatus::Disabled,
        }
    }
}

/// A search for institutions, in MX `loadInstitutions` terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InstitutionQuery {
    /// Name fragment the user typed, or the routing number when `by_routing_number`.
    pub search_name: String,
    /// `search_name` is a valid ABA routing number: sent as MX's `routing_number` instead.
    pub by_routing_number: bool,
    /// 1-based page number.
    pub page: u32,
    pub per_page: u32,
    pub iso_country_code: Option<String>,
}

/// How the host names the institution to start with (MX `current_institution_guid` /
/// `current_institution_code`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstitutionKey {
    Guid(String),
    Code(String),
}

impl InstitutionKey {
    /// The MX callback that loads it (`loadInstitutionByGuid` / `loadInstitutionByCode`).
    pub fn callback(&self) -> &'static str {
        match self {
            InstitutionKey::Guid(_) => "loadInstitutionByGuid",
            InstitutionKey::Code(_) => "loadInstitutionByCode",
        }
    }

    /// The guid or code.
    pub fn value(&self) -> &str {
        match self {
            InstitutionKey::Guid(value) | InstitutionKey::Code(value) => value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(url: Option<&str>, name: &str) -> Institution {
        Institution { url: url.map(str::to_owned), name: name.into(), ..Institution::default() }
    }

    #[test]
    fn the_domain_is_the_home_pages_host_without_www() {
        let table = [
            (Some("https://www.bank.example/en?x=1#top"), Some("bank.example")),
            (Some("http://first.example"), Some("first.example")),
            (Some("https://user:pw@secure.bank.example:8443/login"), Some("secure.bank.example")),
            (Some("https://bank.example?ref=app"), Some("bank.example")),
            (Some("ftp://bank.example"), None),
            (Some("javascript:alert(1)"), None),
            (Some("https://"), None),
            (None, None),
        ];
        for (url, domain) in table {
            assert_eq!(with(url, "B").domain(), domain, "{url:?}");
        }
    }

    #[test]
    fn the_monogram_is_the_first_letter_or_digit() {
        assert_eq!(with(None, "  (First) Bank").monogram(), Some('F'));
        assert_eq!(with(None, "ßparkasse").monogram(), Some('ß'));
        assert_eq!(with(None, "1st Bank").monogram(), Some('1'));
        assert_eq!(with(None, " - ").monogram(), None);
    }
}
