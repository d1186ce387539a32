// The HTTP adapter: the iframe widget (backend=http) talks to the reference server's REST routes
// (docs/http.md) over real HTTP, from the widget's origin, with a bearer token.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startReferenceServer } from './reference-server.mjs';
import { assertPortFree, firstBankJourney, hostEventData, launch, openHost, WIDGET_ORIGIN } from './support.mjs';

const PORT = Number(process.env.E2E_API_PORT ?? 18083);
const TOKEN = 'session-token-123';
let browser;
let api;

before(async () => {
  await assertPortFree(PORT);
  api = await startReferenceServer({ port: PORT, widgetOrigin: WIDGET_ORIGIN, token: TOKEN });
  browser = await launch();
});
after(async () => { await browser?.close(); api?.close(); });

/** How many times the widget's frame in `page` fetched the HTTP transport's module (its code is
 * fetched with the first call), from the frame's own resource timing. */
function httpModuleFetches(page) {
  const frame = page.frames().find((f) => f.url().startsWith(WIDGET_ORIGIN));
  return frame.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/split_http(-[0-9a-f]+)?\.wasm$/.test(new URL(e.name).pathname)).length);
}

test('a journey over HTTP: search, refused password, connected', async () => {
  const { page, widget, pageErrors } = await openHost(browser, { backend: 'http', api_base_url: `${api.url}/v1/`, api_token: TOKEN });
  await firstBankJourney(widget);
  assert.equal(await httpModuleFetches(page), 1, "the transport's module is fetched once");

  const routes = api.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
  for (const route of ['GET /v1/institutions/popular', 'GET /v1/institutions', 'GET /v1/institutions/INS-1/credentials',
    'POST /v1/members', 'POST /v1/members/MBR-1/jobs', 'GET /v1/jobs/JOB-MBR-1', 'GET /v1/members/MBR-1']) {
    assert.ok(routes.includes(route), `${route} in ${routes.join(', ')}`);
  }
  assert.ok(api.requests.some((r) => r.path === '/v1/institutions?page=1&per_page=25&search_name=first'));
  assert.ok(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`), 'every request carries the token');
  const events = (await hostEventData(page));
  assert.ok(events.some((e) => e.type === 'connect/memberConnected'));
  // The sandbox page (no HTTP backend) never fetches it.
  const { page: sandboxPage, widget: sandboxWidget } = await openHost(browser);
  await sandboxWidget.getByRole('option', { name: /^Sandbox Bank/ }).click();
  await sandboxWidget.getByRole('heading', { name: 'Sign in to Sandbox Bank' }).waitFor();
  assert.equal(await httpModuleFetches(sandboxPage), 0);
  await sandboxPage.close();
  assert.ok(!JSON.stringify(events).includes('secret'), 'no credential in an event');
  assert.deepEqual(pageErrors, []);
});

test('an HTTP error status becomes a message with retry and an error event', async () => {
  const { page, widget } = await openHost(browser, { backend: 'http', api_base_url: `${api.url}/v1`, api_token: TOKEN });
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('broken');
  await widget.getByRole('alert').filter({ hasText: "We couldn't load institutions." }).waitFor();
  await widget.getByRole('button', { name: 'Try again' }).waitFor();
  const error = (await hostEventData(page)).find((e) => e.type === 'connect/error').metadata;
  assert.deepEqual([error.code, error.message], ['http_503', 'loadInstitutions rejected: Search is down']);
});

test("a proxy's HTML error page is reported by its status, not as an unreadable answer", async () => {
  const { page, widget } = await openHost(browser, { backend: 'http', api_base_url: `${api.url}/v1`, api_token: TOKEN });
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('proxy down');
  await widget.getByRole('alert').filter({ hasText: "We couldn't load institutions." }).waitFor();
  const error = (await hostEventData(page)).find((e) => e.type === 'connect/error').metadata;
  assert.equal(error.code, 'http_502');
});

test('a wrong token is refused by the server and reported as http_401', async () => {
  const { page, widget } = await openHost(browser, { backend: 'http', api_base_url: `${api.url}/v1`, api_token: 'stale' });
  await widget.getByRole('alert').filter({ hasText: "We couldn't load institutions." }).waitFor();
  const error = (await hostEventData(page)).find((e) => e.type === 'connect/error').metadata;
  assert.equal(error.code, 'http_401');
});

test('an institution preselected by code is loaded from its route; an unknown one leaves the search', async () => {
  const http = { backend: 'http', api_base_url: `${api.url}/v1`, api_token: TOKEN };
  const { widget } = await openHost(browser, { ...http, current_institution_code: 'first_bank' });
  await widget.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  assert.ok(api.requests.some((r) => r.method === 'GET' && r.path === '/v1/institutions/by_code/first_bank'));

  const unknown = await openHost(browser, { ...http, current_institution_code: 'no_such_bank' });
  await unknown.widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  await unknown.page.waitForFunction(() => window.__events.some((e) => e.data?.type === 'connect/error'));
  const error = (await hostEventData(unknown.page)).find((e) => e.type === 'connect/error').metadata;
  assert.deepEqual([error.code, error.message], ['http_404', 'loadInstitutionByCode rejected: No institution no_such_bank']);
});

test('a support request over HTTP: POST /support_tickets with what the user wrote', async () => {
  const { page, widget, pageErrors } = await openHost(browser,
    { backend: 'http', api_base_url: `${api.url}/v1/`, api_token: TOKEN, enable_support_requests: 'true' });
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('zzzzqq');
  await widget.getByRole('heading', { name: /No institutions match “zzzzqq”/ }).waitFor();
  await widget.getByRole('button', { name: "Can't find your bank?" }).click();
  await widget.getByRole('button', { name: 'Contact support' }).click();
  await widget.getByLabel('Email').fill('ada@example.com');
  await widget.getByLabel('Subject').fill('Tiny Bank');
  await widget.getByLabel('Message').fill('Please add Tiny Bank of Nowhere');
  await widget.getByRole('button', { name: 'Send' }).click();
  await widget.getByRole('heading', { name: 'Request sent' }).waitFor();
  const sent = api.requests.filter((r) => r.method === 'POST' && r.path === '/v1/support_tickets');
  assert.equal(sent.length, 1);
  assert.deepEqual(api.tickets.at(-1), { email: 'ada@example.com', title: 'Tiny Bank', message: 'Please add Tiny Bank of Nowhere' });
  assert.deepEqual(pageErrors, []);
  await page.close();
});
