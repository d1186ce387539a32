//! The callbacks only lazily loaded modules make — OAuth's, and an existing member's form and
//! deletion — called through [`ConnectApi::call`] and read here. A method of the trait would stay
//! in the first load (its vtable names it), with its reader; these functions go with the modules
//! that call them (docs/architecture.md#size).

use serde_json::Value;

use super::contract::refused;
use super::{ApiResult, ConnectApi};
use crate::dialect::{self, mx};
use crate::json::object;
use crate::model::{CredentialSchema, OAuthState};

/// `getMemberCredentials(memberGuid)`: the credential form of an existing member, to update it
/// (the same shapes as `getInstitutionCredentials`).
pub async fn get_member_credentials(api: &dyn ConnectApi, member_guid: &str) -> ApiResult<CredentialSchema> {
    let name = "getMemberCredentials";
    let answer = api.call(name, vec![member_guid.into()]).await?;
    dialect::credential_schema_lazy(&answer, api.forced_dialect()).await?.map_err(refused(name))
}

/// `deleteMember({guid})`: the user disconnects the member.
pub async fn delete_member(api: &dyn ConnectApi, member_guid: &str) -> ApiResult<()> {
    api.call("deleteMember", vec![object(vec![("guid", member_guid.into())])]).await.map(drop)
}

/// `oAuthStart({member: {guid}})`: the user is going to the bank's page.
pub async fn oauth_start(api: &dyn ConnectApi, member_guid: &str) -> ApiResult<()> {
    let member = object(vec![("member", object(vec![("guid", member_guid.into())]))]);
    api.call("oAuthStart", vec![member]).await.map(drop)
}

/// `getOAuthWindowURI(memberGuid, config)`: the bank's authorization page for the member.
pub async fn get_oauth_window_uri(api: &dyn ConnectApi, member_guid: &str) -> ApiResult<String> {
    let name = "getOAuthWindowURI";
    let answer = api.call(name, vec![member_guid.into(), api.client_config()]).await?;
    mx::oauth_window_uri(&answer).map_err(refused(name))
}

/// `loadOAuthStates({outbound_member_guid})`: the member's authorization attempts.
pub async fn load_oauth_states(api: &dyn ConnectApi, member_guid: &str) -> ApiResult<Vec<OAuthState>> {
    let name = "loadOAuthStates";
    let query = object(vec![("outbound_member_guid", member_guid.into())]);
    mx::oauth_states(&api.call(name, vec![query]).await?).map_err(refused(name))
}

/// `oAuthComplete({member_guid, query_string})` (ours, optional): the parameters the bank sent
/// back to the widget's callback page (`code`, `state`, `error`…), for a backend that must pass
/// them on (e.g. Salt Edge's `oauth_providers/authorize`).
pub async fn oauth_complete(api: &dyn ConnectApi, member_guid: &str, query_string: &str) -> ApiResult<()> {
    let returned = object(vec![("member_guid", member_guid.into()), ("query_string", Value::from(query_string))]);
    api.call("oAuthComplete", vec![returned]).await.map(drop)
}
