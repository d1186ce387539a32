// Every sandbox MFA bank end to end in the real browser; the SMS bank keyboard only.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, hostEvents, launch, openHost, pickBank, waitForEvent } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SALT_EDGE = [['Login', 'username-ada'], ['Password', 'secret']];

/** Opens `bank` (searching `query`) and signs in with `credentials` ([label, value] pairs). */
async function signIn(query, bank, credentials) {
  const { page, widget, pageErrors } = await openHost(browser);
  await pickBank(widget, query, bank);
  for (const [label, value] of credentials) await widget.getByLabel(label, { exact: true }).fill(value);
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: `One more step for ${bank}` }).waitFor({ timeout: 15000 });
  return { page, widget, pageErrors };
}

async function submitAnswer(widget) {
  await widget.getByRole('button', { name: 'Submit' }).click();
}

async function connected(widget) {
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
}

test('SMS code, keyboard only, with a wrong code first', async () => {
  const { page, widget } = await openHost(browser);
  await widget.getByRole('option', { name: /Sandbox Bank/ }).waitFor();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).focus();
  await page.keyboard.type('fake bank with sms');
  await widget.getByRole('heading', { name: 'Results for “fake bank with sms”' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'Sign in to Fake Bank with SMS' }).waitFor();
  await widget.getByLabel('Login').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type('username-ada');
  await page.keyboard.press('Tab');
  await page.keyboard.type('secret');
  await page.keyboard.press('Enter');
  const heading = widget.getByRole('heading', { name: 'One more step for Fake Bank with SMS' });
  await heading.waitFor({ timeout: 15000 });
  assert.equal(await heading.evaluate((h) => h === document.activeElement), true);
  assert.deepEqual(await axeViolations(page), [], 'MFA step is axe-clean');
  await page.keyboard.press('Tab');
  await page.keyboard.type('111111');
  await page.keyboard.press('Enter');
  await widget.getByRole('alert').filter({ hasText: 'The code you entered is incorrect.' }).waitFor({ timeout: 15000 });
  await widget.getByLabel('SMS code').focus();
  await page.keyboard.type('123456');
  await page.keyboard.press('Enter');
  await connected(widget);
  const events = await hostEvents(page);
  const mfa = events.filter((e) => e.data.type === 'connect/submitMFA').map((e) => e.data.metadata.mfa_type);
  assert.deepEqual(mfa, ['TEXT', 'TEXT']);
  assert.ok(!JSON.stringify(events).includes('123456'), 'no code in any event');
});

test('CAPTCHA picture from the bank', async () => {
  const { widget } = await signIn('fake bank with image', 'Fake Bank with Image', SALT_EDGE);
  await widget.getByRole('img', { name: 'Security characters' }).waitFor();
  await widget.getByLabel('Characters in the picture').fill('AB12CD');
  await submitAnswer(widget);
  await connected(widget);
});

test('two questions in a row', async () => {
  const { widget } = await signIn('fake bank with two steps', 'Fake Bank with Two Steps', SALT_EDGE);
  await widget.getByLabel('SMS code').fill('123456');
  await submitAnswer(widget);
  await widget.getByLabel('Token from your card reader').fill('654321', { timeout: 15000 });
  await submitAnswer(widget);
  await connected(widget);
});

test('occasional question, optional field, choices and a confirmation', async () => {
  let { widget } = await signIn('occasional', 'Fake Bank with Occasional SMS', SALT_EDGE);
  await widget.getByLabel('SMS code').fill('123456');
  await submitAnswer(widget);
  await connected(widget);

  ({ widget } = await signIn('optional interactive', 'Fake Bank with Optional Interactive Fields', SALT_EDGE));
  await widget.getByLabel('Memorable word (optional)').waitFor();
  await widget.getByLabel('SMS code').fill('123456');
  await submitAnswer(widget);
  await connected(widget);

  ({ widget } = await signIn('language choice', 'Fake Bank with Language Choice', SALT_EDGE));
  await widget.getByLabel('Language').selectOption({ label: 'English' });
  await submitAnswer(widget);
  await connected(widget);

  ({ widget } = await signIn('account choice', 'Fake Bank with Account Choice', SALT_EDGE));
  const accounts = widget.getByRole('group', { name: 'Accounts' });
  await accounts.getByLabel('My savings account').check();
  await accounts.getByLabel('My credit card').check();
  await submitAnswer(widget);
  await connected(widget);

  ({ widget } = await signIn('confirmation', 'Fake Bank with Confirmation', SALT_EDGE));
  await widget.getByText('Confirm that you want to share your accounts.').waitFor();
  await submitAnswer(widget);
  await connected(widget);
});

