// Opening the widget on an existing connection (`current_member_guid`, the demo host's picker):
// each family of statuses opens where it leads, and its way on completes, by role and label.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, expectEventually, hostEventData, launch, openHost, waitForEvent } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the demo host on sandbox member `guid` (with `extra` host parameters). */
function openMember(guid, extra = {}) {
  return openHost(browser, { current_member_guid: guid, ...extra });
}

/** Waits until `locator` has the focus. */
function expectFocus(locator) {
  return expectEventually(() => locator.evaluate((el) => el === document.activeElement), () => 'focus on the new step');
}

/** The events of `type` the host received, as their metadata. */
async function metadataOf(page, type) {
  return (await hostEventData(page)).filter((data) => data.type === `connect/${type}`).map((data) => data.metadata);
}

test('refused credentials: the form says why, and new ones update the same member', async () => {
  const { page, widget, pageErrors } = await openMember('MBR-SBX-DENIED');
  await widget.getByRole('heading', { name: 'Sign in to Sandbox Bank' }).waitFor();
  await widget.getByRole('alert').filter({ hasText: 'The password was changed at the bank. Enter the new one.' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the update form is axe-clean');
  await widget.getByLabel('Username').fill('user_good');
  await widget.getByLabel('Password').fill('pass_good');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  await waitForEvent(page, 'connect/memberConnected');
  assert.deepEqual(await metadataOf(page, 'updateCredentials'),
    [{ member_guid: 'MBR-SBX-DENIED', institution: { code: 'sandbox_bank', guid: 'INS-SANDBOX-1' } }]);
  assert.deepEqual(await metadataOf(page, 'enterCredentials'), [], 'no new member was created');
  assert.deepEqual(await metadataOf(page, 'memberConnected'), [{ member_guid: 'MBR-SBX-DENIED' }]);
  const text = JSON.stringify(await hostEventData(page));
  assert.ok(!text.includes('pass_good'), 'no credential in any event');
  assert.deepEqual(pageErrors, []);
});

test('update_credentials opens the form on a working connection', async () => {
  const { widget } = await openMember('MBR-SBX-CONNECTED', { update_credentials: 'true' });
  await widget.getByRole('alert').filter({ hasText: 'Sign in again to keep your connection to Sandbox Bank working.' }).waitFor();
  await widget.getByLabel('Password').waitFor();
});

test('a connected member opens on the connected screen; "Done" tells the host', async () => {
  const { page, widget } = await openMember('MBR-SBX-CONNECTED');
  await widget.getByRole('heading', { name: 'Connected' }).waitFor();
  await widget.getByText('Your Sandbox Bank accounts are now connected.').waitFor();
  await widget.getByRole('button', { name: 'Done' }).click();
  await waitForEvent(page, 'connect/connected/primaryAction');
  assert.deepEqual(await metadataOf(page, 'connected/primaryAction'), [{ member_guid: 'MBR-SBX-CONNECTED' }]);
});

test('a connected member can be refreshed: progress, then connected again', async () => {
  const { page, widget } = await openMember('MBR-SBX-CONNECTED');
  await widget.getByRole('button', { name: 'Refresh' }).click();
  await widget.getByRole('heading', { name: 'Connecting to Sandbox Bank' }).waitFor();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assert.deepEqual(await metadataOf(page, 'memberConnected'), [{ member_guid: 'MBR-SBX-CONNECTED' }]);
  const statuses = (await metadataOf(page, 'memberStatusUpdate')).map((m) => m.connection_status_name);
  assert.deepEqual(statuses.at(-1), 'CONNECTED');
});

test('refresh=true refreshes a working member at once (a new job, its progress, connected); a locked one keeps its screen', async () => {
  const { page, widget, pageErrors } = await openMember('MBR-SBX-CONNECTED', { refresh: 'true' });
  await widget.getByRole('heading', { name: 'Connecting to Sandbox Bank' }).waitFor();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assert.deepEqual(await metadataOf(page, 'memberConnected'), [{ member_guid: 'MBR-SBX-CONNECTED' }]);
  assert.deepEqual(await metadataOf(page, 'loaded'), [{ initial_step: 'connecting', mode: 'aggregation' }]);
  // A job cannot unlock an account: the screen that says what helps, no progress.
  const locked = await openMember('MBR-SBX-LOCKED', { refresh: 'true' });
  await locked.widget.getByText('Locked Bank needs you to take care of something on its own website or app first.', { exact: false }).waitFor();
  assert.deepEqual(await metadataOf(locked.page, 'memberStatusUpdate'), [], 'no job ran');
  assert.deepEqual([...pageErrors, ...locked.pageErrors], []);
});

test('disconnecting a member: confirm (or cancel), deleteMember, then a screen that says so', async () => {
  const { page, widget, pageErrors } = await openMember('MBR-SBX-CONNECTED');
  await widget.getByRole('button', { name: 'Disconnect' }).click();
  const question = widget.getByRole('heading', { name: 'Disconnect Sandbox Bank?' });
  await question.waitFor();
  await expectFocus(question);
  await widget.getByText('Your Sandbox Bank accounts will no longer be updated here.', { exact: false }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the question is axe-clean');
  await widget.getByRole('button', { name: 'Cancel' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor();
  assert.deepEqual(await metadataOf(page, 'memberDeleted'), [], 'cancelled: nothing deleted');

  await widget.getByRole('button', { name: 'Disconnect' }).click();
  await question.waitFor();
  await widget.getByRole('button', { name: 'Disconnect' }).click();
  await widget.getByRole('heading', { name: 'Disconnected' }).waitFor();
  await widget.getByText('Your connection to Sandbox Bank was removed.').waitFor();
  assert.deepEqual(await metadataOf(page, 'memberDeleted'), [{ member_guid: 'MBR-SBX-CONNECTED' }]);
  assert.deepEqual(await axeViolations(page), [], 'the done screen is axe-clean');
  await widget.getByRole('button', { name: 'Connect another institution' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  assert.deepEqual(pageErrors, []);
});

test('a connection that can no longer be made can be disconnected from its error screen', async () => {
  const { page, widget } = await openMember('MBR-SBX-CLOSED');
  await widget.getByText('A connection to Sandbox Bank can no longer be made here.').waitFor();
  await widget.getByRole('button', { name: 'Disconnect' }).click();
  await widget.getByRole('button', { name: 'Disconnect' }).click();
  await widget.getByRole('heading', { name: 'Disconnected' }).waitFor();
  assert.deepEqual(await metadataOf(page, 'memberDeleted'), [{ member_guid: 'MBR-SBX-CLOSED' }]);
});

for (const [guid, explanation] of [
  ['MBR-SBX-EXPIRED', 'The bank could not complete the connection.'],
  ['MBR-SBX-DEGRADED', 'Sandbox Bank has a temporary problem. Please try again later.'],
]) {
  test(`${guid}: the error screen's "Try again" refreshes the member`, async () => {
    const { page, widget } = await openMember(guid);
    await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    await widget.getByText(explanation).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the error screen is axe-clean');
    await widget.getByRole('button', { name: 'Try again' }).click();
    await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
    assert.deepEqual(await metadataOf(page, 'memberConnected'), [{ member_guid: guid }]);
    assert.deepEqual(await metadataOf(page, 'enterCredentials'), []);
  });
}

for (const [guid, bank, explanation] of [
  ['MBR-SBX-LOCKED', 'Locked Bank', 'Locked Bank needs you to take care of something on its own website or app first.'],
  ['MBR-SBX-CLOSED', 'Sandbox Bank', 'A connection to Sandbox Bank can no longer be made here.'],
]) {
  test(`${guid}: no "Try again" that cannot help; another institution can be chosen`, async () => {
    const { page, widget } = await openMember(guid);
    await widget.getByText(explanation).waitFor();
    assert.equal(await widget.getByRole('button', { name: 'Try again' }).count(), 0);
    const [error] = await metadataOf(page, 'error');
    assert.equal(error.code, `member_${guid.slice(8).toLowerCase()}`, `the host hears the status (${bank})`);
    await widget.getByRole('button', { name: 'Choose another institution' }).click();
    await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  });
}

test('a challenged member opens on its question, and the answers connect it', async () => {
  const { page, widget } = await openMember('MBR-SBX-CHALLENGED');
  await widget.getByRole('heading', { name: 'One more step for MX Bank with Security Questions' }).waitFor();
  await widget.getByLabel('Enter the code we sent to your phone').fill('123456');
  await widget.getByRole('button', { name: 'Submit' }).click();
  await widget.getByRole('radio', { name: 'London' }).check();
  await widget.getByRole('button', { name: 'Submit' }).click();
  await widget.getByRole('radio', { name: 'Car' }).check();
  await widget.getByRole('button', { name: 'Submit' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assert.deepEqual(await metadataOf(page, 'memberConnected'), [{ member_guid: 'MBR-SBX-CHALLENGED' }]);
});

test('a member still updating shows its progress, then connects', async () => {
  const { widget } = await openMember('MBR-SBX-PENDING');
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 30000 });
  await widget.getByText('Your Slow Savings accounts are now connected.').waitFor();
});

test('a member that cannot be loaded says so and offers the search', async () => {
  const { page, widget } = await openMember('MBR-NOPE');
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor();
  const [error] = await metadataOf(page, 'error');
  assert.equal(error.code, 'http_404');
  await widget.getByRole('button', { name: 'Choose another institution' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
});
