// A sandbox bank of each dialect, end to end in the real browser: the form is rendered from the
// vendor's schema, filled by label as a user would, and the connection completes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, hostEvents, launch, openHost, pickBank, submitAndConnect, waitForEvent } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('Salt Edge: a select field, with the provider instruction shown', async () => {
  const { widget, pageErrors } = await openHost(browser);
  await pickBank(widget, 'fake bank with select', 'Fake Bank with Select');
  await widget.getByText('image - "Car"').waitFor();
  await widget.getByLabel('Login').fill('username-ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByLabel('Image').selectOption({ label: 'Car' });
  await submitAndConnect(widget);
  // The accounts the connection reached, by name and the end of their numbers only.
  const accounts = await widget.getByRole('listitem').allTextContents();
  assert.deepEqual(accounts, ['Fake account 1 (ending in 0000)', 'Fake card (ending in 5678)']);
  assert.deepEqual(pageErrors, []);
});

test('Salt Edge: a file field', async () => {
  const { widget } = await openHost(browser);
  await pickBank(widget, 'fake bank with file', 'Fake Bank with File');
  await widget.getByLabel('Login').fill('username-ada');
  await widget.getByLabel('Statement file').setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from('date,amount\n2026-11-01,12.50\n') });
  await widget.getByText('Chosen file: statement.csv').waitFor();
  await submitAndConnect(widget);
});

test('Tink: pattern with the provider message, options and a checkbox', async () => {
  const { page, widget } = await openHost(browser);
  await pickBank(widget, 'tink test personal', 'Tink Test Personal Number');
  const ssn = widget.getByLabel('Social security number');
  assert.equal(await ssn.getAttribute('placeholder'), 'YYYYMMDDNNNN');
  await ssn.fill('300012121212');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByText('Please enter a valid social security number.').waitFor();
  assert.equal(await ssn.evaluate((el) => el === document.activeElement), true, 'focus on the first invalid field');
  assert.deepEqual(await axeViolations(page), [], 'Tink form with errors is axe-clean');
  await ssn.fill('180012121212');
  await widget.getByLabel('Branch').selectOption({ label: 'Malmö' });
  await widget.getByLabel('I accept the terms of the test bank').check();
  await submitAndConnect(widget);
});

test('MX: every field type, pictures as a radio group', async () => {
  const { page, widget } = await openHost(browser);
  await pickBank(widget, 'all field types', 'MX Test Bank (all field types)');
  assert.deepEqual(await axeViolations(page), [], 'MX all-field form is axe-clean');
  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password', { exact: true }).fill('pass_good');
  await widget.getByLabel('Account type').selectOption({ label: 'Personal' });
  await widget.getByRole('group', { name: 'Your security picture' }).getByLabel('Car').check();
  await widget.getByLabel('Token').fill('123456');
  await widget.getByLabel('Remember this device (optional)').check();
  await submitAndConnect(widget);
});

/** The Finqware sandbox's documented credentials. */
async function fillFinqwareCredentials(widget) {
  // Each masked field's reveal button names it: a PIN is not a password.
  await widget.getByRole('button', { name: 'Show PIN' }).waitFor();
  await widget.getByRole('button', { name: 'Show Password' }).waitFor();
  await widget.getByLabel('Username').fill('testbt');
  await widget.getByLabel('Password', { exact: true }).fill('testbt');
  await widget.getByLabel('PIN').fill('1234567');
}

test('Finqware: the consent lifecycle drives the progress', async () => {
  const { page, widget } = await openHost(browser);
  await pickBank(widget, 'finqware', 'Banca Transilvania (Finqware sandbox)');
  await fillFinqwareCredentials(widget);
  await submitAndConnect(widget);
  await waitForEvent(page, 'connect/memberConnected');
  const statuses = (await hostEvents(page))
    .filter((e) => e.data.type === 'connect/memberStatusUpdate')
    .map((e) => e.data.metadata.connection_status_name);
  assert.deepEqual(statuses, ['CREATED', 'PENDING', 'RESUMED', 'CONNECTED']);
});

test('Finqware redirect_sca: the consent sends the user to the bank\'s page, then connects', async () => {
  const { page, widget } = await openHost(browser);
  await pickBank(widget, 'finqware sca', 'Finqware SCA Bank (redirect_sca)');
  await fillFinqwareCredentials(widget);
  await widget.getByRole('button', { name: 'Continue' }).click();
  const bankName = 'Finqware SCA Bank (redirect_sca)';
  const proceed = widget.getByRole('button', { name: `Continue to ${bankName}` });
  await proceed.and(widget.locator(':enabled')).waitFor({ timeout: 20000 });
  const [popup] = await Promise.all([page.waitForEvent('popup'), proceed.click()]);
  await popup.getByRole('button', { name: 'Approve' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  const received = (await hostEvents(page)).map((e) => e.data);
  assert.equal(received.find((e) => e.type === 'connect/submitMFA').metadata.mfa_type, 'REDIRECT');
  assert.ok(!JSON.stringify(received).includes('testbt'), 'no credential in any event');
});
