// <connect-widget>: the widget as a custom element. Configure it with attributes (color-scheme,
// ux-template, brand-color, logo-url-template, locale, dialect, oauth-resume) and properties (callbacks, clientConfig, consent); listen for its events as DOM
// CustomEvents named after the event type (e.g. "connect/stepChange", detail = the envelope).
import { mount } from './index.js';

const ATTRIBUTES = { 'color-scheme': 'colorScheme', 'ux-template': 'uxTemplate', 'brand-color': 'brandColor', 'logo-url-template': 'logoUrlTemplate', locale: 'locale', dialect: 'dialect', 'oauth-resume': 'oauthResume' };

/** `value` when it is an object (or nothing); a TypeError naming property `name` otherwise. */
function objectOrNothing(name, value) {
  if (value != null && (typeof value !== 'object' || Array.isArray(value))) throw new TypeError(`<connect-widget>: ${name} must be an object`);
  return value;
}

export class ConnectWidgetElement extends HTMLElement {
  static observedAttributes = Object.keys(ATTRIBUTES);

  #callbacks = null;
  #clientConfig = undefined;
  #consent = undefined;
  #handle = null;
  #generation = 0;

  /** The host's backend (MX callback names); setting it (re)starts the widget. */
  get callbacks() { return this.#callbacks; }
  set callbacks(value) {
    if (value != null && typeof value !== 'object') throw new TypeError('<connect-widget>: callbacks must be an object of the host\'s callbacks (MX names)');
    this.#callbacks = value;
    this.#restart();
  }

  /** MX clientConfig passed to the callbacks that take a config. */
  get clientConfig() { return this.#clientConfig; }
  set clientConfig(value) {
    this.#clientConfig = objectOrNothing('clientConfig', value);
    this.#restart();
  }

  /** The consent to ask the user for before any form or bank's page (see `mount()`'s `consent`). */
  get consent() { return this.#consent; }
  set consent(value) {
    this.#consent = objectOrNothing('consent', value);
    this.#restart();
  }

  /** Goes one step back (see the npm handle's `back()`). */
  back() { this.#handle?.back(); }

  connectedCallback() { this.#restart(); }

  disconnectedCallback() { this.#stop(); }

  /** A new `locale` switches the running widget's language; other attributes restart it. */
  attributeChangedCallback(name) {
    if (name !== 'locale' || !this.#handle) return this.#restart();
    this.#handle.setLocale(this.getAttribute('locale') ?? 'en').catch((error) => console.error(`<connect-widget>: ${error.message}`));
  }

  #stop() {
    this.#generation += 1;
    this.#handle?.destroy();
    this.#handle = null;
  }

  async #restart() {
    this.#stop();
    if (!this.isConnected || !this.#callbacks) return;
    const generation = this.#generation;
    const options = {
      callbacks: this.#callbacks,
      clientConfig: this.#clientConfig,
      consent: this.#consent,
      onEvent: (event) => this.dispatchEvent(new CustomEvent(event.type, { detail: event, bubbles: true, composed: true })),
    };
    for (const [attribute, option] of Object.entries(ATTRIBUTES)) {
      if (this.hasAttribute(attribute)) options[option] = this.getAttribute(attribute);
    }
    const handle = await mount(this, options);
    if (generation === this.#generation) this.#handle = handle;
    else handle.destroy(); // removed or reconfigured while loading
  }
}

if (!customElements.get('connect-widget')) customElements.define('connect-widget', ConnectWidgetElement);
