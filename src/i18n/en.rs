//! English texts.

use super::Msg;

/// The English text of a message.
pub fn text(message: Msg<'_>) -> String {
    use Msg::*;
    match message {
        WidgetTitle => "Connect your bank".into(),
        SearchHeading => "Select your institution".into(),
        SearchLabel => "Search for your bank".into(),
        SearchHint { min_chars } => format!("Type at least {min_chars} characters of its name."),
        PopularHeading => "Popular institutions".into(),
        RoutingResultsHeading { routing_number } => format!("Institutions with routing number {routing_number}"),
        RoutingNumberInvalid => "That is not a valid routing number: check its nine digits.".into(),
        InstitutionNotOffered => "Not available in this app".into(),
        InstitutionDown => "Unavailable: connections to it are failing right now".into(),
        ResultsHeading { query } => format!("Results for “{query}”"),
        ResultsCount { count: 1, more: false } => "1 institution found.".into(),
        ResultsCount { count, more: false } => format!("{count} institutions found."),
        ResultsCount { count, more: true } => format!("{count} institutions shown, more available."),
        ResultsAdded { added: 1, more: false } => "1 more institution added.".into(),
        ResultsAdded { added, more: false } => format!("{added} more institutions added."),
        ResultsAdded { added, more: true } => format!("{added} more institutions added, and more are available."),
        NoResults { query } => format!("No institutions match “{query}”. Check the spelling or try a shorter name."),
        SearchFailed => "We couldn't load institutions.".into(),
        Loading => "Loading…".into(),
        ShowMore => "Show more results".into(),
        TryAgain => "Try again".into(),
        Back => "Back".into(),
        Close => "Close".into(),
        CredentialsHeading { institution } => format!("Sign in to {institution}"),
        CredentialsLoadFailed { institution } => format!("We couldn't load the sign-in form for {institution}."),
        ShowPassword => "Show password".into(),
        Optional => "(optional)".into(),
        Continue => "Continue".into(),
        ForgotPassword => "Forgot your password?".into(),
        FieldRequired { label } => format!("{label} is required."),
        FieldTooShort { label, min } => format!("{label} must be at least {min} characters."),
        FieldTooLong { label, max } => format!("{label} must be at most {max} characters."),
        FieldNotANumber { label } => format!("{label} must contain digits only."),
        FieldPattern { label } => format!("{label} does not have the expected format."),
        FieldNotAnOption { label } => format!("Choose one of the options for {label}."),
        ChooseOne => "Choose…".into(),
        CapsLockOn => "Caps Lock is on.".into(),
        ChosenFile { name } => format!("Chosen file: {name}"),
        PictureFor { label } => format!("Picture for {label}"),
        ForgotUsername => "Forgot your username?".into(),
        TroubleSigningIn => "Trouble signing in?".into(),
        FormUnsupported { institution, field } => format!(
            "The sign-in form of {institution} can't be shown here: its field “{field}” is not supported. Choose another institution."
        ),
        FormHasErrors { count: 1 } => "1 field needs your attention.".into(),
        FormHasErrors { count } => format!("{count} fields need your attention."),
        CredentialsRefused => "The username or password you entered is incorrect.".into(),
        ConnectingHeading { institution } => format!("Connecting to {institution}"),
        ProgressSending => "Sending your credentials securely…".into(),
        ProgressVerifying => "Verifying your credentials…".into(),
        ProgressSyncing => "Syncing your accounts…".into(),
        MfaHeading { institution } => format!("One more step for {institution}"),
        SubmitAnswer => "Submit".into(),
        RetryIncorrectCode => "The code you entered is incorrect. Check it and try again.".into(),
        RetryIncorrectAnswer => "That answer is not correct. Please try again.".into(),
        RetryTimedOut => "The time to answer ran out, so the bank asks again.".into(),
        RetryNotSent => "Your answer could not be sent. Please try again.".into(),
        TimeLeft { minutes, seconds } => format!("Time left: {minutes}:{seconds:02}"),
        TimeLeftAnnouncement { minutes: 0, seconds } => format!("{seconds} seconds left to answer."),
        TimeLeftAnnouncement { minutes: 1, .. } => "1 minute left to answer.".into(),
        TimeLeftAnnouncement { minutes, .. } => format!("{minutes} minutes left to answer."),
        ApproveInBankId { institution } => format!("Open Mobile BankID on your phone and approve the sign-in to {institution}."),
        ApproveInApp { institution } => format!("Open the {institution} app on your phone and approve the sign-in."),
        OpenBankId => "Open BankID".into(),
        OpenApp => "Open the app".into(),
        WaitingForApproval => "Waiting for your approval…".into(),
        Cancel => "Cancel".into(),
        TakingLonger => "This is taking longer than usual. You can keep waiting, or cancel and try again later.".into(),
        AccountType { code } => match code {
            "CHECKING" => "Checking",
            "SAVINGS" => "Savings",
            "INVESTMENT" => "Investment",
            "MORTGAGE" => "Mortgage",
            "CREDIT_CARD" => "Credit card",
            "LOAN" => "Loan",
            "PENSION" => "Pension",
            other => other,
        }
        .into(),
        AccountDetails { kind, balance } => format!("{kind} · balance {balance}"),
        ConnectedHeading => "Connected".into(),
        ConnectedBody { institution } => format!("Your {institution} accounts are now connected."),
        ConnectAnother => "Connect another institution".into(),
        ErrorHeading => "Something went wrong".into(),
        ErrorService => "We couldn't reach the service. Check your connection and try again.".into(),
        ErrorServiceAnswered => "The service answered with an error. Try again in a moment.".into(),
        ErrorServiceSlow => "The service took too long to answer. Try again.".into(),
        ErrorServiceUnreadable => "The service's answer wasn't one we could use. Try again, or choose another institution.".into(),
        ErrorTimeout => "The bank is taking too long to respond. Please try again later.".into(),
        ErrorExpired => "The time to answer the bank's question ran out.".into(),
        StartAgain => "Start again".into(),
        ErrorBank => "The bank could not complete the connection.".into(),
        ErrorVisitBank { institution } => format!(
            "{institution} needs you to take care of something on its own website or app first. Then come back and connect again."
        ),
        ErrorTryLater { institution } => format!("{institution} has a temporary problem. Please try again later."),
        ErrorFinal { institution } => format!("A connection to {institution} can no longer be made here."),
        ErrorInternal => "The widget ran into a problem. Try again, or close it and come back later.".into(),
        NoLoader => "This page works only inside the app that opens it. Go back to the app and try again.".into(),
        ChooseAnother => "Choose another institution".into(),
        OAuthHeading { institution } => format!("Sign in with {institution}"),
        OAuthExplanation { institution } => {
            format!("You'll sign in on {institution}'s own page, in a new window. We never see your password.")
        }
        OAuthContinue { institution } => format!("Continue to {institution}"),
        OAuthWaitingHeading { institution } => format!("Waiting for {institution}"),
        OAuthWaiting { institution } => {
            format!("Finish signing in on {institution}'s page. This screen updates by itself when you're done.")
        }
        OAuthReopen => "Reopen the window".into(),
        OAuthWindowClosed => "The bank's window was closed. Reopen it to finish signing in.".into(),
        OAuthBlockedHeading => "Your browser blocked the bank's window".into(),
        OAuthBlocked { institution } => {
            format!("Open {institution}'s page with the link below. This screen updates by itself when you're done.")
        }
        OAuthOpenPage { institution } => format!("Open {institution}'s page"),
        OAuthBlockedOrHere { institution } => {
            format!("Open {institution}'s page with the link below, or continue in this window: you'll come back here when you're done.")
        }
        OAuthContinueHere => "Continue in this window".into(),
        OAuthError(reason) => {
            use crate::model::OAuthErrorReason::*;
            match reason {
                Cancelled => "Signing in on the bank's page was cancelled.",
                Denied => "Access wasn't granted on the bank's page.",
                Impeded => "Your bank needs you to act on your account first. Sign in to its website or app, then try again.",
                ProviderError => "The bank's sign-in page ran into a problem. Try again in a few minutes.",
                ServerError => "Something went wrong on our side while connecting. Try again.",
                SessionError | Unknown => "The sign-in session expired or was interrupted. Try again.",
            }
            .into()
        }
    }
}
