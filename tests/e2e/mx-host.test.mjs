// Conformance with MX hosts: the npm package on a host page of its own origin whose callbacks answer
// with MX's own widget's mock values (npm-host/mx-mocks-host.js, tests/fixtures/mx_widget_mocks.json).
// runJob answers a member, members arrive CREATED and being aggregated with `mfa: {}` and
// `oauth_window_uri: "test.com"`, the first MFA answer is refused, addMember may answer 409.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, expectEventually, npmHostSuite } from './support.mjs';

const suite = npmHostSuite();

async function openMxHost(query = '') {
  const page = await suite.browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${suite.site.url}/mx-mocks.html${query}`);
  await page.waitForFunction(() => window.__mounted === true, null, { timeout: 15000 });
  return { page, widget: page.getByRole('region', { name: 'Widget' }), pageErrors };
}

/** Picks Gringotts from MX's popular list and signs in. */
async function signIn(widget) {
  await widget.getByRole('option', { name: /^Gringotts/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Gringotts' }).waitFor();
  await widget.getByLabel('Username').fill('harry');
  await widget.getByLabel('Password', { exact: true }).fill('alohomora');
  await widget.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Answers MX's MFA question; the host refuses the first answer, so the same prompt comes back with
 * the service's message; answers again and waits for the connection.
 */
async function answerTwice(widget, answer) {
  const question = widget.getByLabel('What city were you born in?');
  for (const attempt of [1, 2]) {
    await question.fill(answer);
    await widget.getByRole('button', { name: 'Submit' }).click();
    if (attempt === 1) {
      await widget.getByRole('alert').filter({ hasText: 'The bank could not check that answer. Please answer again.' })
        .waitFor({ timeout: 15000 });
    }
  }
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 20000 });
}

test("MX's mock values: a member still in progress, MFA refused once then answered, connected (MX events)", async () => {
  const { page, widget, pageErrors } = await openMxHost('?format=mx');
  await signIn(widget);
  await answerTwice(widget, 'Godric’s Hollow');

  const calls = await page.evaluate(() => window.__calls);
  const named = (name) => calls.filter((c) => c.name === name).map((c) => c.args);
  assert.deepEqual(named('runJob')[0], [0, 'MBR-123', { mode: 'aggregation' }, true]);
  assert.deepEqual(named('loadJob')[0], ['JOB-123'], "runJob's member: its most_recent_job_guid is polled");
  assert.deepEqual(named('updateMFA').map((args) => args[0]), Array(2).fill({
    guid: 'MBR-123', credentials: [{ guid: 'CRD-123', value: 'Godric’s Hollow' }],
  }));
  assert.deepEqual(await page.evaluate(() => window.__success), [{ member_guid: 'MBR-123' }]);
  const events = await page.evaluate(() => window.__events);
  assert.ok(events.every((event) => event.mx === true && event.type.startsWith('mx/connect/')), JSON.stringify(events[0]));
  const types = events.map((event) => event.type);
  const order = ['mx/connect/loaded', 'mx/connect/selectedInstitution', 'mx/connect/enterCredentials',
    'mx/connect/submitMFA', 'mx/connect/memberConnected'];
  assert.deepEqual(types.filter((type) => order.includes(type)).filter((type, i, all) => all.indexOf(type) === i), order);
  assert.ok(types.includes('mx/connect/memberStatusUpdate'));
  const text = JSON.stringify(events);
  assert.ok(!text.includes('alohomora') && !text.includes('Godric'), 'no credential or answer in an event');
  assert.deepEqual(pageErrors, []);
});

test('addMember refused with 409 {guid}: the challenged member it names goes on to its MFA (native events)', async () => {
  const { page, widget, pageErrors } = await openMxHost('?conflict=1');
  await signIn(widget);
  await answerTwice(widget, 'London');
  const calls = (await page.evaluate(() => window.__calls)).map((c) => c.name);
  assert.equal(calls.includes('updateMember'), false, 'a challenged member is answered, not updated');
  assert.equal(calls.includes('runJob'), false);
  const events = await page.evaluate(() => window.__events);
  assert.ok(events.some((event) => event.type === 'connect/memberConnected' && event.metadata.member_guid === 'MBR-123'));
  assert.ok(events.every((event) => event.type !== 'connect/error'), 'the 409 is not an error');
  assert.deepEqual(pageErrors, []);
});

test('institutions the backend marks unavailable are shown with the reason and cannot be picked', async () => {
  const { page, widget, pageErrors } = await openMxHost('?unavailable=1');
  const blocked = widget.getByRole('option', { name: /^Discover Credit Card/ });
  const down = widget.getByRole('option', { name: /^Capital One/ });
  await blocked.waitFor();
  assert.equal(await blocked.getAttribute('aria-disabled'), 'true');
  assert.match(await blocked.textContent(), /Not available in this app/);
  assert.equal(await down.getAttribute('aria-disabled'), 'true');
  assert.match(await down.textContent(), /Unavailable: connections to it are failing right now/);
  assert.equal(await blocked.isDisabled(), true, 'exposed as disabled');
  await blocked.click({ force: true }); // a user's click all the same
  // With the keyboard too: arrow to Capital One (the fourth) and press Enter.
  const search = widget.getByRole('combobox', { name: 'Search for your bank' });
  await search.focus();
  for (let i = 0; i < 4; i += 1) await search.press('ArrowDown');
  assert.equal(await down.getAttribute('aria-selected'), 'true');
  await search.press('Enter');
  await widget.getByRole('heading', { name: 'Popular institutions' }).waitFor();
  assert.equal(await widget.getByRole('heading', { name: /^Sign in to/ }).count(), 0);
  const calls = (await page.evaluate(() => window.__calls)).map((c) => c.name);
  assert.equal(calls.includes('getInstitutionCredentials'), false, 'nothing was picked');
  // An available one still works.
  await widget.getByRole('option', { name: /^Gringotts/ }).click();
  await widget.getByRole('heading', { name: 'Sign in to Gringotts' }).waitFor();
  assert.deepEqual(pageErrors, []);
});

test('a preselected institution the backend marks unavailable says so before any form', async () => {
  for (const [preselect, said] of [['down', /has a temporary problem/], ['not_offered', /can no longer be made here/]]) {
    const { page, widget, pageErrors } = await openMxHost(`?preselect=${preselect}`);
    await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    assert.match(await widget.getByText(said).textContent(), /Test Bank/, `${preselect}: MX's institution by name`);
    await widget.getByRole('button', { name: 'Choose another institution' }).waitFor();
    const calls = (await page.evaluate(() => window.__calls)).map((c) => c.name);
    assert.equal(calls.includes('getInstitutionCredentials'), false, `${preselect}: no form was loaded`);
    assert.deepEqual(await axeViolations(page, { frame: page.mainFrame(), include: '#widget' }), [], preselect);
    assert.deepEqual(pageErrors, []);
    await page.close();
  }
});

