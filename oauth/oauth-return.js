// connect-widget/oauth-return: for the page the bank sends the user back to — the widget's own
// callback page (oauth/callback.html) or the host's `client_redirect_url` page. It reads the bank's
// parameters from the query string and the fragment and removes them from the address bar; in the
// bank's window (a popup the widget opened) it posts them to the widget at the widget's origin
// only and closes itself; at the top level it hands them to the host, to embed the widget again
// with `oauthResume` (docs/oauth.md).

const TAG = 'connect_widget_oauth';

/**
 * Handles the bank's return on this page.
 * `options.widgetOrigin`: the widget's origin (default this page's, as with the npm `mount()`).
 * `options.clientRedirectUrl`: the URL configured as `client_redirect_url` (default this page's
 * path): query parameters it has itself are the page's own; every other one is the bank's.
 * Returns `{kind: 'handed_over'}` in the bank's window (closing), `{kind: 'resume', queryString}`
 * at the top level after a redirect, `{kind: 'none'}` when the page carries nothing from the bank.
 */
export function oauthReturn(options = {}) {
  const widgetOrigin = options.widgetOrigin ?? location.origin;
  const own = new URL(options.clientRedirectUrl ?? location.pathname, location.href).searchParams;
  const returned = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(location.search)) if (!own.has(key)) returned.append(key, value);
  for (const [key, value] of new URLSearchParams(location.hash.slice(1))) returned.append(key, value);
  // The bank's parameters (an authorization code) leave the address bar and the history.
  const clean = new URL(location.href);
  clean.hash = '';
  for (const key of new Set(returned.keys())) clean.searchParams.delete(key);
  history.replaceState(history.state, '', clean.href);
  const queryString = returned.toString();
  if (window.opener && window.opener !== window) {
    window.opener.postMessage({ [TAG]: 1, query_string: queryString }, widgetOrigin);
    window.close();
    return { kind: 'handed_over' };
  }
  return queryString ? { kind: 'resume', queryString } : { kind: 'none' };
}
