// Hosts whose backends forward their vendor's own objects through MX's callback names, as the
// vendors' docs show them (tests/fixtures, copied into ./fixtures/ by support.mjs): mount-host.js
// ?vendor=saltedge, tink or finqware. Each has one bank; a wrong sign-in fails the attempt, a right
// one asks one more question (the challenge), and answering it connects.
const load = async (name) => (await fetch(new URL(`./fixtures/${name}.json`, import.meta.url))).json();

/** The host's logo file: the vendors' providers point at it (the samples' CDNs are not reachable here). */
const LOGO = new URL('./logo.svg', import.meta.url).href;

/** The fixtures each host reads. */
export const VENDOR_FIXTURES = [
  'saltedge_provider_show_fakebank_interactive_xf', 'saltedge_connection_interactive_response_sms_stage',
  'saltedge_connection_show_response', 'saltedge_accounts_list_response', 'tink_provider_handelsbanken_bankid_with_fields',
  'tink_credentials_status_authenticating', 'tink_credentials_awaiting_supplemental_information_optin',
  'tink_credentials_get_response',
];

/**
 * MX's callbacks over one vendor's objects: `institutions` answers the searches (the vendor's own
 * list), `form` answers getInstitutionCredentials; a sign-in
 * whose credentials `accepts` is `started`, then `challenged` until updateMFA answers, then
 * `connected` (after the members in `fetching`, one per poll); any other ends as
 * `otherwise(credentials)` says (a member, or a thrown refusal), else `refused`.
 */
function forwardingBackend(record, { institutions, form, accepts, started, refused, challenged, connected, otherwise = () => null, fetching = [] }) {
  let current = started; // the member as the vendor would show it now
  let fetched = []; // what the member shows, poll by poll, between the answer and `connected`
  const signIn = (name) => async (memberData) => {
    record(name, [memberData]);
    current = accepts(memberData.credentials) ? challenged : otherwise(memberData.credentials) ?? refused;
    return current === challenged ? started : current;
  };
  return {
    async loadPopularInstitutions(query) { record('loadPopularInstitutions', [query]); return institutions; },
    async loadInstitutions(query) { record('loadInstitutions', [query]); return institutions; },
    async getInstitutionCredentials(guid) { record('getInstitutionCredentials', [guid]); return form; },
    addMember: signIn('addMember'),
    updateMember: signIn('updateMember'),
    async runJob(jobType, memberGuid) { record('runJob', [jobType, memberGuid]); return current === challenged ? started : current; },
    async updateMFA(member) { record('updateMFA', [member]); current = connected; fetched = [...fetching]; return started; },
    async loadMemberByGuid(guid) { record('loadMemberByGuid', [guid]); return fetched.shift() ?? current; },
  };
}

/**
 * Salt Edge: the provider's `required_fields`, connections (the connected one with its accounts);
 * the password "secret", then an SMS code.
 * The password "twice" fails the attempt as a duplicated connection; "taken" is refused at once
 * with Salt Edge's error object (409 ConnectionDuplicated).
 */
export async function saltEdgeBackend(record) {
  const [provider, challenged, shown, accounts] = await Promise.all([
    load('saltedge_provider_show_fakebank_interactive_xf'),
    load('saltedge_connection_interactive_response_sms_stage'),
    load('saltedge_connection_show_response'),
    load('saltedge_accounts_list_response'),
  ]);
  // The connection with its accounts (Salt Edge's accounts list), as the host's backend attaches them.
  const connected = { data: { ...shown.data, accounts } };
  const attempt = (connection, changes) => ({ data: { ...connection.data, last_attempt: { ...connection.data.last_attempt, ...changes } } });
  return forwardingBackend(record, {
    institutions: { data: [{ ...provider.data, logo_url: LOGO }] }, // Salt Edge's providers list
    form: provider,
    accepts: (credentials) => credentials?.password === 'secret',
    started: attempt(connected, { finished: false, last_stage: { name: 'start' } }),
    refused: attempt(connected, {
      finished: true, fail_error_class: 'InvalidCredentials', fail_message: 'Invalid login or password.', last_stage: { name: 'finish' },
    }),
    otherwise: ({ password }) => {
      if (password === 'taken') {
        throw { response: { status: 409, data: { error: { class: 'ConnectionDuplicated', message: 'The client tried to create a connection that already exists' } } } };
      }
      return password === 'twice'
        ? attempt(connected, { finished: true, fail_error_class: 'ConnectionDuplicated', last_stage: { name: 'finish' } })
        : null;
    },
    challenged,
    connected,
    // What the bank fetches once answered, as the connection's last stage says.
    fetching: ['fetch_accounts', 'fetch_recent'].map((name) => attempt(connected, { finished: false, last_stage: { name } })),
  });
}

/** Tink: the provider's `fields`, credentials objects (the updated one with the account added); the personal number 198410045701, then the accounts to add. */
export async function tinkBackend(record) {
  const [provider, started, challenged, connected] = await Promise.all([
    load('tink_provider_handelsbanken_bankid_with_fields'),
    load('tink_credentials_status_authenticating'),
    load('tink_credentials_awaiting_supplemental_information_optin'),
    load('tink_credentials_get_response'),
  ]);
  return forwardingBackend(record, {
    institutions: { providers: [{ ...provider, images: { icon: LOGO } }] }, // Tink's providers list
    form: provider,
    accepts: (credentials) => credentials?.username === connected.fields.username,
    started: { ...started, id: connected.id, providerName: provider.name },
    refused: { ...connected, status: 'AUTHENTICATION_ERROR', statusPayload: 'Wrong personal number.' },
    challenged: { ...challenged, id: connected.id },
    // The account added at the opt-in, as the host's backend lists it (Tink's account object).
    connected: { ...connected, accounts: [{ name: 'ISK', type: 'INVESTMENT', accountNumber: '9999-444444444444' }] },
  });
}

/**
 * Finqware: MX's sign-in form (Finqware has no form of its own), consents; the password "testbt",
 * then the bank's SCA page (./finqware-sca.html, whose approval returns through ./oauth-return.html).
 */
export async function finqwareBackend(record) {
  const consent = (status, more = {}) => ({ consent: { id: 'CONSENT-1', status, flow_type: 'redirect_sca', ...more } });
  const field = (guid, label, type, order) => ({ guid, label, field_type: type, display_order: order, optional: false });
  return forwardingBackend(record, {
    institutions: { institutions: [{ guid: 'bt_ro', code: 'bt_ro', name: 'Banca Transilvania', url: 'https://www.bancatransilvania.ro' }] },
    form: { credentials: [field('CRD-USER', 'Username', 3, 1), field('CRD-PASSWORD', 'Password', 1, 2)] },
    accepts: (credentials) => credentials?.find?.((c) => c.guid === 'CRD-PASSWORD')?.value === 'testbt',
    started: consent('requested'),
    refused: consent('failed'),
    challenged: consent('awaiting_authz', { sca_url: new URL('./finqware-sca.html', location.href).href }),
    connected: consent('active'),
  });
}