test('Escape leaves the list and never wipes what the user typed', async () => {
  const { widget, pageErrors } = await openMxHost();
  const search = widget.getByRole('combobox', { name: 'Search for your bank' });
  await search.fill('Grin');
  await widget.getByRole('heading', { name: 'Results for “Grin”' }).waitFor();
  await search.press('ArrowDown');
  assert.ok(await search.getAttribute('aria-activedescendant'));
  await search.press('Escape');
  assert.equal(await search.getAttribute('aria-activedescendant'), null, 'no active option');
  await search.press('Escape'); // the browser's own Escape would clear a search field
  assert.equal(await search.inputValue(), 'Grin');
  assert.equal(await widget.getByRole('heading', { name: 'Results for “Grin”' }).count(), 1);
  assert.deepEqual(pageErrors, []);
});

test("clientConfig's iso_country_code narrows the search to that country (MX's loadInstitutions query)", async () => {
  const { page, widget, pageErrors } = await openMxHost('?country=gb');
  await widget.getByRole('combobox', { name: 'Search for your bank' }).fill('Grin');
  const searched = async () => (await page.evaluate(() => window.__calls)).find((c) => c.name === 'loadInstitutions');
  await expectEventually(searched, () => 'loadInstitutions called (after the search pause)');
  const search = await searched();
  assert.deepEqual(search.args, [{ search_name: 'Grin', page: 1, per_page: 25, iso_country_code: 'GB' }]);
  assert.deepEqual(pageErrors, []);
});

test("a long unbreakable bank name wraps inside the widget, and its right-to-left override stays in it", async () => {
  const { page, widget, pageErrors } = await openMxHost('?long=1');
  const option = widget.getByRole('option', { name: /^BankXXXX/ });
  await option.waitFor();
  const name = option.locator('.cw-option-name');
  const overflow = await name.evaluate((element) => element.scrollWidth - element.clientWidth);
  assert.equal(overflow, 0, 'the name does not overflow its box');
  const rootOverflow = await page.evaluate(() => {
    const root = document.querySelector('#widget .cw-root');
    return root.scrollWidth - root.clientWidth;
  });
  assert.equal(rootOverflow, 0, 'nor the widget');
  assert.equal(await name.evaluate((element) => getComputedStyle(element).unicodeBidi), 'isolate');
  assert.deepEqual(pageErrors, []);
});

