// connect-widget/embed: the iframe loader. Creates the widget's iframe, performs the ping/ack
// handshake, sends the configuration, answers the widget's calls with the host's callbacks
// (the postMessage bridge) and passes its events on. Loads no WebAssembly itself.
import { checkOptions, COMMON_OPTIONS, FATAL_OPTIONS, jsonText } from './options.js';

const CHANNEL = 'connect_widget_bridge';
const VERSION = 1;
/** The callbacks the widget may call through the bridge (MX names); nothing else is reachable. */
const CALLBACKS = new Set([
  'loadPopularInstitutions', 'loadInstitutions', 'loadDiscoveredInstitutions', 'loadInstitutionByGuid',
  'loadInstitutionByCode', 'getInstitutionCredentials', 'getMemberCredentials', 'addMember', 'updateMember',
  'updateMFA', 'deleteMember', 'loadMembers', 'loadMemberByGuid', 'runJob', 'loadJob', 'oAuthStart',
  'getOAuthWindowURI', 'loadOAuthStates', 'loadOAuthState', 'verifyRoutingNumber', 'createMicrodeposit',
  'loadMicrodepositByGuid', 'updateMicrodeposit', 'refreshMicrodepositStatus', 'verifyMicrodeposit',
  'createAccount', 'createSupportTicket', 'oAuthComplete',
]);
/** Callbacks the widget does without (a host need not provide them: no `missing_callback`). */
const OPTIONAL = new Set(['loadDiscoveredInstitutions']);
/** Loader options sent to the widget as configuration keys. */
const CONFIG_KEYS = {
  locale: 'locale', colorScheme: 'color_scheme', theme: 'color_scheme', uxTemplate: 'ux_template', brandColor: 'brand_color', logoUrlTemplate: 'logo_url_template', dialect: 'dialect', eventFormat: 'event_format', oauthResume: 'oauth_resume',
};

/** A rejection as plain data the widget can read: `Error` → {name, message}; other values as JSON. */
function serialiseRejection(reason) {
  if (reason instanceof Error) return { name: reason.name, message: reason.message };
  try {
    return JSON.parse(JSON.stringify(reason ?? null));
  } catch {
    return { message: String(reason) };
  }
}

/** What `embed()` takes besides the options every embedding shares. */
const EMBED_OPTIONS = {
  ...COMMON_OPTIONS, copy: 'object', url: 'any', container: 'any', allowedOrigins: 'array', onError: 'function', title: 'string', handshakeTimeoutMs: 'number',
};

/** The widget page's URL: http(s) only (a `javascript:` URL would run in the host's page). */
function widgetUrl(url) {
  let src;
  try {
    src = new URL(url, location.href);
  } catch {
    throw new TypeError('embed: options.url must be the widget page\'s http(s) URL');
  }
  if (src.protocol !== 'https:' && src.protocol !== 'http:') throw new TypeError(`embed: options.url must be http(s), not ${src.protocol}`);
  return src;
}

/** The origins whose messages are read: exact origins only (`https://widget.example`, no path). */
function exactOrigins(origins) {
  for (const origin of origins) {
    let exact;
    try { exact = new URL(origin).origin; } catch { exact = null; }
    if (typeof origin !== 'string' || exact !== origin) throw new TypeError(`embed: options.allowedOrigins must list origins such as https://widget.example, not ${JSON.stringify(origin)}`);
  }
  return origins;
}

