// The bank's redirect target (register callback.html's URL as the redirect URI): passes the bank's
// parameters to the widget that opened this window, at this page's origin only.
import { oauthReturn } from './oauth-return.js';

if (oauthReturn().kind !== 'handed_over') {
  document.getElementById('status').textContent = 'This window was not opened by the app. Close it and go back to the app.';
}
