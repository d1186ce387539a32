// connect-widget: load the WebAssembly module once, then mount widgets.
import init, { catalogueNames, mount as mountWasm } from './connect_widget.js';
import { checkOptions, COMMON_OPTIONS, FATAL_OPTIONS, jsonText } from './options.js';

let ready;

/** The languages besides English, fetched when a widget needs them. Each URL is written out so
 * that bundlers (Vite, webpack, …) see and emit the file. */
const CATALOGUES = {
  es: new URL('./locales/es.json', import.meta.url).href,
  fr: new URL('./locales/fr.json', import.meta.url).href,
  'fr-CA': new URL('./locales/fr-CA.json', import.meta.url).href,
  ro: new URL('./locales/ro.json', import.meta.url).href,
  sv: new URL('./locales/sv.json', import.meta.url).href,
};
/** Every message key, in the catalogues' order: read only when the host overrides texts (`copy`). */
const KEYS = new URL('./locales/keys.json', import.meta.url).href;

/**
 * Renders the widget into `element` (an element, or a selector for one); resolves to a handle with
 * `destroy()`. Rejects with a TypeError for what cannot work (no such element, no callbacks, a
 * callback option that is not a function); other unusable options are left out, warned about in
 * the console and reported as `invalid_config` events.
 */
export async function mount(element, options) {
  const target = typeof element === 'string' ? document.querySelector(element) : element;
  if (!(target instanceof HTMLElement)) {
    throw new TypeError(typeof element === 'string' ? `mount: no element matches "${element}"` : 'mount: the first argument must be an element or a selector');
  }
  const checked = checkOptions('mount', options, { ...COMMON_OPTIONS, copy: 'object' }, FATAL_OPTIONS);
  if (!checked.options.callbacks) throw new TypeError('mount: options.callbacks must be an object of the host\'s callbacks (MX names)');
  ready ??= init({ module_or_path: new URL('./connect_widget_bg.wasm', import.meta.url) });
  await ready;
  // An unsupported locale loads nothing here: the module reports it with the other options.
  const language = typeof checked.options.locale === 'string' ? await loadCatalogues(checked.options.locale).catch(() => ({})) : {};
  const copy = await hostCopy(checked.options.copy);
  const withCopy = (catalogues) => (copy.catalogue ? [copy.catalogue, ...(catalogues ?? [])] : catalogues);
  const handle = mountWasm(target, {
    ...checked.options,
    consent: jsonText(checked.options.consent),
    hostProblems: [...checked.problems, ...copy.problems].join('\n'),
    catalogues: withCopy(language.catalogues),
    missingCatalogues: language.missing,
  });
  let latest = 0;
  handle.setLocale = async (tag) => {
    const request = ++latest;
    const { catalogues, missing } = await loadCatalogues(String(tag));
    if (request === latest && live.has(handle)) handle.setTexts(String(tag), withCopy(catalogues), missing);
  };
  return keepAlive(target, handle);
}

/** The host's texts (`copy`: message key → text) as a catalogue ahead of every language's, and
 * the problems with it (a key the widget does not have, a text that is not a string). */
async function hostCopy(copy) {
  if (!copy) return { problems: [] };
  const keys = await fetch(KEYS).then((response) => (response.ok ? response.json() : null)).catch(() => null);
  const usable = (text) => typeof text === 'string'
    || (typeof text === 'object' && text !== null && !Array.isArray(text) && Object.values(text).every((form) => typeof form === 'string'));
  const problems = Array.isArray(keys)
    ? Object.entries(copy).filter(([key, text]) => !keys.includes(key) || !usable(text)).map(([key]) => `options.copy.${key}: ${
      keys.includes(key) ? 'a text is a string, or plural forms of strings' : 'no message has this key (docs/copy.md lists them)'}; ignored`)
    : ['options.copy: the list of message keys could not be loaded; the widget\'s own texts are shown'];
  for (const problem of problems) console.warn(`connect-widget: ${problem}`);
  return { catalogue: Array.isArray(keys) ? keys.map((key) => (usable(copy[key]) ? copy[key] : null)) : undefined, problems };
}

/** Fetches the catalogues the locale `tag` reads (most specific first; `null` for each that could
 * not be loaded, named in `missing`). Throws a TypeError for a language the widget does not speak. */
async function loadCatalogues(tag) {
  const names = catalogueNames(tag).split(' ').filter(Boolean);
  const catalogues = await Promise.all(names.map((name) => fetch(CATALOGUES[name])
    .then((response) => (response.ok ? response.json() : null)).catch(() => null)));
  return { catalogues, missing: names.filter((_, i) => !Array.isArray(catalogues[i])) };
}

/** Mounted widgets: a handle the host drops must not take its widget with it at the next
 * garbage collection (wasm-bindgen frees a collected handle). */
const live = new Set();

/** Keeps `handle` until its `destroy()`, which also runs once `target` (on the page now) leaves it. */
function keepAlive(target, handle) {
  live.add(handle);
  const observer = new MutationObserver(() => { if (!target.isConnected) handle.destroy(); });
  if (target.isConnected) observer.observe(document, { childList: true, subtree: true });
  const destroy = handle.destroy.bind(handle);
  handle.destroy = () => {
    observer.disconnect();
    if (live.delete(handle)) destroy();
  };
  return handle;
}
