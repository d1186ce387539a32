// A native app's web view: the widget page opened top-level with `is_mobile_webview` and the app's
// URL scheme sends each event as a navigation the app intercepts (seen here through the DevTools
// protocol's Page.frameRequestedNavigation), in each event format; no credential in any URL.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectEventually, launch, WIDGET_ORIGIN } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the widget page as a web view would, recording the URLs it navigates to. */
async function openWebview(query) {
  const page = await browser.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  const urls = [];
  cdp.on('Page.frameRequestedNavigation', (event) => {
    if (!event.url.startsWith(`${WIDGET_ORIGIN}/`)) urls.push(event.url);
  });
  await page.goto(`${WIDGET_ORIGIN}/?backend=sandbox&${query}`);
  return { page, urls, pageErrors, consoleErrors };
}

/*
 * The user's input is dispatched as untrusted events: with a real gesture, a desktop browser would
 * keep the navigation to an unknown scheme pending while it looks for an app to launch (and
 * Playwright would wait for it), where a web view's app takes the URL and cancels it. Without one,
 * the browser refuses the launch at once, after the navigation was requested and recorded.
 */
async function typeInto(locator, text) {
  await locator.evaluate((input, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Picks Gringotts and connects with the sandbox's good credentials. */
async function connectGringotts(page) {
  await typeInto(page.getByRole('combobox', { name: 'Search for your bank' }), 'gringo');
  await page.getByRole('option', { name: /^Gringotts/ }).dispatchEvent('click');
  await typeInto(page.getByLabel('Username'), 'user_good');
  await typeInto(page.getByLabel('Password', { exact: true }), 'pass_good');
  await page.getByRole('button', { name: 'Continue' }).dispatchEvent('click');
  await page.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
}

/** The path and decoded `metadata` of each navigation to `scheme`. */
function decoded(urls, scheme) {
  return urls.filter((url) => url.startsWith(`${scheme}://`)).map((url) => {
    const parsed = new URL(url);
    return { path: `${parsed.host}${parsed.pathname}`, metadata: JSON.parse(parsed.searchParams.get('metadata')) };
  });
}

test('MX web view (is_mobile_webview only): mx:// navigations carry each event, in order, never a credential', async () => {
  const { page, urls, pageErrors } = await openWebview('is_mobile_webview=true&event_format=mx');
  await connectGringotts(page);
  await expectEventually(() => decoded(urls, 'mx').some((e) => e.path === 'connect/memberConnected'), () => urls.join('\n'));
  const events = decoded(urls, 'mx');
  const paths = events.map((e) => e.path);
  for (const expected of ['connect/loaded', 'connect/selectedInstitution', 'connect/enterCredentials', 'connect/memberConnected']) {
    assert.ok(paths.includes(expected), `${expected} in ${paths.join(', ')}`);
  }
  assert.ok(paths.indexOf('connect/loaded') < paths.indexOf('connect/memberConnected'));
  assert.ok(!paths.includes('connect/resize'), 'a web view has no frame to size');
  assert.ok(events.find((e) => e.path === 'connect/memberConnected').metadata.member_guid);
  assert.ok(!urls.some((url) => url.includes('pass_good') || url.includes('user_good')), 'no credential in any URL');
  assert.equal(new URL(page.url()).origin, WIDGET_ORIGIN, 'the page itself stays');
  assert.deepEqual(pageErrors, []);
});

test("Salt Edge web view: saltbridge://connect/{…} with the JSON message, as Salt Edge's apps expect", async () => {
  const { page, urls, pageErrors } = await openWebview('is_mobile_webview=true&ui_message_webview_url_scheme=saltbridge&event_format=saltedge');
  await connectGringotts(page);
  const messages = () => urls.filter((url) => url.startsWith('saltbridge://connect/'))
    .map((url) => JSON.parse(decodeURIComponent(url.slice('saltbridge://connect/'.length))));
  await expectEventually(() => messages().some((m) => m.data.stage === 'success'), () => urls.join('\n'));
  assert.ok(messages().every((m) => typeof m.data.connection_id === 'string' || m.data.connection_id === undefined));
  assert.ok(messages().some((m) => m.data.stage === 'fetching'));
  assert.ok(!urls.some((url) => url.includes('pass_good')), 'no credential in any URL');
  assert.deepEqual(pageErrors, []);
});

test('a scheme a browser would act on is refused and reported', async () => {
  const { page, urls, consoleErrors } = await openWebview('is_mobile_webview=true&ui_message_webview_url_scheme=javascript');
  await page.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  await expectEventually(() => consoleErrors.some((text) => text.includes('ui_message_webview_url_scheme')),
    () => consoleErrors.join('\n'));
  assert.ok(!urls.some((url) => url.startsWith('javascript:')));
  // The default scheme takes over: MX's mx://.
  await expectEventually(() => urls.some((url) => url.startsWith('mx://connect/loaded')), () => urls.join('\n'));
});
