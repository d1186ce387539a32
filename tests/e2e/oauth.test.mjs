// OAuth end to end: the sandbox's OAuth bank sends the user to a fake authorization page on
// another origin (the demo host's fake-bank.html), in a popup opened from the click; the page
// returns through the widget's callback page (oauth/callback.html). Approve, deny, fail, a
// blocked popup with its link fallback, and forged callback messages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertBankNeverFramed, continueToBank, openOAuthBank } from './oauth-support.mjs';
import { axeViolations, hostEventData, launch, openHost, WIDGET_ORIGIN, widgetFrame } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('approve in the popup and end connected', async () => {
  const { page, widget, proceed, pageErrors } = await openOAuthBank(browser);
  assert.deepEqual(await axeViolations(page), [], 'instructions screen');
  const popup = await continueToBank(page, proceed);
  const bankUrl = popup.url();
  assert.match(bankUrl, /\/fake-bank\.html\?bank=OAuth%20Bank&redirect_uri=.*&state=sandbox-MBR-SBX-\d+-FOR-INS-SANDBOX-OAUTH$/);
  await widget.getByRole('heading', { name: 'Waiting for OAuth Bank' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'waiting screen');
  const focused = await widgetFrame(page).evaluate(() => document.activeElement?.textContent);
  assert.equal(focused, 'Waiting for OAuth Bank', 'focus moves to the new heading');
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Approve' }).click();
  await closed; // the callback page closes its window
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assertBankNeverFramed(page);

  const received = await hostEventData(page);
  const requested = received.find((e) => e.type === 'connect/oauthRequested').metadata;
  assert.equal(requested.url, bankUrl);
  assert.match(requested.member_guid, /^MBR-SBX-/);
  const steps = received.filter((e) => e.type === 'connect/stepChange').map((e) => e.metadata.current);
  assert.deepEqual(steps, ['oauth', 'connecting', 'connected']);
  assert.ok(received.some((e) => e.type === 'connect/memberConnected'));
  assert.deepEqual(pageErrors, []);
});

test('deny in the popup and end on the matching error screen; try again starts over', async () => {
  const { page, widget, proceed } = await openOAuthBank(browser);
  const popup = await continueToBank(page, proceed);
  await popup.getByRole('button', { name: 'Deny' }).click();
  await widget.getByText("Access wasn't granted on the bank's page.").waitFor({ timeout: 20000 });
  assert.deepEqual(await axeViolations(page), [], 'OAuth error screen');
  const received = await hostEventData(page);
  assert.equal(received.find((e) => e.type === 'connect/oauthError').metadata.reason, 'DENIED');
  assert.equal(received.find((e) => e.type === 'connect/error').metadata.code, 'oauth_denied');
  await widget.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'Sign in with OAuth Bank' }).waitFor();
  await widget.getByRole('button', { name: 'Choose another institution' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
});

test('a provider error chosen on the bank page shows its own message', async () => {
  const { page, widget, proceed } = await openOAuthBank(browser);
  const popup = await continueToBank(page, proceed);
  await popup.getByLabel('Error reason').selectOption('PROVIDER_ERROR');
  await popup.getByRole('button', { name: 'Fail' }).click();
  await widget.getByText("The bank's sign-in page ran into a problem. Try again in a few minutes.").waitFor({ timeout: 20000 });
  assert.equal((await hostEventData(page)).find((e) => e.type === 'connect/error').metadata.code, 'oauth_provider_error');
});

test('a blocked popup falls back to a link that completes the connection', async () => {
  const { page, widget, proceed } = await openOAuthBank(browser);
  // What a popup blocker does: window.open returns nothing.
  await widgetFrame(page).evaluate(() => { window.open = () => null; });
  await proceed.click();
  await widget.getByRole('heading', { name: "Your browser blocked the bank's window" }).waitFor();
  assert.ok((await hostEventData(page)).some((e) => e.type === 'connect/oauthPopupBlocked'));
  const link = widget.getByRole('link', { name: "Open OAuth Bank's page" });
  const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await widget.getByRole('heading', { name: 'Waiting for OAuth Bank' }).waitFor();
  await tab.getByRole('button', { name: 'Approve' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assertBankNeverFramed(page);
});

test('forged callback messages are rejected and reported; the real one still works', async () => {
  const { page, widget, proceed } = await openOAuthBank(browser);
  const popup = await continueToBank(page, proceed);
  await widget.getByRole('heading', { name: 'Waiting for OAuth Bank' }).waitFor();
  const state = new URL(popup.url()).searchParams.get('state');
  // From the host page: another origin, with the right state.
  await page.evaluate((s) => document.querySelector('iframe').contentWindow.postMessage(
    { connect_widget_oauth: 1, query_string: `code=forged&state=${s}` }, '*'), state);
  // From the widget's own origin, in the popup, but with another state (the callback page then
  // closes its window, which the waiting screen notices).
  const closed = popup.waitForEvent('close');
  await popup.goto(`${WIDGET_ORIGIN}/oauth/callback.html?code=forged&state=not-${state}`).catch(() => {});
  await closed;
  await widget.getByText("The bank's window was closed. Reopen it to finish signing in.").waitFor();
  assert.equal(await widget.getByRole('heading', { name: 'Waiting for OAuth Bank' }).count(), 1, 'still waiting');
  const rejected = (await hostEventData(page)).filter((e) => e.type === 'connect/error' && e.metadata.code === 'oauth_message_rejected');
  assert.deepEqual(rejected.map((e) => e.metadata.message), [
    `a callback message from ${new URL(page.url()).origin} (expected ${WIDGET_ORIGIN})`,
    'a callback message whose state does not match this attempt',
  ]);

  // The user reopens the bank's page and approves: the genuine callback is taken.
  const [again] = await Promise.all([page.waitForEvent('popup'), widget.getByRole('button', { name: 'Reopen the window' }).click()]);
  await again.getByRole('button', { name: 'Approve' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
});

test('a second redirect (Salt Edge): the bank sends the user to its page twice', async () => {
  const { page, widget } = await openHost(browser);
  const bank = 'Fake Bank OAuth with Second Redirect';
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('second redirect');
  await widget.getByRole('option', { name: new RegExp(`^${bank}`) }).click();
  for (const round of [1, 2]) {
    await widget.getByRole('heading', { name: `Sign in with ${bank}` }).waitFor({ timeout: 20000 });
    const proceed = widget.getByRole('button', { name: `Continue to ${bank}` });
    await proceed.and(widget.locator(':enabled')).waitFor();
    const popup = await continueToBank(page, proceed);
    await popup.getByRole('button', { name: 'Approve' }).click();
    await widget.getByRole('heading', { name: round === 1 ? `Sign in with ${bank}` : 'Connected' }).waitFor({ timeout: 20000 });
  }
  const received = await hostEventData(page);
  assert.equal(received.filter((e) => e.type === 'connect/oauthRequested').length, 2);
  assert.equal(received.find((e) => e.type === 'connect/submitMFA').metadata.mfa_type, 'REDIRECT');
  assertBankNeverFramed(page);
});
