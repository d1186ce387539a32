// A Salt Edge host (mount-host.js ?vendor=saltedge): its backend forwards Salt Edge's own objects
// through MX's callback names — the provider for the sign-in form, connections for members — as
// Salt Edge's docs show them (tests/fixtures, copied into ./saltedge/). The connection asks for an
// SMS code (its interactive stage); the code 123456 connects it.
const load = async (name) => (await fetch(new URL(`./saltedge/${name}.json`, import.meta.url))).json();

export async function saltEdgeBackend(record) {
  const [provider, interactive, connected] = await Promise.all([
    load('saltedge_provider_show_fakebank_interactive_xf'),
    load('saltedge_connection_interactive_response_sms_stage'),
    load('saltedge_connection_show_response'),
  ]);
  const started = structuredClone(connected);
  started.data.last_attempt = { ...started.data.last_attempt, finished: false, last_stage: { name: 'start' } };
  const bank = { guid: provider.data.code, code: provider.data.code, name: provider.data.name, url: provider.data.home_url };
  let answered = false;
  return {
    async loadPopularInstitutions(query) { record('loadPopularInstitutions', [query]); return { institutions: [bank] }; },
    async loadInstitutions(query) { record('loadInstitutions', [query]); return { institutions: [bank] }; },
    async getInstitutionCredentials(guid) { record('getInstitutionCredentials', [guid]); return provider; },
    async addMember(memberData) { record('addMember', [memberData]); return started; },
    async runJob(jobType, memberGuid) { record('runJob', [jobType, memberGuid]); return started; },
    async updateMFA(member) {
      record('updateMFA', [member]);
      answered = member.credentials?.sms === '123456';
      return started;
    },
    async loadMemberByGuid(guid) { record('loadMemberByGuid', [guid]); return answered ? connected : interactive; },
  };
}
