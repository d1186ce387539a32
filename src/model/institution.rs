//! Institutions (banks) and the search query sent to a backend.

/// A bank the user can connect to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Institution {
    pub guid: String,
    pub code: String,
    pub name: String,
    /// Home page, shown under the name.
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
}

/// Why an institution cannot be picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// The app does not offer it (MX `is_disabled_by_client`).
    ByTheApp,
    /// It has problems that prevent connections (MX `status` 3 UNAVAILABLE; a provider status
    /// such as Salt Edge `disabled` / `inactive` or Tink `DISABLED` / `TEMPORARY_DISABLED`).
    Down,
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
