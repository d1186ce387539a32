// The HTTP adapter's reference server: the route table of docs/http.md in front of a host
// backend written with MX's callbacks (npm-host/backend.js). Answers JSON; a rejection
// `{response: {status, data}}` becomes that status and body. CORS for the widget's origin only;
// with a `token`, every route wants `Authorization: Bearer <token>`. A search for "proxy down"
// is answered as a failing proxy in front of the backend would: 502 with an HTML page.
//
// The routes live under `base` (default /v1). Run alone:
//   node tests/e2e/reference-server.mjs <port> <widget origin> [token]
import { createServer } from 'node:http';
import { createBackend } from './npm-host/backend.js';

/** Each route as [method, path pattern, callback, arguments from (params, query, body)]. */
const ROUTES = [
  ['GET', /^\/institutions\/popular$/, 'loadPopularInstitutions', (p, q) => [numbers(q)]],
  ['GET', /^\/institutions$/, 'loadInstitutions', (p, q) => [numbers(q)]],
  ['GET', /^\/institutions\/by_code\/([^/]+)$/, 'loadInstitutionByCode', (p) => [p[0]]],
  ['GET', /^\/institutions\/([^/]+)\/credentials$/, 'getInstitutionCredentials', (p) => [p[0]]],
  ['POST', /^\/members$/, 'addMember', (p, q, b) => [b.member, b.config, true]],
  ['POST', /^\/members\/([^/]+)\/jobs$/, 'runJob', (p, q, b) => [b.job_type, p[0], b.config, true]],
  ['GET', /^\/jobs\/([^/]+)$/, 'loadJob', (p) => [p[0]]],
  ['PUT', /^\/members\/([^/]+)\/mfa$/, 'updateMFA', (p, q, b) => [b.member, b.config, true]],
  ['GET', /^\/members\/([^/]+)$/, 'loadMemberByGuid', (p, q) => [p[0], q.locale]],
  ['POST', /^\/support_tickets$/, 'createSupportTicket', (p, q, b) => [b.ticket]],
];

/** Query values as numbers where they are numbers (page, per_page). */
function numbers(query) {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
}

/**
 * Starts the server; resolves to `{url, requests, tickets, close()}` (`requests`: `{method, path,
 * authorization}`; `tickets`: the support tickets received).
 */
export function startReferenceServer({ port, widgetOrigin, token, base = '/v1' }) {
  const requests = [];
  const tickets = []; // the support tickets the backend received
  const callbacks = createBackend({ record: (name, args) => name === 'createSupportTicket' && tickets.push(args[0]) });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : null;
    const send = (status, body) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (request.headers.origin === widgetOrigin) {
      response.setHeader('Access-Control-Allow-Origin', widgetOrigin);
      response.setHeader('Vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT');
      response.setHeader('Access-Control-Allow-Headers', 'Accept, Authorization, Content-Type');
      return send(204);
    }
    requests.push({ method: request.method, path: url.pathname + url.search, authorization: request.headers.authorization ?? null });
    if (token && request.headers.authorization !== `Bearer ${token}`) return send(401, { message: 'Missing or wrong token' });
    if (url.searchParams.get('search_name') === 'proxy down') {
      response.writeHead(502, { 'Content-Type': 'text/html' });
      return response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    }
    const route = path && ROUTES.find(([method, pattern]) => method === request.method && pattern.test(path));
    if (!route) return send(404, { message: `No route ${request.method} ${url.pathname}` });
    const [, pattern, callback, argumentsFrom] = route;
    const params = path.match(pattern).slice(1).map(decodeURIComponent);
    let body = {};
    if (request.method !== 'GET') {
      let text = '';
      for await (const chunk of request) text += chunk;
      try { body = JSON.parse(text || '{}'); } catch { return send(400, { message: 'The body is not JSON' }); }
    }
    try {
      send(200, await callbacks[callback](...argumentsFrom(params, Object.fromEntries(url.searchParams), body)));
    } catch (reason) {
      send(reason?.response?.status ?? 500, reason?.response?.data ?? { message: String(reason?.message ?? reason) });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, requests, tickets, close: () => server.close() }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port, widgetOrigin, token] = process.argv.slice(2);
  const { url } = await startReferenceServer({ port: Number(port), widgetOrigin, token });
  console.log(`reference server on ${url} for ${widgetOrigin}`);
}
