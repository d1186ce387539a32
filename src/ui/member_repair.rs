//! Opening the widget on an existing member (`current_member_guid`): load it and its
//! institution, then go where its status leads ([`Remedy::on_reopening`]): its challenge or its
//! progress, the credential form to update it, its error screen with the way on, or the connected
//! screen. While it is being repaired, credentials update it and "Try again" refreshes it.

use std::cell::RefCell;
use std::rc::Rc;

use futures::future::LocalBoxFuture;
use leptos::prelude::*;

use super::controller::Controller;
use crate::backend::{calls, ApiError, ApiErrorKind, ApiResult, ConnectApi};
use crate::flow::{actionable_code, outcome_for, Attempt, Failure, Remedy, Reopening, Step};
use crate::i18n::{key, Msg};
use crate::lazy::lazy_fn;
use crate::model::{CredentialSchema, Institution, Member};

/// The existing member being repaired: new credentials update it and "Try again" refreshes
/// it, until the user picks an institution, goes back to the search or disconnects it.
#[derive(Default)]
pub struct Repair {
    member_guid: RefCell<Option<String>>,
}

impl Repair {
    fn start(&self, member_guid: String) {
        self.member_guid.replace(Some(member_guid));
    }

    /// The member being repaired, if any.
    pub fn member_guid(&self) -> Option<String> {
        self.member_guid.borrow().clone()
    }

    /// The user moved on: nothing is being repaired any more.
    pub fn stop(&self) {
        self.member_guid.take();
    }
}

impl Controller {
    /// The member being repaired, if any.
    pub fn repairing(&self) -> Option<String> {
        self.services().repair.member_guid()
    }

    /// Opens the widget on member `member_guid`, showing "Loading…" meanwhile, then where its
    /// status and what the host `asked` lead ([`Remedy::on_reopening`]). If it cannot
    /// be loaded, the error screen says why and offers the search. The code that opens it is
    /// fetched then (module `member_lifecycle`).
    pub fn open_member(&self, member_guid: String, asked: Reopening) {
        let this = *self;
        self.opening.set(true);
        self.spawn_fetched(opening(this, member_guid, asked), move |error| this.not_opened(error));
    }

    /// The widget could not open where the host asked (a member, an OAuth return): the error
    /// screen, and the host hears why.
    pub(super) fn not_opened(&self, error: ApiError) {
        self.opening.try_set(false);
        self.report(&error);
        self.go(Step::Failed { institution: None, failure: Failure::Api(error) });
    }

    /// Goes where the opened `member` of `institution` leads.
    fn reopen(&self, member: Member, institution: Institution, asked: Reopening) {
        let member_guid = member.guid.clone();
        self.services().repair.start(member_guid.clone());
        let job_type = self.services().settings.mode.job_type();
        let code = actionable_code(&member, job_type);
        match Remedy::on_reopening(member.connection_status, code, asked) {
            Remedy::Nothing => self.go(Step::Connected { institution, member_guid, accounts: member.accounts }),
            Remedy::Wait => self.start_attempt(institution, Attempt::Resume { member_guid }),
            Remedy::Refresh => self.start_attempt(institution, Attempt::Refresh { member_guid }),
            Remedy::UpdateCredentials => {
                let message = member.error.and_then(|error| error.user_message);
                let notice = message.unwrap_or_else(|| {
                    self.text(Msg::keyed_with(key::CREDENTIALS_UPDATE, "institution", &institution.name))
                });
                self.go(Step::Credentials { institution, notice: Some(notice) });
            }
            _ => self.finish(institution, Ok(outcome_for(member, job_type))),
        }
    }

    /// "Try again" after `failure` at `institution`: a member being repaired is refreshed (a new
    /// job) unless the service failed; otherwise the form (or the bank's page) again.
    pub fn try_again(&self, institution: Institution, failure: &Failure) {
        match self.repairing().filter(|_| !matches!(failure, Failure::Api(_))) {
            Some(_) => self.refresh(institution),
            None => self.retry_credentials(institution),
        }
    }

    /// Refreshes the member being repaired: a new job, its progress, then its outcome.
    pub fn refresh(&self, institution: Institution) {
        if let Some(member_guid) = self.repairing() {
            self.start_attempt(institution, Attempt::Refresh { member_guid });
        }
    }
}

lazy_fn!(member_lifecycle: fn opening(this: Controller, member_guid: String, asked: Reopening) -> LocalBoxFuture<'static, ()> {
    super::disconnect::register();
    Box::pin(async move {
        let loaded = load_member(&*this.api(), &member_guid).await;
        if this.step.with_untracked(|step| *step != Step::Search) {
            return this.opening.set(false); // the user moved on meanwhile
        }
        match loaded {
            Ok((member, institution)) => {
                this.opening.set(false);
                this.reopen(member, institution, asked);
            }
            Err(error) => this.not_opened(error),
        }
    })
});

/// The member and its institution (`loadMemberByGuid`, then `loadInstitutionByGuid` or `ByCode`
/// with the institution the member names).
async fn load_member(api: &dyn ConnectApi, member_guid: &str) -> ApiResult<(Member, Institution)> {
    let member = api.load_member_by_guid(member_guid).await?;
    let Some(key) = &member.institution else {
        let message = "`loadMemberByGuid` answered a member without `institution_guid` or `institution_code`";
        return Err(ApiError::new(ApiErrorKind::InvalidResponse { field: None }, message));
    };
    let institution = api.load_institution(key).await?;
    Ok((member, institution))
}

lazy_fn!(member_lifecycle: pub fn member_form(api: Rc<dyn ConnectApi>, member_guid: String, institution_guid: String) -> LocalBoxFuture<'static, ApiResult<CredentialSchema>> {
    Box::pin(async move {
        match calls::get_member_credentials(&*api, &member_guid).await {
            // A host without `getMemberCredentials`: the institution's form.
            Err(error) if matches!(error.kind, ApiErrorKind::MissingCallback(_)) => {
                api.get_institution_credentials(&institution_guid).await
            }
            form => form,
        }
    })
});

#[cfg(test)]
mod tests {
    use futures::executor::block_on;

    use super::*;
    use crate::backend::sandbox::SandboxApi;
    use crate::backend::Unconfigured;

    #[test]
    fn the_member_form_falls_back_to_the_institutions() {
        let form = |api: Rc<dyn ConnectApi>| {
            block_on(async {
                let fetched = member_form(api, "MBR-SBX-DENIED".into(), "INS-SANDBOX-1".into()).await;
                fetched.unwrap_or_else(|never| match never {}).await
            })
        };
        let sandbox = form(Rc::new(SandboxApi::default())).unwrap();
        assert_eq!(sandbox.fields.len(), 2, "the member's own form");
        // A host without `getMemberCredentials` is asked for the institution's form instead.
        let missing = form(Rc::new(Unconfigured)).unwrap_err();
        assert_eq!(missing.kind, ApiErrorKind::MissingCallback("getInstitutionCredentials".into()));
    }
}
