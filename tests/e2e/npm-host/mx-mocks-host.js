// An MX host whose callbacks answer with MX's own widget's mock values (mx_widget_mocks.json, ported
// from mxenabled/connect-widget src/services/mockedData.ts; apiProviderMock.ts says which callback
// answers which). The values are MX's; only their order is scripted, so that a connection can end:
// loadMemberByGuid answers `member.member` (CREATED, being aggregated), then MFA_MEMBER (CHALLENGED)
// until updateMFA is accepted, then CONNECTED_MEMBERS[0]. The first updateMFA is refused (axios
// style, 400 with a message). ?conflict=1: addMember is refused with MX's 409 `{guid}`.
// ?unavailable=1 and ?long=1: see below. ?preselect=down|not_offered: the widget opens on MX's
// institution (clientConfig current_institution_guid), which the host marks down (status 3) or
// not offered (is_disabled_by_client). ?reopen=1: the widget opens on MX's connected member
// (clientConfig current_member_guid, update_credentials), whose loads answer it connected.
// ?consent=1: the npm option `consent` (Salt Edge's consent as its API shows it); ?locale=<tag>.
// ?mode=verification: clientConfig.mode; ?country=GB: clientConfig.iso_country_code. ?create_fails=1: addMember fails (500). ?denied=1: the
// bank refuses the credentials (the member's second load is DENIED), then accepts the next ones.
import { mount } from './node_modules/connect-widget/index.js';

const mocks = await (await fetch('./mx_widget_mocks.json')).json();
const params = new URLSearchParams(location.search);
// ?unavailable=1: the host marks two of MX's popular institutions unavailable, as MX's fields do.
// ?long=1: a host's institution whose name is one long token with a right-to-left override.
if (params.get('long')) {
  mocks.FAVORITE_INSTITUTIONS.push({ guid: 'INS-LONG', code: 'long', name: `Bank${'X'.repeat(150)}\u202Eevil`, url: 'https://long.example' });
}
if (params.get('unavailable')) {
  Object.assign(mocks.FAVORITE_INSTITUTIONS[2], { is_disabled_by_client: true });
  Object.assign(mocks.FAVORITE_INSTITUTIONS[3], { status: 3 });
}
if (params.get('preselect') === 'down') mocks.institutionData.institution.status = 3;
if (params.get('preselect') === 'not_offered') mocks.institutionData.institution.is_disabled_by_client = true;
const copy = (value) => structuredClone(value);
window.__calls = [];
const record = (name, args) => window.__calls.push({ name, args: JSON.parse(JSON.stringify(args)) });

let memberLoads = 0;
let mfaAnswered = false;
let mfaTries = 0;
const calls = {
  loadPopularInstitutions: () => mocks.FAVORITE_INSTITUTIONS,
  loadInstitutions: (query) => mocks.SEARCHED_INSTITUTIONS.filter((i) => i.name.toLowerCase().includes(query.search_name.toLowerCase())),
  loadInstitutionByGuid: () => mocks.institutionData.institution,
  getInstitutionCredentials: () => mocks.institutionCredentialsData.credentials,
  getMemberCredentials: () => mocks.memberCredentialsData.credentials,
  loadMembers: () => [mocks.member.member],
  addMember: () => {
    if (params.get('create_fails')) throw { response: { status: 500, data: {} } };
    if (params.get('conflict')) throw { response: { status: 409, data: { guid: 'MBR-123' } } };
    return mocks.member;
  },
  updateMember: () => mocks.member.member,
  deleteMember: () => undefined,
  runJob: () => mocks.member.member,
  loadJob: () => mocks.JOB_DATA,
  loadMemberByGuid: () => {
    memberLoads += 1;
    if (params.get('reopen')) return mocks.CONNECTED_MEMBERS[0];
    if (params.get('no_accounts')) return { ...mocks.CONNECTED_MEMBERS[0], error: { error_code: 1001 } };
    if (params.get('denied')) return memberLoads === 1 ? { ...mocks.member.member, connection_status: 2, is_being_aggregated: false } : mocks.CONNECTED_MEMBERS[0];
    if (mfaAnswered) return mocks.CONNECTED_MEMBERS[0];
    return memberLoads === 1 && !params.get('conflict') ? mocks.member.member : mocks.MFA_MEMBER;
  },
  updateMFA: () => {
    mfaTries += 1;
    if (mfaTries === 1) throw { response: { status: 400, data: { message: 'The bank could not check that answer. Please answer again.' } } };
    mfaAnswered = true;
    return mocks.member.member;
  },
  oAuthStart: () => undefined,
  loadOAuthStates: () => [mocks.OAUTH_STATE.oauth_state],
  loadOAuthState: () => mocks.OAUTH_STATE.oauth_state,
  getOAuthWindowURI: () => mocks.oauth_window_uri,
};
const callbacks = Object.fromEntries(Object.entries(calls).map(([name, answer]) => [name, async (...args) => {
  record(name, args);
  return copy(answer(...args));
}]));

window.__events = [];
window.__success = [];
window.__handle = await mount(document.getElementById('widget'), {
  callbacks,
  clientConfig: {
    mode: params.get('mode') ?? 'aggregation',
    ...(params.get('reopen') ? { current_member_guid: 'MBR-123', update_credentials: true } : {}),
    ...(params.get('preselect') ? { current_institution_guid: mocks.institutionData.institution.guid } : {}),
    ...(params.get('credentials_strategy') ? { credentials_strategy: params.get('credentials_strategy') } : {}),
    ...(params.get('override') ? { override_credentials_strategy: params.get('override') } : {}),
    ...(params.get('country') ? { iso_country_code: params.get('country') } : {}),
  },
  eventFormat: params.get('format') ?? undefined,
  locale: params.get('locale') ?? undefined,
  consent: params.get('consent')
    ? { data: { id: '555555555555555555', scopes: ['account_details', 'transactions_details'], period_days: 60, from_date: '2026-07-05', to_date: null, collected_by: 'client' } }
    : undefined,
  onEvent: (event) => window.__events.push(event),
  onSuccess: (metadata) => window.__success.push(metadata),
});
window.__mounted = true;
