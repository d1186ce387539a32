// Types of connect-widget/element: the <connect-widget> custom element.
import type { Callbacks, ClientConfig, Consent, WidgetEvent } from './index.js';

/** `<connect-widget color-scheme="dark" ux-template="compact" brand-color="#0b57d0" locale="fr-CA" dialect="mx">`; set `callbacks` to start it (a new `locale` switches its language). */
export class ConnectWidgetElement extends HTMLElement {
  /** The host's backend (MX callback names); setting it (re)starts the widget. */
  callbacks: Callbacks | null;
  /** MX clientConfig passed to the callbacks that take a config. */
  clientConfig: ClientConfig | undefined;
  /** The consent to ask the user for before any form or bank's page (see `mount()`'s `consent`). */
  consent: Consent | undefined;
  /** Goes one step back (form → search; connecting, MFA or failure → form; connected → search). */
  back(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-widget': ConnectWidgetElement;
  }
  interface HTMLElementEventMap {
    'connect/loaded': CustomEvent<WidgetEvent>;
    'connect/stepChange': CustomEvent<WidgetEvent>;
    'connect/memberConnected': CustomEvent<WidgetEvent>;
    'connect/error': CustomEvent<WidgetEvent>;
  }
}
