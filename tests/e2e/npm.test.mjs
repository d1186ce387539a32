// The npm package, installed from its tarball into a host page on its own origin that plugs in
// its backend as plain JavaScript callbacks (MX names and shapes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectEventually, firstBankJourney, npmHostSuite, openMountedHost, openNpmHostPage } from './support.mjs';

const suite = npmHostSuite();

const openPage = (query) => openMountedHost(suite, query);

test('a journey through the host callbacks, wrong password first', async () => {
  const { page, pageErrors } = await openPage();
  const widget = page.getByRole('region', { name: 'First widget' });
  await firstBankJourney(widget, () => page.evaluate(() => window.__handles.first.back()));
  assert.equal(await page.getByRole('main').count(), 0, "the widget adds no landmark to the host's page");

  const calls = await page.evaluate(() => window.__calls);
  const added = calls.filter((c) => c.name === 'addMember').at(-1).args;
  assert.deepEqual(added, [
    { institution_guid: 'INS-1', credentials: [{ guid: 'CRD-U', value: 'ada' }, { guid: 'CRD-P', value: 'secret' }], is_oauth: false },
    { mode: 'aggregation', color_scheme: 'light' },
    true,
  ]);
  assert.deepEqual(calls.find((c) => c.name === 'loadInstitutions').args, [{ search_name: 'first', page: 1, per_page: 25 }]);
  assert.deepEqual(calls.find((c) => c.name === 'loadMemberByGuid').args, ['MBR-1', 'en']);
  assert.deepEqual(await page.evaluate(() => window.__success), [{ member_guid: 'MBR-1' }]);

  // A second connection in the same session reaches onEvent, not onSuccess again.
  await widget.getByRole('button', { name: 'Connect another institution' }).click();
  await widget.getByRole('option', { name: /^First Bank/ }).click();
  await widget.getByLabel('Username').fill('ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
  const events = await page.evaluate(() => window.__events.first);
  assert.equal(events.filter((e) => e.type === 'connect/memberConnected').length, 2);
  assert.deepEqual(await page.evaluate(() => window.__success), [{ member_guid: 'MBR-1' }], 'onSuccess once');
  assert.ok(!JSON.stringify(events).includes('secret') && !JSON.stringify(events).includes('hunter2'));
  assert.deepEqual(pageErrors, []);
});

test('theme, Close and onExit: the user leaves from the form', async () => {
  const { page } = await openPage('?theme=dark');
  const widget = page.getByRole('region', { name: 'First widget' });
  assert.equal(await widget.locator('.cw-root').getAttribute('class'), 'cw-root cw-dark', 'theme: dark applies');
  await widget.getByRole('option', { name: /^First Bank/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  await widget.getByRole('button', { name: 'Close' }).dblclick(); // however fast: one exit
  assert.deepEqual(await page.evaluate(() => window.__exits), [{ step: 'enterCreds', reason: 'user_closed' }]);
  const exits = (await page.evaluate(() => window.__events.first)).filter((e) => e.type === 'connect/exit');
  assert.deepEqual(exits.map((e) => e.metadata), [{ step: 'enterCreds', reason: 'user_closed' }]);
});

test("MX's clientConfig.color_scheme configures the widget", async () => {
  const { page } = await openPage('?client_scheme=dark');
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  assert.equal(await widget.locator('.cw-root').getAttribute('class'), 'cw-root cw-dark');
});

test('a missing callback is named in the console and in an error event', async () => {
  const { page, consoleErrors } = await openPage('?missing=loadPopularInstitutions');
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('alert').filter({ hasText: "We couldn't load institutions." }).waitFor();
  const error = (await page.evaluate(() => window.__events.first)).find((e) => e.type === 'connect/error').metadata;
  assert.equal(error.code, 'missing_callback');
  assert.match(error.message, /`loadPopularInstitutions`/);
  assert.ok(consoleErrors.some((m) => m.includes('loadPopularInstitutions')), consoleErrors.join('\n'));
});

test('an axios-style rejection becomes a failure with retry', async () => {
  const { page } = await openPage();
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('broken');
  await widget.getByRole('alert').filter({ hasText: "We couldn't load institutions." }).waitFor();
  const error = (await page.evaluate(() => window.__events.first)).find((e) => e.type === 'connect/error').metadata;
  assert.deepEqual([error.code, error.message], ['http_503', 'loadInstitutions rejected: Search is down']);
});

test('two widgets on one page do not interfere, and destroy leaves nothing behind', async () => {
  const { page } = await openPage('?two=1');
  const first = page.getByRole('region', { name: 'First widget' });
  const second = page.getByRole('region', { name: 'Second widget' });
  await first.getByRole('combobox', { name: 'Search for your bank' }).fill('second');
  await first.getByRole('heading', { name: 'Results for “second”' }).waitFor();
  await second.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  assert.equal(await second.getByRole('option').count(), 2, 'the second widget still shows its own list');

  await first.getByRole('option', { name: /^Second Bank/ }).click();
  await first.getByLabel('Username').fill('ada');
  await first.getByLabel('Password', { exact: true }).fill('secret');
  await first.getByRole('button', { name: 'Continue' }).click();
  await first.getByRole('heading', { name: 'Connecting to Second Bank' }).waitFor();
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique on the page');
  await page.evaluate(() => window.__handles.first.destroy());
  const eventsAtDestroy = await page.evaluate(() => window.__events.first.length);
  const callsAtDestroy = await page.evaluate(() => window.__calls.length);
  assert.equal(await page.locator('#first').innerHTML(), '', 'no node left');

  // The second widget now connects the same way: once its job has been polled, the first widget's
  // poll (due earlier) would have come too, had it survived.
  await second.getByRole('option', { name: /^First Bank/ }).click();
  await second.getByLabel('Username').fill('grace');
  await second.getByLabel('Password', { exact: true }).fill('secret');
  await second.getByRole('button', { name: 'Continue' }).click();
  await expectEventually(() => page.evaluate(() => window.__calls.some((c) => c.name === 'loadJob' && c.args[0] === 'JOB-MBR-1')));
  const after = await page.evaluate((n) => window.__calls.slice(n), callsAtDestroy);
  assert.ok(!after.some((c) => c.args.includes('JOB-MBR-2') || c.args.includes('MBR-2')), `polling stopped: ${JSON.stringify(after)}`);
  assert.equal(await page.evaluate(() => window.__events.first.length), eventsAtDestroy, 'no event after destroy');
});

test('a widget whose handle the host drops lives on through garbage collection; removing its element ends it', async () => {
  const { page, pageErrors } = await openPage();
  // A host that does not keep the handle: mount into a new element and forget the result.
  await page.evaluate(async () => {
    const element = Object.assign(document.createElement('section'), { id: 'dropped' });
    element.setAttribute('aria-label', 'Dropped widget');
    document.body.append(element);
    window.__dropped = element; // the element only, not the handle
    await window.__mount(element, { callbacks: window.__backend() });
  });
  const widget = page.getByRole('region', { name: 'Dropped widget' });
  await widget.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  for (let round = 0; round < 3; round += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    // Finalizers run in a task after the collection: let a few tasks pass.
    await page.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve))));
  }
  await widget.getByRole('option', { name: /^Second Bank/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Second Bank' }).waitFor();
  // Taking the element off the page ends the widget: no node, and it stops listening.
  await page.evaluate(() => document.getElementById('dropped').remove());
  await expectEventually(() => page.evaluate(() => window.__dropped.querySelector('.cw-root') === null));
  assert.equal(await page.evaluate(() => document.querySelectorAll('.cw-root').length), 1, 'only the first widget is left');
  assert.deepEqual(pageErrors, []);
});

test('the custom element works from plain HTML and cleans up when removed', async () => {
  const { page, pageErrors } = await openNpmHostPage(suite, 'element.html');
  const element = page.locator('connect-widget');
  await element.getByRole('option', { name: /^First Bank/ }).click();
  await element.getByRole('heading', { name: 'Sign in to First Bank' }).waitFor();
  assert.equal(await element.locator('.cw-root').getAttribute('class'), 'cw-root cw-dark', 'the color-scheme attribute applies');
  const types = await page.evaluate(() => window.__domEvents.map((e) => e.type));
  assert.deepEqual(types, ['connect/loaded', 'connect/selectedInstitution', 'connect/stepChange']);
  await page.evaluate(() => document.querySelector('connect-widget').remove());
  assert.equal(await page.evaluate(() => document.querySelectorAll('.cw-root').length), 0, 'removing the element destroys the widget');
  assert.deepEqual(pageErrors, []);
});
