//! The messages the widget shows: typed, so a message that needs a value carries it.

/// A user-visible message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg<'a> {
    WidgetTitle,
    SearchHeading,
    SearchLabel,
    SearchHint {
        min_chars: usize,
    },
    PopularHeading,
    /// The list heading after a search by routing number.
    RoutingResultsHeading {
        routing_number: &'a str,
    },
    /// Nine digits whose routing-number checksum fails.
    RoutingNumberInvalid,
    /// An institution the app does not offer (MX `is_disabled_by_client`).
    InstitutionNotOffered,
    /// An institution the backend marks unavailable.
    InstitutionDown,
    /// In verification mode, an institution that cannot verify accounts.
    InstitutionNoVerification,
    ResultsHeading {
        query: &'a str,
    },
    ResultsCount {
        count: usize,
        more: bool,
    },
    /// "Show more" added `added` results (the first of them is now the active option).
    ResultsAdded {
        added: usize,
        more: bool,
    },
    NoResults {
        query: &'a str,
    },
    SearchFailed,
    /// "Can't find your bank?": the ways on the host offers.
    CantFind,
    /// An error screen's way to the host's support (`enable_support_requests`).
    ContactSupport,
    Loading,
    ShowMore,
    TryAgain,
    Back,
    /// The Close button (when the host handles exits).
    Close,
    CredentialsHeading {
        institution: &'a str,
    },
    CredentialsLoadFailed {
        institution: &'a str,
    },
    /// The button that shows a masked field's value.
    Reveal {
        label: &'a str,
    },
    Optional,
    Continue,
    ForgotPassword,
    FieldRequired {
        label: &'a str,
    },
    FieldTooShort {
        label: &'a str,
        min: usize,
    },
    FieldTooLong {
        label: &'a str,
        max: usize,
    },
    FieldNotANumber {
        label: &'a str,
    },
    FieldPattern {
        label: &'a str,
    },
    FieldNotAnOption {
        label: &'a str,
    },
    ChooseOne,
    CapsLockOn,
    ChosenFile {
        name: &'a str,
    },
    PictureFor {
        label: &'a str,
    },
    ForgotUsername,
    TroubleSigningIn,
    FormUnsupported {
        institution: &'a str,
        field: &'a str,
    },
    FormHasErrors {
        count: usize,
    },
    CredentialsRefused,
    /// The credential form opened to update an existing member.
    /// The box that lets the user choose whether the backend stores the credentials.
    StoreCredentials,
    ConnectingHeading {
        institution: &'a str,
    },
    ProgressSending,
    ProgressVerifying,
    ProgressSyncing,
    /// The bank gets the account and routing numbers (MX's verification job).
    ProgressVerification,
    /// The bank fetches the accounts (Salt Edge's `fetch_accounts` stage).
    ProgressAccounts,
    /// The bank fetches the transactions (Salt Edge's `fetch_recent` / `fetch_full`).
    ProgressTransactions,
    MfaHeading {
        institution: &'a str,
    },
    SubmitAnswer,
    RetryIncorrectCode,
    RetryIncorrectAnswer,
    RetryTimedOut,
    /// `updateMFA` failed: the answer did not reach the bank.
    RetryNotSent,
    TimeLeft {
        minutes: u64,
        seconds: u64,
    },
    TimeLeftAnnouncement {
        minutes: u64,
        seconds: u64,
    },
    ApproveInBankId {
        institution: &'a str,
    },
    ApproveInApp {
        institution: &'a str,
    },
    OpenBankId,
    OpenApp,
    WaitingForApproval,
    Cancel,
    /// The progress screen after the policy's patience ran out.
    TakingLonger,
    AccountType {
        code: &'a str,
    },
    AccountDetails {
        kind: &'a str,
        balance: &'a str,
    },
    ConnectedHeading,
    ConnectedBody {
        institution: &'a str,
    },
    /// An account the connection reached, by its name and the end of its number.
    ConnectedAccount {
        name: &'a str,
        number_end: &'a str,
    },
    /// The connected accounts not listed.
    MoreAccounts {
        count: u64,
    },
    ConnectAnother,
    /// The connected screen's primary action.
    Done,
    /// A new job for the member being repaired.
    Refresh,
    Disconnect,
    ErrorHeading,
    /// The backend could not be reached.
    ErrorService,
    /// The backend answered with an error status.
    ErrorServiceAnswered,
    /// The backend did not answer in time.
    ErrorServiceSlow,
    /// The backend's answer was not understood, or the host lacks the operation.
    ErrorServiceUnreadable,
    ErrorTimeout,
    ErrorExpired,
    StartAgain,
    ErrorBank,
    /// The user must act at the bank first (MX IMPEDED, LOCKED).
    ErrorVisitBank {
        institution: &'a str,
    },
    /// A temporary problem at the bank (DEGRADED, DISCONNECTED, DELAYED).
    ErrorTryLater {
        institution: &'a str,
    },
    /// The connection can no longer be made (DISCONTINUED, CLOSED, DISABLED).
    ErrorFinal {
        institution: &'a str,
    },
    /// The bank found no accounts that can be connected or verified here (MX job errors 1000, 1001).
    ErrorNoAccounts {
        institution: &'a str,
    },
    /// The heading when the connection exists already (Salt Edge's duplicated connection).
    DuplicatedHeading,
    /// The connection exists already with these credentials: nothing more to do here.
    ErrorDuplicated,
    ErrorInternal,
    /// The iframe page in bridge mode that no loader configured.
    NoLoader,
    ChooseAnother,
    /// Said, live, when the user closed the bank's window (the OAuth wait).
    OAuthWindowClosed,
    OAuthError(crate::model::OAuthErrorReason),
    /// A text of a lazily loaded module (the guided flows, the consent, the OAuth screens) by its key (`key::…`),
    /// with up to two named values: no variant of its own in the first load.
    Keyed {
        key: usize,
        values: [(&'static str, &'a str); 2],
    },
    /// A text of a lazily loaded module with a count, which chooses its plural form.
    KeyedCount {
        key: usize,
        count: u64,
    },
}

impl<'a> Msg<'a> {
    /// A lazily loaded module's text by its key (`key::…`).
    pub fn keyed(key: usize) -> Msg<'static> {
        Msg::Keyed { key, values: [("", ""); 2] }
    }

    /// A lazily loaded module's text by its key, with one named value.
    pub fn keyed_with(key: usize, name: &'static str, value: &'a str) -> Self {
        Msg::Keyed { key, values: [(name, value), ("", "")] }
    }
}