test("update_credentials on MX's connected member: its own form (getMemberCredentials), then updateMember", async () => {
  const { page, widget, pageErrors } = await openMxHost('?reopen=1');
  await widget.getByRole('heading', { name: 'Sign in to Test Bank' }).waitFor();
  await widget.getByRole('alert').filter({ hasText: 'Sign in again to keep your connection to Test Bank working.' }).waitFor();
  await widget.getByLabel('Username').fill('harry');
  await widget.getByLabel('Password', { exact: true }).fill('alohomora');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
  const calls = await page.evaluate(() => window.__calls);
  const names = calls.map((c) => c.name);
  assert.deepEqual(calls.find((c) => c.name === 'loadMemberByGuid').args, ['MBR-123', 'en']);
  assert.deepEqual(calls.find((c) => c.name === 'loadInstitutionByGuid').args, ['INS-123']);
  assert.deepEqual(calls.find((c) => c.name === 'getMemberCredentials').args, ['MBR-123']);
  assert.ok(!names.includes('getInstitutionCredentials') && !names.includes('addMember'), names.join());
  const [member, config, isHuman] = calls.find((c) => c.name === 'updateMember').args;
  assert.deepEqual(member, { institution_guid: 'INS-123', guid: 'MBR-123', is_oauth: false,
    credentials: [{ guid: 'CRD-123', value: 'harry' }, { guid: 'CRD-345', value: 'alohomora' }] });
  assert.equal(config.current_member_guid, 'MBR-123');
  assert.equal(isHuman, true);
  const events = await page.evaluate(() => window.__events);
  const update = events.find((e) => e.type === 'connect/updateCredentials');
  assert.deepEqual(update.metadata, { member_guid: 'MBR-123', institution: { code: 'TEST', guid: 'INS-123' } });
  assert.ok(!JSON.stringify(events).includes('alohomora'), 'no credential in any event');
  assert.deepEqual(pageErrors, []);
});

test('override_credentials_strategy=ask: updating a member, the new details replace the saved ones only once the user ticks the box', async () => {
  const { page, widget, pageErrors } = await openMxHost('?reopen=1&override=ask');
  await widget.getByRole('heading', { name: 'Sign in to Test Bank' }).waitFor();
  await widget.getByLabel('Username').fill('harry');
  await widget.getByLabel('Password', { exact: true }).fill('alohomora');
  const replace = widget.getByRole('checkbox', { name: 'Replace the sign-in details saved for this connection with these' });
  assert.equal(await replace.isChecked(), false);
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByText('Tick this box to replace the saved sign-in details.').waitFor();
  assert.equal(await widget.getByLabel('Password', { exact: true }).inputValue(), 'alohomora', 'nothing typed is lost');
  assert.ok(!(await page.evaluate(() => window.__calls)).some((call) => call.name === 'updateMember'), 'not sent unconfirmed');
  await replace.check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
  const [member] = (await page.evaluate(() => window.__calls)).find((call) => call.name === 'updateMember').args;
  assert.equal(member.override_credentials, true);
  assert.deepEqual(member.credentials, [{ guid: 'CRD-123', value: 'harry' }, { guid: 'CRD-345', value: 'alohomora' }], 'the box is not a credential');
  assert.deepEqual(pageErrors, []);
});

test('mode=verification reaches the callbacks: clientConfig.mode and a VERIFICATION job (runJob jobType 1); loaded says it', async () => {
  const { page, widget, pageErrors } = await openMxHost('?format=mx&mode=verification');
  // MX's mock member can verify and is the user's: it is offered first (MX's verifyExistingMember).
  await widget.getByRole('heading', { name: 'Verify an account you already connected' }).waitFor();
  await widget.getByRole('radio', { name: 'test' }).waitFor();
  await widget.getByRole('button', { name: 'Search for another bank' }).click();
  await signIn(widget);
  await answerTwice(widget, 'London');
  const calls = await page.evaluate(() => window.__calls);
  assert.deepEqual(calls.find((c) => c.name === 'runJob').args, [1, 'MBR-123', { mode: 'verification' }, true]);
  assert.deepEqual(calls.find((c) => c.name === 'addMember').args[1], { mode: 'verification' });
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events.find((e) => e.type === 'mx/connect/loaded').metadata, { initial_step: 'verifyExistingMember', mode: 'verification' });
  assert.deepEqual(calls.find((c) => c.name === 'loadMembers').args, ['en']);
  assert.deepEqual(pageErrors, []);
});

