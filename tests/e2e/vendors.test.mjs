// Every vendor end to end through the host contract (issue 11): a host whose backend forwards its
// vendor's own objects through MX's callback names, driven in the npm package as a user would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { npmHostSuite, openMountedHost } from './support.mjs';

const suite = npmHostSuite();

test('npm: a Salt Edge host forwarding its own provider and connections connects through the SMS prompt', async () => {
  const { page, pageErrors } = await openMountedHost(suite, '?vendor=saltedge');
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('option', { name: /^Fake Bank with SMS/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Fake Bank with SMS' }).waitFor();
  await widget.getByLabel('Login').fill('username-ada');
  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();

  await widget.getByRole('heading', { name: 'One more step for Fake Bank with SMS' }).waitFor();
  await widget.getByLabel('SMS code').fill('123456');
  await widget.getByRole('button', { name: 'Submit' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });

  const calls = await page.evaluate(() => window.__calls);
  const added = calls.find((call) => call.name === 'addMember');
  assert.equal(added.args[0].institution_guid, 'fakebank_interactive_xf');
  const answered = calls.find((call) => call.name === 'updateMFA');
  assert.deepEqual(answered.args[0], { guid: '111111111111111111', credentials: { sms: '123456' } });
  assert.deepEqual(await page.evaluate(() => window.__success.map((metadata) => metadata.member_guid)), ['111111111111111111']);
  const events = JSON.stringify(await page.evaluate(() => window.__events.first));
  assert.equal(events.includes('secret'), false, 'no credential in an event');
  assert.deepEqual(pageErrors, []);
  await page.close();
});
