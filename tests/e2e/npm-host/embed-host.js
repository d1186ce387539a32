// ?widget=<url of the widget page>; ?two=1 embeds a second widget; ?format=mx|saltedge;
// ?missing=<callback> leaves a callback out; ?timeout=<ms> shortens the handshake deadline;
// ?institution=<code> preselects an institution (clientConfig current_institution_code);
// ?keep_search=1 adds disable_institution_search; ?copy=1 the host's own texts (one under a key that does not exist).
// Counts the page's message listeners, so a test can see destroy() remove the loader's.
window.__messageListeners = 0;
const add = window.addEventListener.bind(window);
const remove = window.removeEventListener.bind(window);
window.addEventListener = (type, ...rest) => { if (type === 'message') window.__messageListeners += 1; add(type, ...rest); };
window.removeEventListener = (type, ...rest) => { if (type === 'message') window.__messageListeners -= 1; remove(type, ...rest); };
import { embed } from './node_modules/connect-widget/embed.js';
import { createBackend } from './backend.js';

const params = new URLSearchParams(location.search);
window.__calls = [];
window.__events = { first: [], second: [] };
window.__success = [];
window.__exits = [];
window.__errors = [];
const record = (name, args) => window.__calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
const embedInto = (name) => embed({
  url: params.get('widget'),
  container: document.getElementById(name),
  title: `Connect your bank (${name})`,
  callbacks: createBackend({ record, missing: params.getAll('missing') }),
  clientConfig: {
    mode: 'aggregation',
    color_scheme: 'light',
    ...(params.get('institution') ? { current_institution_code: params.get('institution') } : {}),
    ...(params.get('keep_search') ? { disable_institution_search: true } : {}),
  },
  eventFormat: params.get('format') ?? undefined,
  onEvent: (event) => window.__events[name].push(event),
  onSuccess: (metadata) => window.__success.push(metadata),
  onExit: (metadata) => window.__exits.push(metadata),
  theme: params.get('theme') ?? undefined,
  copy: params.get('copy') ? { 'search.popular_heading': 'Banks our customers use', 'search.nope': 'x' } : undefined,
  onError: (error) => window.__errors.push(error),
  handshakeTimeoutMs: Number(params.get('timeout') ?? 15000),
});
window.__handles = { first: embedInto('first') };
if (params.get('two')) window.__handles.second = embedInto('second');
window.__ready = Promise.all(Object.values(window.__handles).map((h) => h.ready)).then(() => 'ready', (e) => e.message);
window.__mounted = true;