test("the bank refuses the credentials: MX's memberError with the member's status, the form again, then connected", async () => {
  const { page, widget, pageErrors } = await openMxHost('?format=mx&denied=1');
  await signIn(widget);
  await widget.getByRole('alert').filter({ hasText: 'The username or password you entered is incorrect.' }).waitFor({ timeout: 15000 });
  assert.equal(await widget.getByLabel('Username').inputValue(), 'harry', 'the username is kept');
  const errors = (await page.evaluate(() => window.__events)).filter((e) => e.type === 'mx/connect/memberError');
  assert.deepEqual(errors.map((e) => e.metadata), [{ member: { guid: 'MBR-123', connection_status: 2 } }]);
  await widget.getByLabel('Password', { exact: true }).fill('alohomora');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('heading', { name: 'Connected' }).waitFor({ timeout: 15000 });
  assert.deepEqual(pageErrors, []);
});

test("connected without accounts (MX job error 1001): not a success; MX's invalidData, the screen that says so, another institution", async () => {
  const { page, widget, pageErrors } = await openMxHost('?format=mx&no_accounts=1');
  await signIn(widget);
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor({ timeout: 15000 });
  await widget.getByText("We couldn't find any accounts at Gringotts that can be connected here.", { exact: false }).waitFor();
  assert.deepEqual(await widget.getByRole('button').allTextContents(), ['Choose another institution'], 'no "Try again" that cannot help');
  const events = (await page.evaluate(() => window.__events)).map((e) => [e.type, e.metadata]);
  const types = events.map(([type]) => type);
  assert.ok(!types.includes('mx/connect/memberConnected'), 'not a success');
  const invalid = types.indexOf('mx/connect/invalidData');
  const guid = events[invalid][1].member.guid;
  assert.deepEqual(events[invalid][1], { member: { guid, code: 1001 } });
  assert.deepEqual(events[invalid + 1], ['mx/connect/memberError', { member: { guid, connection_status: 6 } }]);
  assert.equal(events.find(([type]) => type === 'mx/connect/error')[1].code, 'job_error_1001');
  await widget.getByRole('button', { name: 'Choose another institution' }).click();
  await widget.getByRole('combobox', { name: 'Search for your bank' }).waitFor();
  assert.deepEqual(pageErrors, []);
});

test('credentials_strategy=ask: the form asks whether to save the sign-in details; addMember carries the choice, never as a credential', async () => {
  const { page, widget, pageErrors } = await openMxHost('?credentials_strategy=ask');
  await widget.getByRole('option', { name: /^Gringotts/ }).click();
  const save = widget.getByRole('checkbox', { name: 'Save my sign-in details for automatic updates' });
  assert.equal(await save.isChecked(), false, 'not saved unless the user says so');
  await widget.getByLabel('Username').fill('harry');
  await widget.getByLabel('Password', { exact: true }).fill('alohomora');
  await save.check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByLabel('What city were you born in?').waitFor({ timeout: 15000 });
  const added = (await page.evaluate(() => window.__calls)).find((call) => call.name === 'addMember').args[0];
  assert.equal(added.store_credentials, true);
  assert.equal(added.credentials.length, 2, 'the box is not a credential');
  assert.ok(!JSON.stringify(added.credentials).includes('store'), 'the box is not a credential');
  assert.deepEqual(pageErrors, []);
});

test("addMember fails: MX's createMemberError names the institution, then the error with a way on", async () => {
  const { page, widget, pageErrors } = await openMxHost('?format=mx&create_fails=1');
  await signIn(widget);
  await widget.getByRole('heading', { name: 'Something went wrong' }).waitFor({ timeout: 15000 });
  await widget.getByRole('button', { name: 'Try again' }).waitFor();
  const events = (await page.evaluate(() => window.__events)).map((e) => [e.type, e.metadata]);
  const created = events.findIndex(([type]) => type === 'mx/connect/createMemberError');
  assert.deepEqual(events[created], ['mx/connect/createMemberError', { institution_guid: 'INS-123', institution_code: 'gringotts' }]);
  assert.equal(events[created + 1][0], 'mx/connect/error', 'the error with its code follows');
  assert.equal(events[created + 1][1].code, 'http_500');
  assert.deepEqual(pageErrors, []);
});
