// The foundation journey in a real browser: the demo host embeds the widget from another origin;
// search → pick → credentials (a wrong password first) → connecting → connected, by role and
// label, keyboard-only for the search; the host's events are asserted with their origin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, expectEventually, hostEvents, launch, openHost, pickBank, waitForEvent, WIDGET_ORIGIN } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Picks the sandbox bank `name` (searching `query`) and signs in with the right credentials. */
async function signInAt(widget, query, name) {
  await pickBank(widget, query, name);
  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password', { exact: true }).fill('pass_good');
  await widget.getByRole('button', { name: 'Continue' }).click();
}

test('search, a refused password, then a connection; the host gets every event at the widget origin', async () => {
  const { page, widget, pageErrors } = await openHost(browser);
  await waitForEvent(page, 'connect/loaded');
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'search step is axe-clean');

  // Keyboard only: focus the search box, type, arrow to the result, Enter.
  const search = widget.getByRole('combobox', { name: 'Search for your bank' });
  await search.focus();
  await page.keyboard.type('gringo');
  await widget.getByRole('heading', { name: 'Results for “gringo”' }).waitFor();
  await waitForEvent(page, 'connect/institutionSearch'); // the backend's search, after a short pause
  await page.keyboard.press('ArrowDown');
  assert.equal(await widget.getByRole('option', { name: /Gringotts/ }).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Enter');

  await widget.getByRole('heading', { name: 'Sign in to Gringotts' }).waitFor();
  await widget.getByLabel('Username').waitFor();
  assert.equal(await widget.getByRole('heading', { name: 'Sign in to Gringotts' }).evaluate((h) => h === document.activeElement), true,
    'focus moves to the new step');

  // Empty submit: errors announced, focus on the first invalid field.
  await widget.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await widget.getByLabel('Username').evaluate((el) => el === document.activeElement), true);
  assert.equal(await widget.getByLabel('Username').getAttribute('aria-invalid'), 'true');
  await widget.getByText('Username is required.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'form with errors is axe-clean');

  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password').fill('hunter2-wrong');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('alert').filter({ hasText: 'The username or password you entered is incorrect.' }).waitFor();
  assert.equal(await widget.getByLabel('Username').inputValue(), 'user_good', 'username kept');
  assert.equal(await widget.getByLabel('Password').inputValue(), '', 'password cleared');
  const password = widget.getByLabel('Password');
  await expectEventually(() => password.evaluate((el) => el === document.activeElement), () => 'focus on the password field');
  await page.keyboard.type('pass_good'); // straight into the password field
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor();
  await widget.getByText('Your Gringotts accounts are now connected.').waitFor();
  await waitForEvent(page, 'connect/memberConnected');
  assert.deepEqual(await axeViolations(page), [], 'connected step is axe-clean');

  const events = await hostEvents(page);
  assert.ok(events.every((e) => e.origin === WIDGET_ORIGIN), 'every event comes from the widget origin');
  const types = events.map((e) => e.data.type);
  for (const name of ['loaded', 'stepChange', 'institutionSearch', 'selectedInstitution', 'enterCredentials',
    'memberStatusUpdate', 'memberConnected']) {
    assert.ok(types.includes(`connect/${name}`), `host received connect/${name}: ${types}`);
  }
  const seqs = events.map((e) => e.data.seq);
  assert.deepEqual(seqs, seqs.map((_, i) => i + 1), 'seq counts up from 1 without gaps');
  assert.equal(new Set(events.map((e) => e.data.session_id)).size, 1, 'one session id');
  for (const { data } of events) {
    assert.equal(data.version, 1);
    assert.equal(typeof data.timestamp, 'number');
  }
  const selected = events.find((e) => e.data.type === 'connect/selectedInstitution').data.metadata;
  assert.equal(selected.name, 'Gringotts');
  assert.equal(selected.guid, 'INS-f1a3285d-e855-b68f-6aa7-8ae775c0e0e9');
  const steps = events.filter((e) => e.data.type === 'connect/stepChange').map((e) => `${e.data.metadata.previous}>${e.data.metadata.current}`);
  assert.deepEqual(steps, ['search>enterCreds', 'enterCreds>connecting', 'connecting>enterCreds', 'enterCreds>connecting', 'connecting>connected']);
  const statuses = events.filter((e) => e.data.type === 'connect/memberStatusUpdate').map((e) => e.data.metadata.connection_status_name);
  assert.deepEqual(statuses, ['PENDING', 'DENIED', 'PENDING', 'CONNECTED']);
  const everything = JSON.stringify(events);
  assert.ok(!everything.includes('pass_good') && !everything.includes('hunter2'), 'no credential in any event');

  // The host page's own log shows them too.
  const logItems = await page.getByRole('list', { name: 'Event log' }).getByRole('listitem').count();
  assert.equal(logItems, events.length);
  assert.deepEqual(pageErrors, []);
});

test('each bank failure offers the way on that helps: a locked account sends the user to the bank, no retry', async () => {
  const { page, widget, pageErrors } = await openHost(browser);
  await signInAt(widget, 'locked', 'Locked Bank');
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor({ timeout: 15000 });
  await widget.getByText('Locked Bank needs you to take care of something on its own website or app first.', { exact: false }).waitFor();
  await widget.getByText('Your account is locked. Contact the bank to unlock it.').waitFor();
  assert.equal(await widget.getByRole('button', { name: 'Try again' }).count(), 0, 'a retry cannot help');
  assert.deepEqual(await axeViolations(page), []);
  // The bank that fails for a reason a retry may fix still offers one.
  await widget.getByRole('button', { name: 'Choose another institution' }).click();
  await signInAt(widget, 'offline', 'Offline Credit Union');
  await widget.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 15000 });
  await widget.getByText('The bank could not complete the connection.').waitFor();
  assert.deepEqual(pageErrors, []);
});

