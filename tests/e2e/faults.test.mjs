// Fault injection, one table: for each callback the connect flow uses, its first call fails in
// each way a host's backend can fail (tests/e2e/npm-host/faults.js). The user must end on a screen
// that says what happened and offers a way on, with what they typed kept (the password excepted),
// and the host must get an `error` event with a precise code; the way on must then work. A slow
// answer must only delay the journey; a call that settles after destroy() must change nothing.
// docs/faults.md carries the resulting table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectEventually, npmHostSuite } from './support.mjs';

const suite = npmHostSuite();

/** The `error` code each kind of failure must produce (`hang`: the call's 30 s deadline passes). */
const CODES = {
  error: 'network', axios503: 'http_503', status404: 'http_404', text: 'network', malformed: 'invalid_response', hang: 'timeout',
};

/** What screen C ("Something went wrong") says for each code: what happened, never a guess. */
const EXPLAINED = {
  network: "We couldn't reach the service.",
  http_503: 'The service answered with an error.',
  http_404: 'The service answered with an error.',
  invalid_response: "The service's answer wasn't one we could use.",
  timeout: 'The service took too long to answer.',
};

/** The MFA prompt's own message when its answer could not be sent. */
const NOT_SENT = 'Your answer could not be sent. Please try again.';

/**
 * What the user sees when a callback fails: the text on the screen and the button that leads on.
 * `blips`: the kinds a poll tolerates as a network blip (the next poll goes on, no screen).
 * `reasks`: the kinds after which the same MFA prompt comes back, with this message.
 */
const SCREENS = {
  loadPopularInstitutions: { text: "We couldn't load institutions.", wayOn: 'Try again' },
  loadInstitutions: { text: "We couldn't load institutions.", wayOn: 'Try again' },
  getInstitutionCredentials: { text: "We couldn't load the sign-in form for First Bank.", wayOn: 'Try again' },
  addMember: { text: 'Something went wrong', wayOn: 'Try again' },
  loadJob: { text: 'Something went wrong', wayOn: 'Try again', blips: ['error', 'axios503', 'text', 'hang'] },
  loadMemberByGuid: { text: 'Something went wrong', wayOn: 'Try again', blips: ['error', 'axios503', 'text', 'hang'] },
  // The password "mfa" makes the host's backend ask for a code first (answered with updateMFA).
  updateMFA: {
    text: 'Something went wrong', wayOn: 'Try again', password: 'mfa',
    reasks: { error: NOT_SENT, axios503: 'Service down for maintenance', status404: 'Not here', text: NOT_SENT, hang: NOT_SENT },
  },
};

/** The callbacks a fault reaches only after the user has typed their credentials. */
const AFTER_SUBMIT = ['addMember', 'loadJob', 'loadMemberByGuid', 'updateMFA'];

