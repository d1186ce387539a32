//! Each message's stable key in the catalogues, and the values its text is filled with.

use super::catalogue::key;
use super::Msg;

/// A value a message's text is filled with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Text shown as it is (a bank's name, what the user typed).
    Text(&'a str),
    /// Text the widget made (a formatted number).
    Owned(String),
    /// A count: shown as a number, and it chooses the plural form.
    Count(u64),
}

/// A message as its key's index and the named values of its placeholders (at most two).
pub struct Parts<'a> {
    pub key: usize,
    pub args: [(&'static str, Arg<'a>); 2],
}

/// An unused placeholder slot.
const NONE: (&str, Arg<'_>) = ("", Arg::Text(""));

impl<'a> Msg<'a> {
    /// The message's key and placeholder values.
    pub fn parts(self) -> Parts<'a> {
        use Arg::{Count, Text};
        use Msg::*;
        let institution = |name| [("institution", Text(name)), NONE];
        let label = |name| [("label", Text(name)), NONE];
        let (key, args) = match self {
            WidgetTitle => (key::WIDGET_TITLE, [NONE, NONE]),
            SearchHeading => (key::SEARCH_HEADING, [NONE, NONE]),
            SearchLabel => (key::SEARCH_LABEL, [NONE, NONE]),
            SearchHint { min_chars } => (key::SEARCH_HINT, [("min_chars", Count(min_chars as u64)), NONE]),
            PopularHeading => (key::SEARCH_POPULAR_HEADING, [NONE, NONE]),
            RoutingResultsHeading { routing_number } => {
                (key::SEARCH_ROUTING_HEADING, [("routing_number", Text(routing_number)), NONE])
            }
            RoutingNumberInvalid => (key::SEARCH_ROUTING_INVALID, [NONE, NONE]),
            InstitutionNotOffered => (key::SEARCH_NOT_OFFERED, [NONE, NONE]),
            InstitutionDown => (key::SEARCH_DOWN, [NONE, NONE]),
            InstitutionNoVerification => (key::SEARCH_NO_VERIFICATION, [NONE, NONE]),
            ResultsHeading { query } => (key::SEARCH_RESULTS_HEADING, [("query", Text(query)), NONE]),
            ResultsCount { count, more } => (
                if more { key::SEARCH_RESULTS_COUNT_MORE } else { key::SEARCH_RESULTS_COUNT },
                [("count", Count(count as u64)), NONE],
            ),
            ResultsAdded { added, more } => (
                if more { key::SEARCH_RESULTS_ADDED_MORE } else { key::SEARCH_RESULTS_ADDED },
                [("count", Count(added as u64)), NONE],
            ),
            NoResults { query } => (key::SEARCH_NO_RESULTS, [("query", Text(query)), NONE]),
            SearchFailed => (key::SEARCH_FAILED, [NONE, NONE]),
            CantFind => (key::SEARCH_CANT_FIND, [NONE, NONE]),
            ContactSupport => (key::ERROR_CONTACT_SUPPORT, [NONE, NONE]),
            Loading => (key::COMMON_LOADING, [NONE, NONE]),
            ShowMore => (key::SEARCH_SHOW_MORE, [NONE, NONE]),
            TryAgain => (key::COMMON_TRY_AGAIN, [NONE, NONE]),
            Back => (key::COMMON_BACK, [NONE, NONE]),
            Close => (key::COMMON_CLOSE, [NONE, NONE]),
            CredentialsHeading { institution: name } => (key::CREDENTIALS_HEADING, institution(name)),
            CredentialsLoadFailed { institution: name } => (key::CREDENTIALS_LOAD_FAILED, institution(name)),
            Reveal { label } => (key::CREDENTIALS_REVEAL, [("field", Text(label)), NONE]),
            Optional => (key::FIELD_OPTIONAL, [NONE, NONE]),
            Continue => (key::COMMON_CONTINUE, [NONE, NONE]),
            ForgotPassword => (key::CREDENTIALS_FORGOT_PASSWORD, [NONE, NONE]),
            FieldRequired { label: name } => (key::FIELD_REQUIRED, label(name)),
            FieldTooShort { label, min } => {
                (key::FIELD_TOO_SHORT, [("min", Count(min as u64)), ("label", Text(label))])
            }
            FieldTooLong { label, max } => (key::FIELD_TOO_LONG, [("max", Count(max as u64)), ("label", Text(label))]),
            FieldNotANumber { label: name } => (key::FIELD_NOT_A_NUMBER, label(name)),
            FieldPattern { label: name } => (key::FIELD_PATTERN, label(name)),
            FieldNotAnOption { label: name } => (key::FIELD_NOT_AN_OPTION, label(name)),
            ChooseOne => (key::FIELD_CHOOSE_ONE, [NONE, NONE]),
            CapsLockOn => (key::FIELD_CAPS_LOCK_ON, [NONE, NONE]),
            ChosenFile { name } => (key::FIELD_CHOSEN_FILE, [("name", Text(name)), NONE]),
            PictureFor { label: name } => (key::FIELD_PICTURE_FOR, label(name)),
            ForgotUsername => (key::CREDENTIALS_FORGOT_USERNAME, [NONE, NONE]),
            TroubleSigningIn => (key::CREDENTIALS_TROUBLE_SIGNING_IN, [NONE, NONE]),
            FormUnsupported { institution, field } => {
                (key::CREDENTIALS_FORM_UNSUPPORTED, [("institution", Text(institution)), ("field", Text(field))])
            }
            FormHasErrors { count } => (key::FORM_HAS_ERRORS, [("count", Count(count as u64)), NONE]),
            CredentialsRefused => (key::CREDENTIALS_REFUSED, [NONE, NONE]),
            StoreCredentials => (key::CREDENTIALS_STORE, [NONE, NONE]),
            ConnectingHeading { institution: name } => (key::CONNECTING_HEADING, institution(name)),
            ProgressSending => (key::CONNECTING_SENDING, [NONE, NONE]),
            ProgressVerifying => (key::CONNECTING_VERIFYING, [NONE, NONE]),
            ProgressSyncing => (key::CONNECTING_SYNCING, [NONE, NONE]),
            ProgressVerification => (key::CONNECTING_VERIFICATION, [NONE, NONE]),
            ProgressAccounts => (key::CONNECTING_ACCOUNTS, [NONE, NONE]),
            ProgressTransactions => (key::CONNECTING_TRANSACTIONS, [NONE, NONE]),
            MfaHeading { institution: name } => (key::MFA_HEADING, institution(name)),
            SubmitAnswer => (key::MFA_SUBMIT, [NONE, NONE]),
            RetryIncorrectCode => (key::MFA_RETRY_INCORRECT_CODE, [NONE, NONE]),
            RetryIncorrectAnswer => (key::MFA_RETRY_INCORRECT_ANSWER, [NONE, NONE]),
            RetryTimedOut => (key::MFA_RETRY_TIMED_OUT, [NONE, NONE]),
            RetryNotSent => (key::MFA_RETRY_NOT_SENT, [NONE, NONE]),
            TimeLeft { minutes, seconds } => {
                (key::MFA_TIME_LEFT, [("minutes", Count(minutes)), ("seconds", Arg::Owned(format!("{seconds:02}")))])
            }
            TimeLeftAnnouncement { minutes: 0, seconds } => {
                (key::MFA_SECONDS_LEFT, [("seconds", Count(seconds)), NONE])
            }
            TimeLeftAnnouncement { minutes, .. } => (key::MFA_MINUTES_LEFT, [("minutes", Count(minutes)), NONE]),
            ApproveInBankId { institution: name } => (key::MFA_APPROVE_IN_BANKID, institution(name)),
            ApproveInApp { institution: name } => (key::MFA_APPROVE_IN_APP, institution(name)),
            OpenBankId => (key::MFA_OPEN_BANKID, [NONE, NONE]),
            OpenApp => (key::MFA_OPEN_APP, [NONE, NONE]),
            WaitingForApproval => (key::MFA_WAITING_FOR_APPROVAL, [NONE, NONE]),
            Cancel => (key::COMMON_CANCEL, [NONE, NONE]),
            TakingLonger => (key::CONNECTING_TAKING_LONGER, [NONE, NONE]),
            AccountType { code } => (
                match code {
                    "CHECKING" => key::ACCOUNT_TYPE_CHECKING,
                    "SAVINGS" => key::ACCOUNT_TYPE_SAVINGS,
                    "INVESTMENT" => key::ACCOUNT_TYPE_INVESTMENT,
                    "MORTGAGE" => key::ACCOUNT_TYPE_MORTGAGE,
                    "CREDIT_CARD" => key::ACCOUNT_TYPE_CREDIT_CARD,
                    "LOAN" => key::ACCOUNT_TYPE_LOAN,
                    "PENSION" => key::ACCOUNT_TYPE_PENSION,
                    _ => key::ACCOUNT_TYPE_OTHER,
                },
                [("code", Text(code)), NONE],
            ),
            AccountDetails { kind, balance } => {
                (key::CONNECTED_ACCOUNT_DETAILS, [("kind", Text(kind)), ("balance", Text(balance))])
            }
            ConnectedHeading => (key::CONNECTED_HEADING, [NONE, NONE]),
            ConnectedBody { institution: name } => (key::CONNECTED_BODY, institution(name)),
            MoreAccounts { count } => (key::CONNECTED_MORE_ACCOUNTS, [("count", Count(count)), NONE]),
            ConnectedAccount { name, number_end } => {
                (key::CONNECTED_ACCOUNT, [("name", Text(name)), ("number_end", Text(number_end))])
            }
            ConnectAnother => (key::CONNECTED_CONNECT_ANOTHER, [NONE, NONE]),
            Done => (key::CONNECTED_DONE, [NONE, NONE]),
            Refresh => (key::CONNECTED_REFRESH, [NONE, NONE]),
            Disconnect => (key::DISCONNECT_BUTTON, [NONE, NONE]),
            ErrorHeading => (key::ERROR_HEADING, [NONE, NONE]),
            ErrorService => (key::ERROR_SERVICE, [NONE, NONE]),
            ErrorServiceAnswered => (key::ERROR_SERVICE_ANSWERED, [NONE, NONE]),
            ErrorServiceSlow => (key::ERROR_SERVICE_SLOW, [NONE, NONE]),
            ErrorServiceUnreadable => (key::ERROR_SERVICE_UNREADABLE, [NONE, NONE]),
            ErrorTimeout => (key::ERROR_TIMEOUT, [NONE, NONE]),
            ErrorExpired => (key::ERROR_EXPIRED, [NONE, NONE]),
            StartAgain => (key::ERROR_START_AGAIN, [NONE, NONE]),
            ErrorBank => (key::ERROR_BANK, [NONE, NONE]),
            ErrorVisitBank { institution: name } => (key::ERROR_VISIT_BANK, institution(name)),
            ErrorTryLater { institution: name } => (key::ERROR_TRY_LATER, institution(name)),
            ErrorFinal { institution: name } => (key::ERROR_FINAL, institution(name)),
            ErrorNoAccounts { institution: name } => (key::ERROR_NO_ACCOUNTS, institution(name)),
            DuplicatedHeading => (key::ERROR_DUPLICATED_HEADING, [NONE, NONE]),
            ErrorDuplicated => (key::ERROR_DUPLICATED, [NONE, NONE]),
            ErrorInternal => (key::ERROR_INTERNAL, [NONE, NONE]),
            NoLoader => (key::ERROR_NO_LOADER, [NONE, NONE]),
            ChooseAnother => (key::ERROR_CHOOSE_ANOTHER, [NONE, NONE]),
            OAuthWindowClosed => (key::OAUTH_WINDOW_CLOSED, [NONE, NONE]),
            OAuthError(reason) => {
                use crate::model::OAuthErrorReason::*;
                let key = match reason {
                    Cancelled => key::OAUTH_ERROR_CANCELLED,
                    Denied => key::OAUTH_ERROR_DENIED,
                    Impeded => key::OAUTH_ERROR_IMPEDED,
                    ProviderError => key::OAUTH_ERROR_PROVIDER_ERROR,
                    ServerError => key::OAUTH_ERROR_SERVER_ERROR,
                    SessionError | Unknown => key::OAUTH_ERROR_SESSION_ERROR,
                };
                (key, [NONE, NONE])
            }
            Keyed { key, values: [(first, one), (second, other)] } => {
                (key, [(first, Text(one)), (second, Text(other))])
            }
            KeyedCount { key, count } => (key, [("count", Count(count)), NONE]),
        };
        Parts { key, args }
    }
}
