// The iframe loader (connect-widget/embed) from the npm tarball, on a host page of its own origin:
// the widget runs in its iframe on the widget origin and reaches the host's plain-JS callbacks
// only through the postMessage bridge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectEventually, firstBankJourney, npmHostSuite, openHost, WIDGET_ORIGIN } from './support.mjs';

const suite = npmHostSuite();

/** Opens embed.html with `params`; resolves once the loader set up its widgets. */
async function openPage(params = {}) {
  const page = await suite.browser.newPage({ viewport: { width: 1200, height: 900 } });
  const pageErrors = [];
  const warnings = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  const url = new URL(`${suite.site.url}/embed.html`);
  url.searchParams.set('widget', `${WIDGET_ORIGIN}/`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  await page.goto(url.href);
  await page.waitForFunction(() => window.__mounted === true);
  const frame = (name) => page.frameLocator(`iframe[title="Connect your bank (${name})"]`);
  return { page, frame, pageErrors, warnings };
}

test('a journey through the bridge: the loader answers with the host callbacks', async () => {
  const { page, frame, pageErrors } = await openPage();
  assert.equal(await page.evaluate(() => window.__ready), 'ready');
  const widget = frame('first');
  await firstBankJourney(widget, () => page.evaluate(() => window.__handles.first.back()));

  const calls = await page.evaluate(() => window.__calls);
  assert.deepEqual(calls.filter((c) => c.name === 'addMember').at(-1).args, [
    { institution_guid: 'INS-1', credentials: [{ guid: 'CRD-U', value: 'ada' }, { guid: 'CRD-P', value: 'secret' }], is_oauth: false },
    { mode: 'aggregation', color_scheme: 'light' },
    true,
  ]);
  assert.deepEqual(calls.find((c) => c.name === 'loadInstitutions').args, [{ search_name: 'first', page: 1, per_page: 25 }]);
  assert.deepEqual(await page.evaluate(() => window.__success), [{ member_guid: 'MBR-1' }]);
  const events = await page.evaluate(() => window.__events.first);
  const types = events.map((e) => e.type);
  assert.ok(['connect/loaded', 'connect/enterCredentials', 'connect/memberConnected'].every((t) => types.includes(t)), types.join());
  assert.deepEqual(events.map((e) => e.seq), events.map((_, i) => i + 1), 'seq counts up from 1');
  assert.ok(!JSON.stringify(events).includes('secret') && !JSON.stringify(events).includes('hunter2'), 'no credential in an event');
  const height = await page.evaluate(() => document.querySelector('#first iframe').getBoundingClientRect().height);
  const content = await page.frames().find((f) => f.url().startsWith(WIDGET_ORIGIN)).evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  assert.equal(Math.round(height), content, 'the loader sizes the iframe from the resize events');
  assert.deepEqual(pageErrors, []);
});

test('an institution preselected in clientConfig opens on its form, loaded through the bridge', async () => {
  const { page, frame, pageErrors } = await openPage({ institution: 'second_bank' });
  const widget = frame('first');
  await widget.getByRole('heading', { name: 'Sign in to Second Bank' }).waitFor();
  await widget.getByLabel('Username').fill('ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  const calls = await page.evaluate(() => window.__calls);
  assert.deepEqual(calls.find((c) => c.name === 'loadInstitutionByCode').args, ['second_bank']);
  assert.equal(calls.find((c) => c.name === 'addMember').args[1].current_institution_code, 'second_bank');
  assert.deepEqual(pageErrors, []);
});

test('with disable_institution_search, Back on the form tells the host instead of showing the search', async () => {
  const { page, frame } = await openPage({ institution: 'second_bank', keep_search: '1' });
  const widget = frame('first');
  await widget.getByRole('heading', { name: 'Sign in to Second Bank' }).waitFor();
  await widget.getByRole('button', { name: 'Back' }).click();
  await page.waitForFunction(() => window.__events.first.some((e) => e.type === 'connect/backToSearch'));
  await widget.getByRole('heading', { name: 'Sign in to Second Bank' }).waitFor();
  assert.equal(await widget.getByRole('combobox', { name: 'Search for your bank' }).count(), 0);
});

test('events in the MX format through the bridge', async () => {
  const { page, frame } = await openPage({ format: 'mx' });
  const widget = frame('first');
  await widget.getByRole('option', { name: /^First Bank/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  const events = await page.evaluate(() => window.__events.first);
  const types = events.map((e) => e.type).filter((t) => t !== 'mx/connect/resize');
  assert.deepEqual(types.slice(0, 2), ['mx/connect/loaded', 'mx/connect/selectedInstitution']);
  assert.ok(events.every((e) => e.mx === true));
});

test('Close calls the loader\'s onExit', async () => {
  const { page, frame } = await openPage();
  await frame('first').getByRole('button', { name: 'Close' }).dblclick(); // however fast: one exit
  await page.waitForFunction(() => window.__exits.length === 1);
  const exits = await page.evaluate(() => window.__events.first.filter((e) => e.type === 'connect/exit').length);
  assert.equal(exits, 1);
  assert.deepEqual(await page.evaluate(() => window.__exits), [{ step: 'search', reason: 'user_closed' }]);
});

test('a missing callback is named in the widget and to the host', async () => {
  const { page, frame } = await openPage({ missing: 'loadPopularInstitutions' });
  await frame('first').getByRole('alert').filter({ hasText: "We couldn't load institutions." }).waitFor();
  const error = (await page.evaluate(() => window.__events.first)).find((e) => e.type === 'connect/error').metadata;
  assert.equal(error.code, 'missing_callback');
  assert.match(error.message, /`loadPopularInstitutions`/);
  assert.deepEqual((await page.evaluate(() => window.__errors)).map((e) => e.code), ['missing_callback']);
});

test('forged messages from other windows are ignored on both sides', async () => {
  const { page, frame, warnings } = await openPage();
  await frame('first').getByRole('heading', { name: 'Popular institutions' }).waitFor();
  // forger.html: a frame of the host's own origin but not the widget, posting as both sides.
  await page.evaluate(() => {
    window.addEventListener('message', (event) => { if (event.data?.forger_done) window.__forgerDone = true; });
    const forger = document.createElement('iframe');
    forger.title = 'forger';
    forger.src = './forger.html';
    document.body.append(forger);
  });
  await page.waitForFunction(() => window.__forgerDone === true);
  await expectEventually(() => warnings.some((w) => w.includes('ignored a bridge message from')), () => warnings.join('\n'));
  // The same kind of message from the right window and origin is read, but only so far.
  await page.evaluate((origin) => {
    let bomb = { leaf: 1 };
    for (let i = 0; i < 40; i += 1) bomb = { a: bomb, b: bomb };
    document.querySelector('#first iframe').contentWindow.postMessage({ connect_widget_bridge: 1, kind: 'back', bomb }, origin);
  }, WIDGET_ORIGIN);
  await expectEventually(() => warnings.some((w) => w.includes('ignored a bridge message of more than 100000 values')), () => warnings.join('\n'));
  await frame('first').getByRole('combobox', { name: 'Search for your bank' }).fill('first');
  await frame('first').getByRole('option', { name: /^First Bank/ }).waitFor();
  const calls = await page.evaluate(() => window.__calls.map((c) => c.name));
  assert.ok(!calls.includes('addMember'), 'the loader did not run a forged request');
  assert.deepEqual(await page.evaluate(() => window.__success), [], 'nor pass a forged event on');
});

test('two widgets do not interfere, and destroy leaves no node or listener', async () => {
  const { page, frame } = await openPage({ two: '1' });
  assert.equal(await page.evaluate(() => window.__messageListeners), 2);
  const first = frame('first');
  const second = frame('second');
  await first.getByRole('combobox', { name: 'Search for your bank' }).fill('second');
  await first.getByRole('option', { name: /^Second Bank/ }).click();
  await first.getByRole('heading', { name: 'Sign in to Second Bank' }).waitFor();
  await second.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  assert.equal(await second.getByRole('option').count(), 2, 'the second widget still shows its own list');

  await page.evaluate(() => window.__handles.first.destroy());
  assert.equal(await page.locator('#first').innerHTML(), '', 'no node left');
  assert.equal(await page.evaluate(() => window.__messageListeners), 1, 'the first loader removed its listener');
  await second.getByRole('option', { name: /^First Bank/ }).click();
  await second.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  const types = (await page.evaluate(() => window.__events.second)).map((e) => e.type);
  assert.ok(types.includes('connect/selectedInstitution'));
});

test('a page that never answers the handshake is reported', async () => {
  const { page } = await openPage({ widget: `${suite.site.url}/element.html`, timeout: '1500' });
  await page.waitForFunction(() => window.__errors.length > 0);
  assert.deepEqual((await page.evaluate(() => window.__errors)).map((e) => e.code), ['handshake_timeout']);
  assert.equal(await page.evaluate(() => window.__ready), 'connect-widget/embed: handshake timed out');
});

test('the iframe page in bridge mode that no loader configures says so instead of staying blank', async () => {
  const message = 'This page works only inside the app that opens it.';
  // Opened on its own: at once.
  const page = await suite.browser.newPage();
  await page.goto(`${WIDGET_ORIGIN}/?backend=bridge&host_origin=${encodeURIComponent(suite.site.url)}`);
  await page.getByRole('alert').filter({ hasText: message }).waitFor();
  await page.close();
  // Framed by a page without the loader (the demo host, told to use the bridge): after a wait.
  const framed = await openHost(suite.browser, { backend: 'bridge' });
  await framed.widget.getByRole('alert').filter({ hasText: message }).waitFor({ timeout: 15000 });
  await framed.page.close();
});

test("the loader's setLocale switches the widget in its iframe; a language it lacks is an error event", async () => {
  const { page, frame, pageErrors } = await openPage();
  const widget = frame('first');
  await widget.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  await page.evaluate(() => window.__handles.first.setLocale('ro'));
  await widget.getByRole('heading', { name: 'Instituții populare' }).waitFor();
  assert.equal(await widget.locator('.cw-root').getAttribute('lang'), 'ro');
  await page.evaluate(() => window.__handles.first.setLocale('xx'));
  const refused = () => page.evaluate(() => window.__events.first.find((e) => e.type === 'connect/error')?.metadata);
  await expectEventually(async () => (await refused())?.code === 'invalid_config');
  assert.match((await refused()).message, /configuration `locale`: expected a supported locale/);
  assert.equal(await widget.locator('.cw-root').getAttribute('lang'), 'ro', 'the language stays');
  assert.deepEqual(pageErrors, []);
});

test("the loader's copy: the host's texts in the iframe before every language's, an unknown key reported", async () => {
  const { page, frame, pageErrors } = await openPage({ copy: '1' });
  const widget = frame('first');
  await widget.getByRole('heading', { name: 'Banks our customers use' }).waitFor();
  const errors = async () => (await page.evaluate(() => window.__events.first)).filter((e) => e.type === 'connect/error').map((e) => e.metadata);
  await expectEventually(async () => (await errors()).length === 1);
  assert.deepEqual((await errors()).map((error) => [error.code, error.message]),
    [['invalid_config', 'copy.search.nope: no message has this key (docs/copy.md lists them); ignored']]);
  await page.evaluate(() => window.__handles.first.setLocale('ro'));
  await widget.getByRole('combobox', { name: 'Caută banca ta' }).waitFor();
  assert.equal(await widget.getByRole('heading', { name: 'Banks our customers use' }).count(), 1, 'the copy stays after a switch');
  assert.deepEqual(pageErrors, []);
});

test("the iframe page's copy query key: the host's texts without a loader", async () => {
  const copy = JSON.stringify({ 'search.heading': 'Find your credit union' });
  const { page, widget } = await openHost(suite.browser, { copy });
  await widget.getByRole('heading', { name: 'Find your credit union' }).waitFor();
  await page.close();
});
