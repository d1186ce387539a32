// The consent the host asks for (`consent`): shown once per institution before its form, in the
// user's language; agreeing goes on and tells the host and the backend, declining goes back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, hostEvents, npmHostSuite, openHost } from './support.mjs';

/** The demo page's first consent (demo/host/index.html). */
const DEMO_CONSENT = JSON.stringify({
  scopes: ['account_details', 'transactions_details'], from_date: '2026-09-01', period_days: 90, recipient: 'Demo Budget App',
});

const suite = npmHostSuite();

/** The events the iframe page sent, as `[type, metadata]`. */
async function sent(page) {
  return (await hostEvents(page)).map(({ data }) => [data.type, data.metadata]);
}

test('iframe: the consent says who asks for what, from when and how long; agreeing opens the form, once per bank; declining goes back', async () => {
  const { page, widget, pageErrors } = await openHost(suite.browser, { consent: DEMO_CONSENT });
  await widget.getByRole('option', { name: /^Sandbox Bank/ }).click();
  const heading = widget.getByRole('heading', { name: 'Share your data' });
  await heading.waitFor();
  await expectFocused(heading);
  await widget.getByText('Demo Budget App asks to see this information from your Sandbox Bank accounts:').waitFor();
  assert.deepEqual(await widget.getByRole('listitem').allTextContents(), [
    'Your accounts: their names, numbers and balances', 'Your transactions since September 1, 2026',
  ]);
  await widget.getByText('You agree for 90 days, unless you withdraw your consent sooner.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await widget.getByRole('button').allTextContents(), ['I agree', 'Decline']);

  await widget.getByRole('button', { name: 'I agree' }).click();
  await widget.getByRole('heading', { name: 'Sign in to Sandbox Bank' }).waitFor();
  const accepted = (await sent(page)).find(([type]) => type === 'connect/consentAccepted');
  assert.deepEqual(accepted[1].consent, JSON.parse(DEMO_CONSENT), 'the consent as the host gave it');
  assert.equal(accepted[1].institution.code, 'sandbox_bank');
  const steps = (await sent(page)).filter(([type]) => type === 'connect/stepChange').map(([, m]) => `${m.previous}>${m.current}`);
  assert.deepEqual(steps, ['search>disclosure', 'disclosure>enterCreds']);

  // Back to the search and the same bank again: agreed already, straight to its form.
  await widget.getByRole('button', { name: 'Back' }).click();
  await widget.getByRole('option', { name: /^Sandbox Bank/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Sandbox Bank' }).waitFor();
  // Another bank asks again; declining leads back to the search.
  await widget.getByRole('button', { name: 'Back' }).click();
  await widget.getByRole('option', { name: /^Gringotts/ }).click();
  await heading.waitFor();
  await widget.getByRole('button', { name: 'Decline' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  const declined = (await sent(page)).filter(([type]) => type === 'connect/consentDeclined');
  assert.deepEqual(declined.map(([, m]) => m.institution.code), ['gringotts']);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('iframe: a consent that is not one is reported as invalid_config, and no consent screen shows', async () => {
  const { page, widget, pageErrors } = await openHost(suite.browser, { consent: '{"scopes":["everything"]}' });
  await widget.getByRole('option', { name: /^Sandbox Bank/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Sandbox Bank' }).waitFor();
  const problems = (await sent(page)).filter(([type, m]) => type === 'connect/error' && m.code === 'invalid_config');
  assert.equal(problems.length, 1);
  assert.match(problems[0][1].message, /consent/);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test("npm, in French: Salt Edge's consent object as its API shows it; addMember carries what was agreed", async () => {
  const page = await suite.browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${suite.site.url}/mx-mocks.html?consent=1&locale=fr`);
  const widget = page.getByRole('region', { name: 'Widget' });
  await widget.getByRole('option', { name: /^Gringotts/ }).click();
  await widget.getByRole('heading', { name: 'Partager vos données' }).waitFor();
  await widget.getByText('Cette application demande à voir ces informations de vos comptes Gringotts :').waitFor();
  await widget.getByText('Vos opérations depuis le 5 juillet 2026').waitFor();
  await widget.getByText('Vous donnez votre accord pour 60 jours, sauf si vous le retirez avant.').waitFor();
  await widget.getByRole('button', { name: "J'accepte" }).click();
  // MX's own labels: the institution's words, not the widget's.
  await widget.getByLabel('Username').fill('harry');
  await widget.getByLabel('Password', { exact: true }).fill('alohomora');
  await widget.getByRole('button', { name: 'Continuer' }).click();
  await expectAddMember(page);
  const [memberData] = (await page.evaluate(() => window.__calls)).find((c) => c.name === 'addMember').args;
  // What was agreed, as the host gave it (unwrapped from Salt Edge's `data`).
  assert.deepEqual(memberData.consent, {
    id: '555555555555555555', scopes: ['account_details', 'transactions_details'], period_days: 60, from_date: '2026-07-05', to_date: null, collected_by: 'client',
  });
  assert.equal(JSON.stringify(await page.evaluate(() => window.__events)).includes('alohomora'), false);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

/** Waits until `locator`'s element has the focus. */
async function expectFocused(locator) {
  await locator.evaluate((element) => new Promise((resolve) => {
    const check = () => (element.ownerDocument.activeElement === element ? resolve() : requestAnimationFrame(check));
    check();
  }));
}

/** Waits until the host's addMember was called. */
async function expectAddMember(page) {
  await page.waitForFunction(() => window.__calls.some((c) => c.name === 'addMember'), null, { timeout: 15000 });
}