test('a bank that connects but finds no accounts is not a success: the screen says so, invalidData tells the host', async () => {
  const { page, widget, pageErrors } = await openHost(browser);
  await signInAt(widget, 'empty', 'Empty Bank');
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor({ timeout: 15000 });
  await widget.getByText("We couldn't find any accounts at Empty Bank that can be connected here.", { exact: false }).waitFor();
  assert.equal(await widget.getByRole('button', { name: 'Try again' }).count(), 0, 'a retry cannot help');
  assert.deepEqual(await axeViolations(page), []);
  const events = (await hostEvents(page)).map(({ data }) => [data.type, data.metadata]);
  const invalid = events.find(([type]) => type === 'connect/invalidData');
  assert.equal(invalid[1].member.code, 1001);
  assert.ok(!events.some(([type]) => type === 'connect/memberConnected'));
  assert.equal(events.find(([type]) => type === 'connect/error')[1].code, 'job_error_1001');
  assert.deepEqual(pageErrors, []);
});

test('nine digits search by routing number; a mistyped one is explained and never sent', async () => {
  const { page, widget, pageErrors } = await openHost(browser);
  const search = widget.getByRole('combobox', { name: 'Search for your bank' });
  await search.fill('021000022'); // one digit off: the checksum fails
  await widget.getByText('That is not a valid routing number: check its nine digits.').waitFor();
  await search.fill('021000021');
  await widget.getByRole('heading', { name: 'Institutions with routing number 021000021' }).waitFor();
  await widget.getByRole('option', { name: /^Sandbox Bank/ }).waitFor();
  assert.equal(await widget.getByText('That is not a valid routing number', { exact: false }).count(), 0);
  const searches = (await hostEvents(page)).filter((e) => e.data.type === 'connect/institutionSearch').map((e) => e.data.metadata.query);
  assert.deepEqual(searches, ['021000021'], 'only the valid number reached the backend');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(pageErrors, []);
});

test('events are posted only to the configured host origin', async () => {
  // The widget is told its host is another origin: the browser must drop every event.
  const { page, widget } = await openHost(browser, { host_origin: 'http://127.0.0.1:9' });
  const dropped = [];
  page.on('console', (m) => { if (m.text().includes("does not match the recipient window's origin")) dropped.push(m.text()); });
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  await widget.getByRole('option', { name: /Sandbox Bank/ }).click();
  await widget.getByLabel('Username').waitFor();
  // The browser says so for each event it refused to deliver (selectedInstitution, stepChange, …).
  await expectEventually(() => dropped.length >= 2, () => dropped.join('\n'));
  assert.ok(dropped.every((text) => text.includes("'http://127.0.0.1:9'")), dropped.join('\n'));
  assert.deepEqual(await hostEvents(page), []);
});

test('a failed search shows a retry that works', async () => {
  const { page, widget } = await openHost(browser);
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('flaky');
  const alert = widget.getByRole('alert').filter({ hasText: "We couldn't load institutions." });
  await alert.waitFor();
  await waitForEvent(page, 'connect/error');
  // The heading describes the search that failed, not the popular list shown before it.
  assert.equal(await widget.getByRole('heading', { name: 'Results for “flaky”' }).count(), 1);
  assert.equal(await widget.getByRole('heading', { name: 'Popular institutions' }).count(), 0);
  await alert.getByRole('button', { name: 'Try again' }).click();
  // The retry's answer: nothing matches "flaky", which the heading says.
  await widget.getByRole('heading', { name: /^No institutions match “flaky”/ }).waitFor();
  const search = widget.getByRole('combobox', { name: 'Search for your bank' });
  assert.equal(await search.evaluate((input) => input === document.activeElement), true, 'focus back on the search');
});

test('a crash shows an error screen and emits an error event, never a blank frame', async () => {
  const { page, widget } = await openHost(browser);
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('sandbox panic');
  await widget.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
  await widget.getByText('The widget ran into a problem. Try again, or close it and come back later.').waitFor();
  await waitForEvent(page, 'connect/error');
  const error = (await hostEvents(page)).find((e) => e.data.type === 'connect/error').data.metadata;
  assert.equal(error.code, 'panic');
  assert.equal(error.recoverable, false);
  // The screen has a way on, and the focus is on it; it is inside the page's one landmark.
  const again = widget.getByRole('link', { name: 'Try again' });
  assert.equal(await again.evaluate((link) => link === document.activeElement), true, 'focus on the way on');
  assert.equal(await widget.getByRole('main').getByRole('alert').count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  await again.click();
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
});

test('the widget reports its height and the host sizes the iframe with it', async () => {
  const { page, widget } = await openHost(browser);
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  await waitForEvent(page, 'connect/resize');
  const heights = async () => (await hostEvents(page)).filter((e) => e.data.type === 'connect/resize').map((e) => e.data.metadata.height);
  const first = (await heights()).at(-1);
  assert.ok(first > 200, `a real height: ${first}`);
  await widget.getByRole('option', { name: /Sandbox Bank/ }).click();
  await widget.getByLabel('Username').waitFor();
  await page.waitForFunction((h) => window.__events.filter((e) => e.data.type === 'connect/resize').at(-1).data.metadata.height !== h, first);
  const last = (await heights()).at(-1);
  assert.notEqual(last, first, 'a new step, a new height');
  const frameHeight = await page.locator('iframe[title="Connect your bank"]').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(Math.abs(frameHeight - Math.max(last, 320)) <= 2, `iframe ${frameHeight}px follows ${last}px`);
});
