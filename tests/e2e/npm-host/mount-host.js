// The host's own backend (./backend.js). ?missing=<name> leaves a callback out; ?fault=<callback>:<kind>
// makes its first call fail (./faults.js); ?schema=saltedge answers the form in Salt Edge's shape;
// ?vendor=saltedge|tink|finqware is that vendor's host (./vendor-hosts.js); ?logos=1 gives banks logos; ?format=<name> the event format; ?pending_jobs=1 never finishes a job; ?bench=<n> serves n
// institutions; ?two=1 mounts a second widget; ?locale=<tag> sets its language; ?copy=1 its own texts.
import { mount } from './node_modules/connect-widget/index.js';
import { createBackend } from './backend.js';
import { withFault } from './faults.js';
import { withOAuthBank } from './oauth-bank.js';
import { finqwareBackend, saltEdgeBackend, tinkBackend } from './vendor-hosts.js';

const params = new URLSearchParams(location.search);
window.__calls = [];
const record = (name, args) => window.__calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
const vendorBackends = { saltedge: saltEdgeBackend, tink: tinkBackend, finqware: finqwareBackend };
const vendor = await vendorBackends[params.get('vendor')]?.(record);
const backend = () => {
  let callbacks = vendor ?? createBackend({ record, missing: params.getAll('missing') });
  if (params.get('oauth')) callbacks = withOAuthBank(callbacks, record); // ?oauth=1: an OAuth bank too
  callbacks = withFault(callbacks, params.get('fault'));
  // ?schema=saltedge: the sign-in form comes in Salt Edge's provider shape (`required_fields`).
  if (params.get('schema') === 'saltedge') {
    callbacks.getInstitutionCredentials = async (guid) => {
      record('getInstitutionCredentials', [guid]);
      const field = (name, nature, position) => ({ name, english_name: name[0].toUpperCase() + name.slice(1), localized_name: name, nature, optional: false, position });
      return { data: { code: 'fakebank_simple_xf', required_fields: [field('login', 'text', 1), field('password', 'password', 2)] } };
    };
  }
  // ?logos=1: First Bank's logo is a file of the host, Second Bank's is missing (a 404).
  if (params.get('logos')) {
    const logos = { 'INS-1': new URL('./logo.svg', location.href).href, 'INS-2': new URL('./missing-logo.svg', location.href).href };
    const withLogos = (answer) => ({ institutions: (answer.institutions ?? answer).map((bank) => ({ ...bank, logo_url: logos[bank.guid] })) });
    const { loadPopularInstitutions, loadInstitutions } = callbacks;
    callbacks.loadPopularInstitutions = async (query) => withLogos(await loadPopularInstitutions(query));
    callbacks.loadInstitutions = async (query) => withLogos(await loadInstitutions(query));
  }
  // ?pending_jobs=1: jobs never finish (the endurance script's long polling).
  if (params.get('pending_jobs')) callbacks.loadJob = async (guid) => { record('loadJob', [guid]); return { guid, job_type: 0, status: 0 }; };
  // ?bench=<n>: n institutions, and a search that answers after ?latency=<ms> (scripts/bench.sh).
  const count = Number(params.get('bench') ?? 0);
  if (count) {
    const banks = Array.from({ length: count }, (_, i) => ({
      guid: `INS-B${i}`, code: `bench_${i}`, name: `${['First', 'Second', 'Maple', 'River', 'Harbor'][i % 5]} Bank ${i}`, url: `https://bank${i}.example`,
    }));
    const latency = Number(params.get('latency') ?? 50);
    const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), latency));
    callbacks.loadPopularInstitutions = () => later({ institutions: banks });
    callbacks.loadInstitutions = (query) => later({ institutions: banks.filter((b) => b.name.toLowerCase().includes(query.search_name.toLowerCase())) });
  }
  return callbacks;
};

window.__events = { first: [], second: [] };
window.__success = [];
window.__exits = [];
const options = (name) => ({
  callbacks: backend(),
  clientConfig: { mode: 'aggregation', color_scheme: params.get('client_scheme') ?? 'light' },
  onEvent: (event) => window.__events[name].push(event),
  onSuccess: (metadata) => window.__success.push(metadata),
  onExit: (metadata) => window.__exits.push(metadata),
  theme: params.get('theme') ?? undefined,
  // ?logo_template=1: MX-style institutions (no logo_url) get their logo from the host's template.
  logoUrlTemplate: params.get('logo_template') ? `${new URL('./logo.svg', location.href).href}?for={guid}` : undefined,
  eventFormat: params.get('format') ?? undefined,
  locale: params.get('locale') ?? undefined,
  // ?copy=1: the host's own texts, one of them under a key that does not exist.
  copy: params.get('copy') ? { 'search.popular_heading': 'Banks our customers use', 'search.nope': 'x' } : undefined,
});
window.__handles = { first: await mount(document.getElementById('first'), options('first')) };
if (params.get('two')) window.__handles.second = await mount(document.getElementById('second'), options('second'));
window.__mounted = true;
window.__backend = backend;
window.__mount = mount;
