// A host's own backend in plain JavaScript with MX's callback names and shapes: two banks with a
// username/password form; the password "secret" connects, "mfa" asks for the code 123456 first
// (MX's member `mfa`, answered with updateMFA), any other is refused. Used by the npm
// host pages (mount, custom element, iframe loader) and by the HTTP reference server.
export const banks = [
  { guid: 'INS-1', code: 'first_bank', name: 'First Bank', url: 'https://first.example' },
  { guid: 'INS-2', code: 'second_bank', name: 'Second Bank', url: 'https://second.example' },
];

/**
 * The callbacks; `record(name, args)` hears every call, `missing` names callbacks to leave out.
 * Searching "broken" rejects axios-style with a 503.
 */
export function createBackend({ record = () => {}, missing = [] } = {}) {
  const accepted = new Map();
  const challenged = new Map(); // members waiting for the MFA code
  const callbacks = {
    async loadPopularInstitutions(query) { record('loadPopularInstitutions', [query]); return { institutions: banks }; },
    async loadInstitutions(query) {
      record('loadInstitutions', [query]);
      if (query.search_name === 'broken') throw { response: { status: 503, data: { message: 'Search is down' } } };
      return banks.filter((b) => b.name.toLowerCase().includes(String(query.search_name).toLowerCase()));
    },
    async loadInstitutionByCode(code) {
      record('loadInstitutionByCode', [code]);
      const bank = banks.find((b) => b.code === code);
      if (!bank) throw { response: { status: 404, data: { message: `No institution ${code}` } } };
      return { institution: bank };
    },
    async getInstitutionCredentials(guid) {
      record('getInstitutionCredentials', [guid]);
      return { credentials: [
        { guid: 'CRD-U', field_name: 'LOGIN', field_type: 3, label: 'Username', display_order: 1, optional: false },
        { guid: 'CRD-P', field_name: 'PASSWORD', field_type: 1, label: 'Password', display_order: 2, optional: false },
      ] };
    },
    async addMember(memberData, config, isHuman) {
      record('addMember', [memberData, config, isHuman]);
      const guid = `MBR-${memberData.institution_guid.slice(4)}`;
      const password = memberData.credentials.find((c) => c.guid === 'CRD-P')?.value;
      accepted.set(guid, password === 'secret');
      challenged.set(guid, password === 'mfa');
      return { member: { guid, connection_status: 0, is_being_aggregated: true } };
    },
    async runJob(jobType, memberGuid, config, isHuman) {
      record('runJob', [jobType, memberGuid, config, isHuman]);
      return { job_guid: `JOB-${memberGuid}`, status: 0 };
    },
    async loadJob(guid) {
      record('loadJob', [guid]);
      const member = guid.slice(4);
      const status = challenged.get(member) ? 3 : accepted.get(member) ? 6 : 2;
      return { guid, job_type: 0, status, finished_at: 1700000000 };
    },
    async loadMemberByGuid(guid, locale) {
      record('loadMemberByGuid', [guid, locale]);
      if (challenged.get(guid)) {
        const code = { guid: 'MFA-CODE', label: 'Enter the code we sent to your phone', field_type: 0, display_order: 1 };
        return { member: { guid, connection_status: 'CHALLENGED', mfa: { credentials: [code] } } };
      }
      return accepted.get(guid)
        ? { member: { guid, connection_status: 'CONNECTED' } }
        : { member: { guid, connection_status: 'DENIED', error: { error_code: 1000, user_message: 'Wrong password, says the host.' } } };
    },
    async createSupportTicket(ticket) {
      record('createSupportTicket', [ticket]);
      return {};
    },
    async updateMFA(memberData, config, isHuman) {
      record('updateMFA', [memberData, config, isHuman]);
      const right = memberData.credentials.some((c) => c.guid === 'MFA-CODE' && c.value === '123456');
      challenged.set(memberData.guid, !right);
      accepted.set(memberData.guid, right);
      return { member: { guid: memberData.guid, connection_status: 'CREATED', is_being_aggregated: true } };
    },
  };
  for (const name of missing) delete callbacks[name];
  return callbacks;
}