/** Opens the npm host page with `fault` and returns the page and its first widget. */
async function open(fault, hostParams = '') {
  const page = await suite.browser.newPage();
  await page.clock.install(); // time flows as usual; a hanging call's deadline is reached by fastForward
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${suite.site.url}/?fault=${fault}${hostParams}`);
  await page.waitForFunction(() => window.__mounted === true);
  return { page, pageErrors, widget: page.getByRole('region', { name: 'First widget' }) };
}

/** Goes through the journey until the faulted call has been made (or the widget is connected). */
async function driveUntilFaulted(page, widget, password = 'secret') {
  const faulted = () => page.evaluate(() => window.__faulted);
  const steps = [
    async () => {
      await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('first');
      // The loaded list narrows at once; the backend's search follows and announces its count.
      const searched = widget.getByRole('status').filter({ hasText: '1 institution found.' });
      await expectEventually(async () => (await faulted()) || searched.isVisible(), () => 'the search');
    },
    () => widget.getByRole('option', { name: /^First Bank/ }).click(),
    async () => {
      await widget.getByLabel('Username').fill('ada');
      await widget.getByLabel('Password', { exact: true }).fill(password);
      await widget.getByRole('button', { name: 'Continue' }).click();
    },
    async () => {
      const code = widget.getByLabel('Enter the code we sent to your phone');
      await expectEventually(async () => (await faulted()) || code.isVisible(), () => 'the MFA prompt');
      if (await faulted()) return;
      await code.fill('123456');
      await widget.getByRole('button', { name: 'Submit' }).click();
    },
  ];
  if (password !== 'mfa') steps.pop();
  if (!(await faulted())) await widget.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  for (const step of steps) {
    if (await faulted()) return;
    await step();
  }
  await expectEventually(faulted, () => 'the faulted callback was never called', 10000);
}

/**
 * Finishes the journey from wherever the way on led: the form (with the username kept when the
 * user had typed it) or the search.
 */
async function finish(widget, typed) {
  const username = widget.getByLabel('Username');
  const search = widget.getByRole('combobox', { name: 'Search for your bank' });
  await username.or(search).first().waitFor();
  if (await search.isVisible()) {
    await search.fill('first');
    await widget.getByRole('option', { name: /^First Bank/ }).click();
  } else if (typed) {
    assert.equal(await username.inputValue(), 'ada', 'the username is kept');
    assert.equal(await widget.getByLabel('Password', { exact: true }).inputValue(), '', 'the password is not');
  }
  if (await username.inputValue() === '') await username.fill('ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
}

for (const [callback, screen] of Object.entries(SCREENS)) {
  for (const [kind, code] of Object.entries(CODES)) {
    const reasked = screen.reasks?.[kind];
    const outcome = screen.blips?.includes(kind) ? 'a blip, polling goes on'
      : reasked ? `the same prompt, "${reasked}"` : `"${screen.text}", ${code}`;
    test(`${callback} fails (${kind}): ${outcome}`, async () => {
      const { page, pageErrors, widget } = await open(`${callback}:${kind}`);
      await driveUntilFaulted(page, widget, screen.password);
      if (kind === 'hang') await page.clock.fastForward(31_000);
      if (reasked) {
        await widget.getByRole('alert').filter({ hasText: reasked }).waitFor({ timeout: 15000 });
        await widget.getByLabel('Enter the code we sent to your phone').fill('123456');
        await widget.getByRole('button', { name: 'Submit' }).click();
      }
      if (screen.blips?.includes(kind) || reasked) {
        await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
        assert.deepEqual(await page.evaluate(() => window.__events.first.filter((e) => e.type === 'connect/error')), []);
        assert.deepEqual(pageErrors, []);
        return;
      }
      const shown = widget.getByText(screen.text).first();
      await shown.waitFor();
      if (screen.text === 'Something went wrong') await widget.getByText(EXPLAINED[code]).waitFor();
      await expectEventually(
        () => page.evaluate((c) => window.__events.first.some((e) => e.type === 'connect/error' && e.metadata.code === c), code),
        () => `an error event with code ${code}`,
      );
      const error = await page.evaluate(() => window.__events.first.find((e) => e.type === 'connect/error').metadata);
      assert.ok(error.message.includes(callback), `the message names the callback: ${error.message}`);
      assert.ok(!JSON.stringify(await page.evaluate(() => window.__events.first)).includes('secret'), 'no credential in events');
      await widget.getByRole('button', { name: screen.wayOn }).first().click();
      await finish(widget, AFTER_SUBMIT.includes(callback));
      assert.deepEqual(pageErrors, []);
      await page.close();
    });
  }
}

for (const [callback, screen] of Object.entries(SCREENS)) {
  test(`${callback} answers after 3 s: the journey completes without an error`, async () => {
    const { page, pageErrors, widget } = await open(`${callback}:slow`);
    await driveUntilFaulted(page, widget, screen.password);
    await page.clock.fastForward(3_100);
    const connected = widget.getByRole('heading', { name: 'Connected' });
    const code = widget.getByLabel('Enter the code we sent to your phone');
    const search = widget.getByRole('heading', { name: /Popular institutions|Results for “first”/ });
    await connected.or(code).or(widget.getByLabel('Username')).or(search).first().waitFor({ timeout: 15000 });
    if (await code.isVisible()) {
      await code.fill('123456');
      await widget.getByRole('button', { name: 'Submit' }).click();
    } else if (!(await connected.isVisible())) {
      await finish(widget, false);
    }
    await connected.waitFor({ timeout: 15000 });
    assert.deepEqual(await page.evaluate(() => window.__events.first.filter((e) => e.type === 'connect/error')), []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test(`${callback} answers after destroy(): nothing happens`, async () => {
    const { page, pageErrors, widget } = await open(`${callback}:late`);
    await driveUntilFaulted(page, widget, screen.password);
    await page.evaluate(() => window.__handles.first.destroy());
    const events = await page.evaluate(() => window.__events.first.length);
    const calls = await page.evaluate(() => window.__calls.length);
    await page.evaluate(() => window.__release());
    // The answer is delivered (its call is recorded) and then nothing follows.
    await expectEventually(() => page.evaluate((n) => window.__calls.length > n, calls), () => 'the late answer');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    assert.equal(await page.evaluate(() => window.__events.first.length), events, 'no event after destroy');
    assert.equal(await page.locator('#first').innerHTML(), '', 'no node after destroy');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
}

/**
 * The OAuth callbacks, with the host's OAuth bank (tests/e2e/npm-host/oauth-bank.js). `goesOn`: the
 * failure is reported and the connection goes on; `blips`: tolerated by the polling; `answerUnread`:
 * a malformed answer is no failure.
 */
const OAUTH = {
  getOAuthWindowURI: { text: 'Something went wrong' },
  oAuthStart: { goesOn: true, answerUnread: true }, // "the page is open": its answer is not read
  loadOAuthStates: { text: 'Something went wrong', blips: ['error', 'axios503', 'text', 'hang'] },
  // Called with the parameters the bank's page sends back (posted here from that page); a backend
  // without it (404) is fine.
  oAuthComplete: { text: 'Something went wrong', answerUnread: true, returns: true, fine: ['status404'] },
};

/** Picks the OAuth bank and continues to its page, until the faulted call has been made. */
async function driveOAuthUntilFaulted(page, widget, returns) {
  const faulted = () => page.evaluate(() => window.__faulted);
  await widget.getByRole('option', { name: /^OAuth Bank/ }).click();
  const popup = returns ? page.waitForEvent('popup') : null;
  await continueToTheBank(widget, faulted);
  if (popup) {
    // What the host's return page (connect-widget/oauth-return) posts from the bank's window.
    const bankPage = await popup;
    await bankPage.evaluate(() => window.opener.postMessage(
      { connect_widget_oauth: 1, query_string: 'code=approved&state=host-MBR-3' }, location.origin,
    ));
  }
  await expectEventually(faulted, () => 'the faulted callback was never called', 10000);
}

/** Clicks "Continue to OAuth Bank" once it is enabled, unless `stop()` says otherwise first. */
async function continueToTheBank(widget, stop = async () => false) {
  const proceed = widget.getByRole('button', { name: 'Continue to OAuth Bank' });
  // isEnabled() waits for the button to exist: briefly, since the failure screen may have replaced it.
  const enabled = () => proceed.isEnabled({ timeout: 250 }).catch(() => false);
  await expectEventually(async () => (await stop()) || enabled(), () => 'the bank\'s page', 15000);
  if (!(await stop())) await proceed.click();
}

for (const [callback, screen] of Object.entries(OAUTH)) {
  for (const [kind, code] of Object.entries(CODES)) {
    const blip = screen.blips?.includes(kind) || screen.fine?.includes(kind) || (screen.answerUnread && kind === 'malformed');
    const outcome = blip ? 'nothing to report, the connection goes on' : screen.goesOn ? `${code} reported, the connection goes on` : `"${screen.text}", ${code}`;
    test(`OAuth: ${callback} fails (${kind}): ${outcome}`, async () => {
      const { page, pageErrors, widget } = await open(`${callback}:${kind}`, '&oauth=1');
      await driveOAuthUntilFaulted(page, widget, screen.returns);
      if (kind === 'hang') await page.clock.fastForward(31_000);
      const errorCodes = () => page.evaluate(() => window.__events.first.filter((e) => e.type === 'connect/error').map((e) => e.metadata.code));
      if (!blip && !screen.goesOn) {
        await widget.getByText(screen.text).first().waitFor();
        await widget.getByText(EXPLAINED[code]).waitFor();
        await widget.getByRole('button', { name: 'Try again' }).first().click();
        await continueToTheBank(widget);
      }
      await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
      assert.deepEqual(await errorCodes(), blip ? [] : [code]);
      assert.deepEqual(pageErrors, []);
      await page.close();
    });
  }
}
