// Types of connect-widget/embed: the iframe loader and its postMessage bridge.
import type { Callbacks, ClientConfig, Consent, MxEvent, WidgetEvent } from './index.js';

export interface EmbedOptions {
  /** The widget page's URL (served on its own origin); `host_origin` and `backend=bridge` are added. */
  url: string | URL;
  /** Where the iframe goes. */
  container: Element;
  /** The host's backend (MX callback names), called through the bridge. */
  callbacks: Callbacks;
  /** Origins whose messages are read; defaults to the origin of `url`, which must be among them. */
  allowedOrigins?: string[];
  clientConfig?: ClientConfig;
  /** Every event, in order (a JSON string with `eventFormat: 'saltedge'`). */
  onEvent?(event: WidgetEvent | MxEvent | string): void;
  /** The connection succeeded. */
  onSuccess?(metadata: { member_guid: string }): void;
  /** The user pressed Close (shown only when `onExit` is given); remove the widget then. */
  onExit?(metadata: { step: string; reason: 'user_closed' }): void;
  /** A loader-side problem: `handshake_timeout`, `missing_callback`, `foreign_origin`, `bridge_version`. */
  onError?(error: { code: string; message: string }): void;
  /**
   * Your own texts, by message key (docs/copy.md lists every key), in every language:
   * `{ 'search.heading': 'Find your bank' }`; plural messages take `{ one: …, other: … }`. A key
   * the widget does not have is reported (an `error` event, `invalid_config`) and ignored.
   */
  copy?: Record<string, string | Record<string, string>>;
  /** The iframe's accessible title (default "Connect your bank account"). */
  title?: string;
  locale?: string;
  /**
   * `light` (default), `dark`, or `auto` (the user's system setting, followed as it changes);
   * `colorScheme` is the same, under MX's name.
   */
  theme?: 'light' | 'dark' | 'auto';
  colorScheme?: 'light' | 'dark' | 'auto';
  /** The density: `default`, or `compact` (less space; Finqware's template name). */
  uxTemplate?: 'default' | 'compact';
  /**
   * Your brand colour for primary buttons and links, `#rrggbb` or `#rgb`. Used in each colour
   * scheme where it has at least 4.5:1 contrast (WCAG AA); elsewhere the widget's own colour
   * stays, and an `invalid_config` error says so.
   */
  brandColor?: string;
  /**
   * The logo of an institution the backend sends without a `logo_url` (MX's institutions have
   * none): an https URL with `{guid}` or `{code}`, e.g. `https://cdn.example/logos/{guid}.png`.
   */
  logoUrlTemplate?: string;
  /** Ask the user's consent before any form or bank's page (see `mount()`'s `consent`). */
  consent?: Consent;
  dialect?: 'mx' | 'saltedge' | 'tink';
  eventFormat?: 'native' | 'mx' | 'saltedge';
  /** The bank's parameters after a top-level redirect (`oauthReturn()`'s `queryString`): the widget picks up that attempt. */
  oauthResume?: string;
  /** How long to wait for the widget's handshake (default 15000 ms). */
  handshakeTimeoutMs?: number;
}

export interface EmbeddedWidget {
  /** The iframe element (sized to the widget's content). */
  iframe: HTMLIFrameElement;
  /** Resolves once the widget answered the handshake and received its configuration. */
  ready: Promise<void>;
  /** Goes one step back (form → search; connecting, MFA or failure → form; connected → search). */
  back(): void;
  /**
   * Switches the widget to another language (`en`, `es`, `fr`, `fr-CA`, `ro`, `sv`); the step on
   * screen is drawn again in it. A language it does not speak is reported as an `error` event
   * (`invalid_config`).
   */
  setLocale(locale: string): void;
  /** Removes the iframe and every listener. */
  destroy(): void;
}

/** Embeds the widget page in an iframe and bridges its calls to `callbacks`. */
export function embed(options: EmbedOptions): EmbeddedWidget;