/** Embeds the widget page at `options.url` in an iframe inside `options.container`. */
export function embed(rawOptions) {
  const { options, problems } = checkOptions('embed', rawOptions, EMBED_OPTIONS, [...FATAL_OPTIONS, 'onError', 'allowedOrigins']);
  const { url, container, callbacks, onEvent, onSuccess, onExit, onError, clientConfig } = options;
  if (!(container instanceof Element)) throw new TypeError('embed: options.container must be an element');
  if (!callbacks) throw new TypeError('embed: options.callbacks must be an object of the host\'s callbacks (MX names)');
  const src = widgetUrl(url);
  const widgetOrigin = src.origin;
  const allowedOrigins = exactOrigins(options.allowedOrigins ?? [widgetOrigin]);
  if (!allowedOrigins.includes(widgetOrigin)) throw new TypeError(`embed: ${widgetOrigin} is not in options.allowedOrigins`);
  src.searchParams.set('host_origin', location.origin);
  src.searchParams.set('backend', 'bridge');

  const iframe = document.createElement('iframe');
  iframe.title = options.title ?? 'Connect your bank account';
  iframe.src = src.href;
  iframe.style.cssText = 'display:block;width:100%;border:0;height:600px';
  const report = (code, message) => {
    console.error(`connect-widget/embed: ${message}`);
    onError?.({ code, message });
  };
  for (const message of problems) onError?.({ code: 'invalid_config', message });

  let connected = false;
  let destroyed = false;
  /** onSuccess is called for the first connection only (the widget emits `exit` once itself). */
  let succeeded = false;
  let settle;
  const ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
  ready.catch(() => {}); // a host that ignores `ready` still hears of failures through onError
  const post = (message) => iframe.contentWindow?.postMessage({ [CHANNEL]: VERSION, ...message }, widgetOrigin);
  const ping = () => { if (!connected) post({ kind: 'ping' }); };
  const pinging = setInterval(ping, 100);
  const deadline = setTimeout(() => {
    if (connected) return;
    clearInterval(pinging);
    report('handshake_timeout', `the widget at ${widgetOrigin} did not answer the handshake`);
    settle.reject(new Error('connect-widget/embed: handshake timed out'));
  }, options.handshakeTimeoutMs ?? 15000);

  function configure() {
    connected = true;
    clearInterval(pinging);
    clearTimeout(deadline);
    const config = {};
    for (const [option, key] of Object.entries(CONFIG_KEYS)) if (options[option] != null) config[key] = String(options[option]);
    if (onExit) config.close_button = 'true';
    if (options.copy) config.copy = jsonText(options.copy); // the widget checks its keys
    if (options.consent) config.consent = jsonText(options.consent);
    post({ kind: 'config', config, client_config: clientConfig ?? null });
    settle.resolve();
  }

  async function answer({ id, name, args }) {
    const callback = CALLBACKS.has(name) ? callbacks[name] : undefined;
    if (typeof callback !== 'function') {
      if (!OPTIONAL.has(name)) report('missing_callback', `the widget needs the \`${name}\` callback`);
      return post({ kind: 'response', id, ok: false, missing: true });
    }
    let response;
    try {
      const value = await callback.apply(callbacks, Array.isArray(args) ? args : []);
      response = { kind: 'response', id, ok: true, value: JSON.parse(JSON.stringify(value ?? null)) };
    } catch (reason) {
      response = { kind: 'response', id, ok: false, error: serialiseRejection(reason) };
    }
    if (!destroyed) post(response);
  }

  function deliver({ name, metadata, message }) {
    if (name === 'resize' && Number.isFinite(metadata?.height)) iframe.style.height = `${metadata.height}px`;
    if (message !== undefined) onEvent?.(message);
    // Later connections reach onEvent only.
    if (name === 'memberConnected' && !succeeded) {
      succeeded = true;
      onSuccess?.({ member_guid: metadata.member_guid });
    }
    if (name === 'exit') onExit?.({ step: metadata.step, reason: metadata.reason });
  }

  function onMessage(event) {
    if (event.source !== iframe.contentWindow) return; // another window: not ours to read
    const data = event.data;
    if (!data || typeof data !== 'object' || !(CHANNEL in data)) return;
    if (!allowedOrigins.includes(event.origin)) return report('foreign_origin', `ignored a message from ${event.origin}`);
    if (data[CHANNEL] !== VERSION) return report('bridge_version', `ignored a bridge message of version ${data[CHANNEL]}`);
    if (data.kind === 'ack' && !connected) configure();
    else if (data.kind === 'request' && connected) answer(data);
    else if (data.kind === 'event') deliver(data);
  }

  window.addEventListener('message', onMessage);
  iframe.addEventListener('load', ping);
  container.append(iframe);

  return {
    /** The iframe element. */
    iframe,
    /** Resolves once the widget has answered the handshake and received its configuration. */
    ready,
    /** Asks the widget to go one step back (as the npm handle's `back()`). */
    back() {
      if (connected && !destroyed) post({ kind: 'back' });
    },
    /** Switches the widget to the language `tag` (`en`, `es`, `fr`, `fr-CA`, `ro`, `sv`); one it
     * does not speak is reported as an `error` event (`invalid_config`). */
    setLocale(tag) {
      if (connected && !destroyed) post({ kind: 'locale', locale: String(tag) });
    },
    /** Removes the iframe and every listener; pending answers are dropped. */
    destroy() {
      destroyed = true;
      clearInterval(pinging);
      clearTimeout(deadline);
      window.removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
}
