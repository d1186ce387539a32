// OAuth with the host's return page (`client_redirect_url`; the demo host with
// ?redirect_fallback=1): the bank returns to the host's page, which hands the parameters to the
// widget's window when it is the bank's popup; when the browser blocks the popup, "Continue in this
// window" takes the whole host page to the bank, and the host embeds the widget again with what
// the bank brought back (`oauth_resume`), which resumes the attempt.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertBankNeverFramed, continueToBank, openOAuthBank } from './oauth-support.mjs';
import { axeViolations, HOST_URL, hostEventData, launch, openHost, widgetFrame } from './support.mjs';

const RETURN_PAGE = { redirect_fallback: '1' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Blocks the popup and goes to the bank in the host's own window; returns the bank's URL. */
async function continueInThisWindow(page, widget, proceed) {
  await widgetFrame(page).evaluate(() => { window.open = () => null; });
  await proceed.click();
  await widget.getByRole('heading', { name: "Your browser blocked the bank's window" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'blocked screen with both ways on');
  assert.equal(await widget.getByRole('link', { name: "Open OAuth Bank's page" }).count(), 1, 'the link stays');
  await Promise.all([
    page.waitForURL(/\/fake-bank\.html\?/),
    widget.getByRole('button', { name: 'Continue in this window' }).click(),
  ]);
  return page.url();
}

test('the popup returns through the host\'s page, which hands over to the widget', async () => {
  const { page, widget, proceed } = await openOAuthBank(browser, RETURN_PAGE);
  const popup = await continueToBank(page, proceed);
  const redirect = new URL(new URL(popup.url()).searchParams.get('redirect_uri'));
  assert.equal(redirect.origin, new URL(HOST_URL).origin, 'the bank returns to the host page');
  assert.equal(redirect.searchParams.get('redirect_fallback'), '1');
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Approve' }).click();
  await closed; // the host page, in the bank's window, handed over and closed it
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assertBankNeverFramed(page);
});

test('a blocked popup: continue in this window, approve at the bank, come back connected', async () => {
  const { page, widget, proceed, pageErrors } = await openOAuthBank(browser, RETURN_PAGE);
  const bankUrl = await continueInThisWindow(page, widget, proceed);
  const state = new URL(bankUrl).searchParams.get('state');
  assert.ok(state, bankUrl);

  await Promise.all([page.waitForURL((url) => url.href.startsWith(HOST_URL)), page.getByRole('button', { name: 'Approve' }).click()]);
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assert.ok(!page.url().includes('code=') && !page.url().includes(state), `the bank's parameters leave the address bar: ${page.url()}`);
  assert.match(page.url(), /redirect_fallback=1/);
  const received = await hostEventData(page); // the page loaded again: its events since the return
  assert.equal(received.find((e) => e.type === 'connect/loaded').metadata.initial_step, 'oauth');
  assert.ok(received.some((e) => e.type === 'connect/memberConnected'), JSON.stringify(received));
  assert.deepEqual(pageErrors, []);
});

test('a denial at the bank, after a top-level redirect, ends on the matching error screen', async () => {
  const { page, widget, proceed } = await openOAuthBank(browser, RETURN_PAGE);
  await continueInThisWindow(page, widget, proceed);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(HOST_URL)), page.getByRole('button', { name: 'Deny' }).click()]);
  await widget.getByText("Access wasn't granted on the bank's page.").waitFor({ timeout: 20000 });
  assert.ok(!page.url().includes('#'), `the fragment is cleared: ${page.url()}`);
  await widget.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'Sign in with OAuth Bank' }).waitFor();
});

test('parameters nobody asked for (an unknown state) are rejected and the user starts again', async () => {
  const { page, widget } = await openHost(browser, { ...RETURN_PAGE, code: 'forged', state: 'forged-state' });
  await widget.getByText('The sign-in session expired or was interrupted. Try again.').waitFor();
  const rejected = (await hostEventData(page)).find((e) => e.type === 'connect/error');
  assert.equal(rejected.metadata.code, 'oauth_resume_rejected');
  assert.ok(!page.url().includes('forged'), page.url());
  await widget.getByRole('button', { name: 'Choose another institution' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  assert.ok(!(await hostEventData(page)).some((e) => e.type === 'connect/memberConnected'));
});
