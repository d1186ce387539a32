/** What `oauthReturn()` found on the page the bank sent the user back to. */
export type OAuthReturn =
  /** In the bank's window: the parameters went to the widget; the window is closing. */
  | { kind: 'handed_over' }
  /** After a top-level redirect: embed the widget again with `oauthResume: queryString`. */
  | { kind: 'resume'; queryString: string }
  /** Nothing from the bank on this page. */
  | { kind: 'none' };

export interface OAuthReturnOptions {
  /** The widget's origin (default: this page's, as with `mount()`). */
  widgetOrigin?: string;
  /** The URL configured as `client_redirect_url` (default: this page's path); its own query parameters are not the bank's. */
  clientRedirectUrl?: string;
}

/** Handles the bank's return on this page (the `client_redirect_url` page): call it before embedding the widget. */
export function oauthReturn(options?: OAuthReturnOptions): OAuthReturn;
