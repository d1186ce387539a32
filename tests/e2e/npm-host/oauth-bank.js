// An OAuth bank for the npm host's backend (?oauth=1 on the host page): MX's OAuth callbacks as a
// host implements them. Its page is a harmless file of the host (the test never signs in there):
// the authorization succeeds on the second loadOAuthStates, as if the user had approved.
const BANK = { guid: 'INS-3', code: 'oauth_bank', name: 'OAuth Bank', url: 'https://oauth.example', supports_oauth: true };
const MEMBER = 'MBR-3';

/** `callbacks` with the OAuth bank added; `record(name, args)` hears its calls. */
export function withOAuthBank(callbacks, record) {
  let polls = 0;
  const listed = (answer) => ({ institutions: [...(answer.institutions ?? answer), BANK] });
  return {
    ...callbacks,
    async loadPopularInstitutions(query) { return listed(await callbacks.loadPopularInstitutions(query)); },
    async addMember(memberData, config, isHuman) {
      if (memberData.institution_guid !== BANK.guid) return callbacks.addMember(memberData, config, isHuman);
      record('addMember', [memberData, config, isHuman]);
      return { member: { guid: MEMBER, connection_status: 'PENDING', is_oauth: true } };
    },
    async getOAuthWindowURI(guid) {
      record('getOAuthWindowURI', [guid]);
      return { member: { guid, oauth_window_uri: `${location.origin}/host.css?state=host-${guid}` } };
    },
    async oAuthStart(payload) { record('oAuthStart', [payload]); return { member: payload.member }; },
    async loadOAuthStates(query) {
      record('loadOAuthStates', [query]);
      polls += 1;
      const authStatus = polls >= 2 ? 2 : 1;
      return { oauth_states: [{ guid: 'OAS-1', auth_status: authStatus, outbound_member_guid: query.outbound_member_guid }] };
    },
    async runJob(jobType, memberGuid, config, isHuman) {
      if (memberGuid !== MEMBER) return callbacks.runJob(jobType, memberGuid, config, isHuman);
      record('runJob', [jobType, memberGuid]);
      return { job_guid: `JOB-${MEMBER}`, status: 0 };
    },
    async loadJob(guid) {
      if (guid !== `JOB-${MEMBER}`) return callbacks.loadJob(guid);
      record('loadJob', [guid]);
      return { guid, job_type: 0, status: 6, finished_at: 1700000000 };
    },
    async loadMemberByGuid(guid, locale) {
      if (guid !== MEMBER) return callbacks.loadMemberByGuid(guid, locale);
      record('loadMemberByGuid', [guid, locale]);
      return { member: { guid, connection_status: 'CONNECTED' } };
    },
  };
}