test('an unanswered question expires to a clear screen', async () => {
  const { widget } = await signIn('quick expiry', 'Fake Bank with Quick Expiry', SALT_EDGE);
  await widget.getByText(/^Time left: 0:0\d$/).waitFor();
  await widget.getByText("The time to answer the bank's question ran out.").waitFor({ timeout: 15000 });
  await widget.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'Sign in to Fake Bank with Quick Expiry' }).waitFor();
});

test('Tink: two supplemental codes and an account opt-in', async () => {
  let { widget, page } = await signIn('multi supplemental', 'Tink Test Multi Supplemental', [['Username', 'tink-test']]);
  await widget.getByLabel('First code').fill('1234');
  await submitAnswer(widget);
  await widget.getByLabel('Second code').fill('4321', { timeout: 15000 });
  await submitAnswer(widget);
  await connected(widget);

  ({ widget, page } = await signIn('account opt-in', 'Tink Test Account Opt-in', [['Username', 'tink-test']]));
  await widget.getByText('Savings · balance 385,245.33').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'account opt-in is axe-clean');
  await widget.getByLabel('9999-222222222222 Sparkonto').check();
  await submitAnswer(widget);
  await connected(widget);
  assert.deepEqual(await widget.getByRole('listitem').allTextContents(), ['Sparkonto (ending in 2222)'], 'the account opted in to');
});

test('Tink: Mobile BankID approved, and failing', async () => {
  let { widget, page } = await signIn('tink test bankid', 'Tink Test BankID', [['Personal number', '180012121212']]);
  await widget.getByText('Open Mobile BankID on your phone and approve the sign-in to Tink Test BankID.').waitFor();
  assert.match(await widget.getByRole('link', { name: 'Open BankID' }).getAttribute('href'), /^bankid:\/\/\//);
  assert.deepEqual(await axeViolations(page), [], 'BankID wait is axe-clean');
  await connected(widget);

  ({ widget } = await signIn('bankid failing', 'Tink Test BankID Failing', [['Personal number', '180012121212']]));
  await widget.getByRole('alert').filter({ hasText: 'Mobile BankID could not confirm your identity.' }).waitFor({ timeout: 20000 });
  await widget.getByRole('heading', { name: 'Sign in to Tink Test BankID Failing' }).waitFor();
});

test('MX: a code, a question and a picture', async () => {
  const { page, widget } = await signIn('security questions', 'MX Bank with Security Questions', [['Username', 'user_good'], ['Password', 'pass_good']]);
  await widget.getByLabel('Enter the code we sent to your phone').fill('123456');
  await submitAnswer(widget);
  await widget.getByRole('group', { name: 'In which city were you born?' }).getByLabel('London').check({ timeout: 15000 });
  await submitAnswer(widget);
  const pictures = widget.getByRole('group', { name: 'Which picture did you choose when you opened the account?' });
  await pictures.getByLabel('Car').check({ timeout: 15000 });
  assert.deepEqual(await axeViolations(page), [], 'picture choice is axe-clean');
  await submitAnswer(widget);
  await connected(widget);
  await waitForEvent(page, 'connect/memberConnected');
  const types = (await hostEvents(page)).filter((e) => e.data.type === 'connect/submitMFA').map((e) => e.data.metadata.mfa_type);
  assert.deepEqual(types, ['TEXT', 'OPTIONS', 'IMAGE_OPTIONS']);
});
