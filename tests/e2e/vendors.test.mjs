// Every vendor end to end through the host contract (issue 11): a host whose backend forwards its
// vendor's own objects through MX's callback names, driven in the npm package as a user would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { npmHostSuite, openMountedHost } from './support.mjs';

const suite = npmHostSuite();

test('npm: a Salt Edge host forwarding its own objects: refused credentials, then the SMS prompt, connected (Salt Edge events)', async () => {
  const { page, pageErrors } = await openMountedHost(suite, '?vendor=saltedge&format=saltedge');
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('option', { name: /^Fake Bank with SMS/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Fake Bank with SMS' }).waitFor();
  await widget.getByLabel('Login').fill('username-ada');
  await widget.getByLabel('Password', { exact: true }).fill('not-it');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByText('Invalid login or password.').waitFor(); // the connection's fail_message
  assert.equal(await widget.getByLabel('Login').inputValue(), 'username-ada', 'what the user typed is kept');
  const password = widget.getByLabel('Password', { exact: true });
  await page.waitForFunction((field) => document.activeElement === field, await password.elementHandle());
  assert.equal(await password.inputValue(), '', 'focus on the password to type again');

  await widget.getByLabel('Password', { exact: true }).fill('secret');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'One more step for Fake Bank with SMS' }).waitFor();
  await widget.getByLabel('SMS code').fill('123456');
  await widget.getByRole('button', { name: 'Submit' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  // The connection's accounts as the host attached them (Salt Edge's accounts list): names, and
  // only the end of a number (the card's masked "1234....5678").
  assert.deepEqual(await widget.getByRole('listitem').allTextContents(), ['Fake account 1', 'Fake account 2 (ending in 5678)']);

  const calls = await page.evaluate(() => window.__calls);
  const signIns = calls.filter((call) => ['addMember', 'updateMember'].includes(call.name));
  assert.deepEqual(signIns.map((call) => call.args[0].credentials), [
    { login: 'username-ada', password: 'not-it' }, { login: 'username-ada', password: 'secret' },
  ], "the answers go back in Salt Edge's shape");
  const answered = calls.find((call) => call.name === 'updateMFA');
  assert.deepEqual(answered.args[0], { guid: '111111111111111111', credentials: { sms: '123456' } });
  assert.deepEqual(await page.evaluate(() => window.__success.map((metadata) => metadata.member_guid)), ['111111111111111111']);

  const events = await page.evaluate(() => window.__events.first);
  assert.ok(events.every((event) => typeof event === 'string'), 'Salt Edge messages are JSON strings');
  const stages = events.map((event) => JSON.parse(event).data).map((data) => [data.stage, data.api_stage, data.error_class]);
  assert.deepEqual(stages[0], ['error', 'finish', 'InvalidCredentials']);
  assert.deepEqual(stages.at(-1), ['success', 'finish', undefined]);
  assert.ok(stages.some(([stage, api]) => stage === 'fetching' && api === 'interactive'));
  const fetched = stages.filter(([stage, api]) => stage === 'fetching' && api.startsWith('fetch_')).map(([, api]) => api);
  assert.deepEqual(fetched, ['fetch_accounts', 'fetch_recent'], "the connection's fetching stages, each once");
  assert.equal(events.join().includes('secret') || events.join().includes('not-it'), false, 'no credential in an event');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('npm: a Tink host forwarding its own objects: a wrong personal number, then the accounts to add, connected (native events)', async () => {
  const { page, pageErrors } = await openMountedHost(suite, '?vendor=tink');
  const widget = page.getByRole('region', { name: 'First widget' });
  await widget.getByRole('option', { name: /^Handelsbanken/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Handelsbanken' }).waitFor();
  await widget.getByLabel('Personnummer').fill('199001011234');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByText('Wrong personal number.').waitFor(); // the credentials' statusPayload
  assert.equal(await widget.getByLabel('Personnummer').inputValue(), '199001011234', 'what the user typed is kept');

  await widget.getByLabel('Personnummer').fill('198410045701');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'One more step for Handelsbanken' }).waitFor();
  await widget.getByLabel('9999-444444444444 ISK').check();
  await widget.getByRole('button', { name: 'Submit' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
  assert.deepEqual(await widget.getByRole('listitem').allTextContents(), ['ISK (ending in 4444)'], 'the account added');

  const calls = await page.evaluate(() => window.__calls);
  const signIns = calls.filter((call) => ['addMember', 'updateMember'].includes(call.name));
  assert.deepEqual(signIns.map((call) => call.args[0].credentials), [{ username: '199001011234' }, { username: '198410045701' }],
    "the answers go back in Tink's shape");
  const answer = calls.find((call) => call.name === 'updateMFA').args[0];
  assert.equal(answer.credentials['9999-444444444444'], 'true');
  const member = '6e68cc6287704273984567b3300c5822';
  assert.deepEqual(await page.evaluate(() => window.__success.map((metadata) => metadata.member_guid)), [member]);

  const events = await page.evaluate(() => window.__events.first);
  const statuses = events.filter((event) => event.type === 'connect/memberStatusUpdate').map((event) => event.metadata.connection_status_name);
  assert.equal(statuses[0], 'DENIED');
  assert.ok(statuses.includes('CHALLENGED'), statuses.join());
  assert.ok(events.some((event) => event.type === 'connect/memberConnected' && event.metadata.member_guid === member));
  assert.equal(JSON.stringify(events).includes('198410045701'), false, 'no credential in an event');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('npm: a Finqware host forwarding its consents: a failed consent, tried again, then the bank\'s SCA page, connected (MX events)', async () => {
  const { page, pageErrors } = await openMountedHost(suite, '?vendor=finqware&format=mx');
  const widget = page.getByRole('region', { name: 'First widget' });
  const signIn = async (password) => {
    await widget.getByRole('heading', { name: 'Sign in to Banca Transilvania' }).waitFor();
    await widget.getByLabel('Username').fill('ada');
    await widget.getByLabel('Password', { exact: true }).fill(password);
    await widget.getByRole('button', { name: 'Continue' }).click();
  };
  await widget.getByRole('option', { name: /^Banca Transilvania/ }).click();
  await signIn('not-it');
  await widget.getByText('The bank could not complete the connection.').waitFor(); // consent `failed`
  await widget.getByRole('button', { name: 'Try again' }).click();
  await widget.getByRole('heading', { name: 'Sign in to Banca Transilvania' }).waitFor();
  await widget.getByLabel('Password', { exact: true }).waitFor();
  assert.equal(await widget.getByLabel('Username').inputValue(), 'ada', 'the username is kept, not the password');
  assert.equal(await widget.getByLabel('Password', { exact: true }).inputValue(), '');

  await signIn('testbt');
  const proceed = widget.getByRole('button', { name: 'Continue to Banca Transilvania' });
  const [bankPage] = await Promise.all([page.waitForEvent('popup'), proceed.click()]);
  await bankPage.getByRole('link', { name: 'Approve' }).click(); // back through the host's oauth-return page
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });

  const calls = await page.evaluate(() => window.__calls);
  const answer = calls.find((call) => call.name === 'updateMFA').args[0];
  assert.equal(answer.guid, 'CONSENT-1');
  assert.match(answer.credentials.query_string, /^code=approved-by-the-user&state=[\w-]+$/, "the bank's return, state included");
  assert.deepEqual(await page.evaluate(() => window.__success.map((metadata) => metadata.member_guid)), ['CONSENT-1']);

  const events = await page.evaluate(() => window.__events.first);
  assert.ok(events.every((event) => event.mx === true && event.type.startsWith('mx/connect/')));
  const statuses = events.filter((event) => event.type === 'mx/connect/memberStatusUpdate').map((event) => event.metadata.connection_status_name);
  assert.equal(statuses[0], 'FAILED');
  assert.ok(statuses.includes('CHALLENGED'), statuses.join());
  assert.deepEqual(events.find((event) => event.type === 'mx/connect/error').metadata.code, 'member_failed');
  assert.equal(events.find((event) => event.type === 'mx/connect/submitMFA').metadata.mfa_type, 'REDIRECT');
  assert.ok(events.some((event) => event.type === 'mx/connect/memberConnected' && event.metadata.member_guid === 'CONSENT-1'));
  assert.equal(JSON.stringify(events).includes('testbt'), false, 'no credential in an event');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('npm: Salt Edge duplicated connections, found by the attempt or refused by the backend: "Already connected", no retry (Salt Edge events)', async () => {
  for (const [password, fromAttempt] of [['twice', true], ['taken', false]]) {
    const { page, pageErrors } = await openMountedHost(suite, '?vendor=saltedge&format=saltedge');
    const widget = page.getByRole('region', { name: 'First widget' });
    await widget.getByRole('option', { name: /^Fake Bank with SMS/ }).click();
    await widget.getByLabel('Login').fill('username-ada');
    await widget.getByLabel('Password', { exact: true }).fill(password);
    await widget.getByRole('button', { name: 'Continue' }).click();
    await widget.getByRole('heading', { name: 'Already connected' }).waitFor({ timeout: 15000 });
    await widget.getByText('This account is already connected with these credentials').waitFor();
    assert.equal(await widget.getByRole('button', { name: 'Try again' }).count(), 0, `${password}: trying again finds the same connection`);
    await widget.getByRole('button', { name: 'Choose another institution' }).waitFor();
    const events = (await page.evaluate(() => window.__events.first)).map((event) => JSON.parse(event).data);
    const last = events.at(-1);
    if (fromAttempt) {
      // The reference's duplicated error callback: the connection's id under its own key, no secret.
      assert.deepEqual(last, { duplicated_connection_id: '111111111111111111', stage: 'error', api_stage: 'finish', custom_fields: {} });
    } else {
      assert.ok(events.every((data) => data.stage !== 'success'), `${password}: no connection, no success`);
    }
    assert.equal(JSON.stringify(events).includes(password), false, 'no credential in an event');
    assert.deepEqual(pageErrors, []);
    await page.close();
  }
});
