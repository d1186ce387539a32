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
        ResultsHeading { query } => format!("Results for “{query}”"),
        ResultsCount { count: 1, more: false } => "1 institution found.".into(),
        ResultsCount { count, more: false } => format!("{count} institutions found."),
        ResultsCount { count, more: true } => format!("{count} institutions shown, more available."),
        NoResults { query } => format!("No institutions match “{query}”. Check the spelling or try a shorter name."),
        SearchFailed => "We couldn't load institutions.".into(),
        Loading => "Loading…".into(),
        ShowMore => "Show more results".into(),
        TryAgain => "Try again".into(),
        Back => "Back".into(),
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
        ConnectedHeading => "Connected".into(),
        ConnectedBody { institution } => format!("Your {institution} accounts are now connected."),
        ConnectAnother => "Connect another institution".into(),
        ErrorHeading => "Something went wrong".into(),
        ErrorService => "We couldn't reach the service. Check your connection and try again.".into(),
        ErrorTimeout => "The bank is taking too long to respond. Please try again later.".into(),
        ErrorBank => "The bank could not complete the connection.".into(),
        ErrorInternal => "The widget ran into a problem. Please close it and try again.".into(),
        ChooseAnother => "Choose another institution".into(),
    }
}
