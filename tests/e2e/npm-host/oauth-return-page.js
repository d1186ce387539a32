// The host's return page script (oauth-return.html), as docs/oauth.md shows it.
import { oauthReturn } from './node_modules/connect-widget/oauth-return.js';

oauthReturn();
