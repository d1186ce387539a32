// A Salt Edge host (mount-host.js ?vendor=saltedge): its backend forwards Salt Edge's own objects
// through MX's callback names — the provider for the sign-in form, connections for members — as
// Salt Edge's docs show them (tests/fixtures, copied into ./saltedge/). A password other than
// "secret" fails the attempt (InvalidCredentials); with it, the connection asks for an SMS code
// (its interactive stage), and the code 123456 connects it.
const load = async (name) => (await fetch(new URL(`./saltedge/${name}.json`, import.meta.url))).json();

export async function saltEdgeBackend(record) {
  const [provider, interactive, connected] = await Promise.all([
    load('saltedge_provider_show_fakebank_interactive_xf'),
    load('saltedge_connection_interactive_response_sms_stage'),
    load('saltedge_connection_show_response'),
  ]);
  const started = structuredClone(connected);
  started.data.last_attempt = { ...started.data.last_attempt, finished: false, last_stage: { name: 'start' } };
  const refused = structuredClone(connected);
  refused.data.status = 'inactive';
  refused.data.last_attempt = {
    ...refused.data.last_attempt, finished: true, fail_error_class: 'InvalidCredentials',
    fail_message: 'Invalid login or password.', last_stage: { name: 'finish' },
  };
  let current = started; // the connection as Salt Edge would show it now
  const signIn = (name) => async (memberData) => {
    record(name, [memberData]);
    current = memberData.credentials?.password === 'secret' ? interactive : refused;
    return current === refused ? refused : started;
  };
  const bank = { guid: provider.data.code, code: provider.data.code, name: provider.data.name, url: provider.data.home_url };
  return {
    async loadPopularInstitutions(query) { record('loadPopularInstitutions', [query]); return { institutions: [bank] }; },
    async loadInstitutions(query) { record('loadInstitutions', [query]); return { institutions: [bank] }; },
    async getInstitutionCredentials(guid) { record('getInstitutionCredentials', [guid]); return provider; },
    addMember: signIn('addMember'),
    updateMember: signIn('updateMember'),
    async runJob(jobType, memberGuid) { record('runJob', [jobType, memberGuid]); return current === refused ? refused : started; },
    async updateMFA(member) {
      record('updateMFA', [member]);
      if (member.credentials?.sms === '123456') current = connected;
      return started;
    },
    async loadMemberByGuid(guid) { record('loadMemberByGuid', [guid]); return current; },
  };
}
